package dev.dvc4j.benchmarks.calendar;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.WorkingDuration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Due-time computation and working-time measurement: dvc4j's precomputed calendar against the naive day-walk that
 * one-stop systems write (loop over days, skip weekends and a holiday set, walk each day's sessions), on the same
 * receipts and the same holidays. Receipts are random whole-minute instants of 2020–2030; setup checks that both
 * give the same answers.
 *
 * <p>And against the library a Java user would pick for business days, ObjectLab Kit ({@code datecalc-jdk8},
 * {@code moveByBusinessDays}), which counts whole days: on the working-day receipts of 2020–2030 (each working day at
 * its first session's start), given the same days off, it must give the due day dvc4j gives; setup checks it on every
 * one of them. ObjectLab has no make-up working days (a Saturday worked in exchange for a bridge day); setup counts
 * the receipts whose window holds one and checks that those are the only disagreements.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DeadlineBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

    private static final int N = 4096;

    private WorkingCalendar calendar;
    private NaiveDayWalk naive;
    private final Instant[] starts = new Instant[N];
    private final Instant[] ends = new Instant[N];
    private final WorkingDuration thirtyDays = WorkingDuration.ofDays(30);
    private int i;

    /** Builds the calendar, the naive baseline's holiday sets and the receipts. */
    @Setup
    public void setup() {
        calendar = WorkingCalendar.vietnam();
        naive = new NaiveDayWalk(calendar, 2019, 2032);
        Random r = new Random(42);
        long from = LocalDateTime.of(2020, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        long span = LocalDateTime.of(2030, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toEpochSecond() - from;
        for (int k = 0; k < N; k++) {
            // whole minutes, as the naive baseline counts minutes only
            starts[k] = Instant.ofEpochSecond(from + (long) (r.nextDouble() * span) / 60 * 60);
            ends[k] = starts[k].plusSeconds((long) (r.nextDouble() * 60 * 1440) * 60); // up to 60 calendar days later
        }
        for (int k = 0; k < 64; k++) {
            if (!calendar.plus(starts[k], thirtyDays).equals(naive.plus(starts[k], 30 * 480L))
                    || calendar.workingMinutesBetween(starts[k], ends[k]) != naive.minutesBetween(starts[k], ends[k])) {
                throw new IllegalStateException("baseline disagrees at " + starts[k]);
            }
        }
    }

    private int next() {
        return i = (i + 1) & (N - 1);
    }

    private Instant[] dayStarts;
    private LocalDate[] days;
    private net.objectlab.kit.datecalc.jdk8.LocalDateCalculator objectLab;
    private int j;

    /** The working-day receipts and ObjectLab's calculator with the calendar's days off, each checked against dvc4j. */
    @Setup
    public void setupObjectLab() {
        calendar = calendar == null ? WorkingCalendar.vietnam() : calendar;
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (int y = 2019; y <= 2032; y++) {
            for (HolidayEntry e : calendar.holidays(y)) {
                (e.kind() == HolidayEntry.Kind.DAY_OFF ? off : makeUp).add(e.date());
            }
        }
        net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory.getDefaultInstance().registerHolidays("VN-DVC4J",
                new net.objectlab.kit.datecalc.common.DefaultHolidayCalendar<>(off, LocalDate.of(2019, 1, 1),
                        LocalDate.of(2032, 12, 31)));
        objectLab = net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory.forwardCalculator("VN-DVC4J");
        java.util.List<LocalDate> list = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                list.add(d);
            }
        }
        days = list.toArray(LocalDate[]::new);
        dayStarts = new Instant[days.length];
        LocalTime open = calendar.sessions().get(0).start();
        int agree = 0;
        int windowsWithMakeUpDays = 0;
        for (int k = 0; k < days.length; k++) {
            dayStarts[k] = days[k].atTime(open).atZone(Dvc4j.VIETNAM).toInstant();
            LocalDate dvc4j = LocalDateTime.ofInstant(calendar.plus(dayStarts[k], thirtyDays), Dvc4j.VIETNAM).toLocalDate();
            objectLab.setStartDate(days[k]);
            LocalDate peer = objectLab.moveByBusinessDays(DUE_BUSINESS_DAYS).getCurrentBusinessDate();
            LocalDate receipt = days[k];
            boolean makeUpInWindow = makeUp.stream().anyMatch(m -> !m.isBefore(receipt) && !m.isAfter(dvc4j));
            if (dvc4j.equals(peer)) {
                agree++;
            } else if (makeUpInWindow) {
                windowsWithMakeUpDays++;
            } else {
                throw new IllegalStateException("ObjectLab disagrees at " + days[k] + ": " + peer + " against " + dvc4j);
            }
        }
        System.out.printf("%n[objectlab] %d working-day receipts 2020-2030: %d agree, %d differ (a make-up day in the window)%n",
                days.length, agree, windowsWithMakeUpDays);
    }

    /**
     * Receipt at the start of a working day + 30 working days ends with the 30th working day's last session, the day
     * ObjectLab reaches by moving 29 business days from the receipt day.
     */
    private static final int DUE_BUSINESS_DAYS = 29;

    private int nextDay() {
        int k = j + 1;
        return j = k == days.length ? 0 : k;
    }

    /** dvc4j: a working-day receipt at its first session's start + 30 working days. */
    @Benchmark
    public Instant dvc4jDue30WorkingDaysFromDayStart() {
        return calendar.plus(dayStarts[nextDay()], thirtyDays);
    }

    /** ObjectLab Kit: the receipt day moved by business days to the same due day. */
    @Benchmark
    public LocalDate objectLabDue30BusinessDays() {
        objectLab.setStartDate(days[nextDay()]);
        return objectLab.moveByBusinessDays(DUE_BUSINESS_DAYS).getCurrentBusinessDate();
    }

    /** dvc4j: receipt + 30 working days. */
    @Benchmark
    public Instant dvc4jDue30WorkingDays() {
        return calendar.plus(starts[next()], thirtyDays);
    }

    /** Naive day-walk: receipt + 30 working days. */
    @Benchmark
    public Instant naiveDue30WorkingDays() {
        return naive.plus(starts[next()], 30 * 480L);
    }

    /** dvc4j: working minutes between two instants up to 60 days apart. */
    @Benchmark
    public long dvc4jMeasure() {
        int k = next();
        return calendar.workingMinutesBetween(starts[k], ends[k]);
    }

    /** Naive day-walk: working minutes between two instants up to 60 days apart. */
    @Benchmark
    public long naiveMeasure() {
        int k = next();
        return naive.minutesBetween(starts[k], ends[k]);
    }

    /**
     * The day-walk a typical one-stop system writes, for comparison only: a set of holidays and a set of make-up
     * days, a loop over days, a loop over each day's sessions. Minutes only (no seconds), like such systems.
     */
    static final class NaiveDayWalk {
        private final Set<LocalDate> off = new HashSet<>();
        private final Set<LocalDate> work = new HashSet<>();
        private final LocalTime[][] sessions;

        NaiveDayWalk(WorkingCalendar cal, int fromYear, int toYear) {
            for (int y = fromYear; y <= toYear; y++) {
                for (HolidayEntry e : cal.holidays(y)) {
                    (e.kind() == HolidayEntry.Kind.DAY_OFF ? off : work).add(e.date());
                }
            }
            sessions = cal.sessions().stream().map(s -> new LocalTime[] {s.start(), s.end()}).toArray(LocalTime[][]::new);
        }

        boolean isWorkingDay(LocalDate d) {
            if (work.contains(d)) {
                return true;
            }
            DayOfWeek w = d.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !off.contains(d);
        }

        Instant plus(Instant start, long minutes) {
            LocalDateTime t = LocalDateTime.ofInstant(start, Dvc4j.VIETNAM);
            LocalDate day = t.toLocalDate();
            LocalTime time = t.toLocalTime();
            long left = minutes;
            while (true) {
                if (isWorkingDay(day)) {
                    for (LocalTime[] s : sessions) {
                        LocalTime from = time.isAfter(s[0]) ? time : s[0];
                        if (!from.isBefore(s[1])) {
                            continue;
                        }
                        long avail = java.time.Duration.between(from, s[1]).toMinutes();
                        if (left <= avail) {
                            return day.atTime(from.plusMinutes(left)).atZone(Dvc4j.VIETNAM).toInstant();
                        }
                        left -= avail;
                    }
                }
                day = day.plusDays(1);
                time = LocalTime.MIN;
            }
        }

        long minutesBetween(Instant a, Instant b) {
            LocalDateTime from = LocalDateTime.ofInstant(a, Dvc4j.VIETNAM);
            LocalDateTime to = LocalDateTime.ofInstant(b, Dvc4j.VIETNAM);
            long seconds = 0;
            for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    continue;
                }
                for (LocalTime[] s : sessions) {
                    LocalDateTime st = day.atTime(s[0]);
                    LocalDateTime en = day.atTime(s[1]);
                    LocalDateTime x = st.isAfter(from) ? st : from;
                    LocalDateTime y = en.isBefore(to) ? en : to;
                    if (y.isAfter(x)) {
                        seconds += java.time.Duration.between(x, y).getSeconds();
                    }
                }
            }
            return seconds / 60;
        }
    }
}
