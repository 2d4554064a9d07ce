package dev.dvc4j.core.calendar;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.calendar.HolidayJson;
import dev.dvc4j.core.internal.calendar.StatutoryHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A working-time calendar: weekly rest days, working sessions, public holidays, swapped days and local days off, in
 * one time zone. Immutable and thread-safe; share one per agency.
 *
 * <p>{@link #vietnam()} is the national calendar of state agencies: Saturday and Sunday off, sessions 07:30–11:30 and
 * 13:00–17:00 (8 working hours), {@code Asia/Ho_Chi_Minh}, the Labour Code's holidays with compensatory days for every
 * year 1900–2199, and the Prime Minister's yearly schedules bundled as data ({@link HolidayData#bundled()}). An agency
 * builds its own with {@link #toBuilder()} or {@link #builder()}: Saturday-morning reception, extra local days off from
 * a JSON file, a shorter range of years.
 *
 * <p><b>How working time is counted.</b> Every instant has a <em>working position</em>: the working time elapsed since
 * the start of the calendar's range (in milliseconds). The calendar precomputes the working minutes before each day
 * and, per kind of day, the working minutes before each minute of the day, so a position is two table lookups; the
 * instant at a position is a lookup in a table of days by working time (one entry per 480 working minutes) and in the
 * day's table of clock minutes. Adding or measuring working time costs O(1) — for a calendar whose working days are
 * not all multiples of 480 minutes, plus a short scan over the days off after a table entry — never a walk day by
 * day. A 300-year calendar holds about 1 MB.
 * <ul>
 *   <li>{@link #plus(Instant, WorkingDuration)} returns the <em>earliest</em> instant whose position is the start's
 *   plus the duration: received Monday 09:00, 1 working day later is Tuesday 09:00; received at 07:30, 1 working day
 *   later is 17:00 the same day. A start outside working time counts from the next working session; a zero duration
 *   returns that start (or the instant itself when it is within a session, including its closing minute).</li>
 *   <li>{@link #workingMinutesBetween(Instant, Instant)} is the difference of positions, so
 *   {@code workingTimeBetween(t, plus(t, d))} is {@code d}, and {@code plus(plus(t, a), b)} is {@code plus(t, a + b)}.</li>
 *   <li>A working day of a {@link WorkingDuration} is {@link #minutesPerDay()} long (the standard sessions: 480
 *   minutes by default). Instants are counted to the millisecond.</li>
 * </ul>
 *
 * <p>An instant outside the calendar's range of years, in either direction or as a result, throws a
 * {@link CalendarException} with code {@code calendar.out-of-range}.
 */
public final class WorkingCalendar implements WorkingTimeMeasure {

    private static final long serialVersionUID = 1L;

    /** The standard sessions of Vietnamese state agencies: 07:30–11:30 and 13:00–17:00. */
    public static final List<WorkingSession> DEFAULT_SESSIONS = List.of(WorkingSession.of(7, 30, 11, 30),
            WorkingSession.of(13, 0, 17, 0));
    /** First year a calendar can cover. */
    public static final int MIN_YEAR = 1900;
    /** Last year a calendar can cover. */
    public static final int MAX_YEAR = 2199;

    private static final long MS_PER_MIN = 60_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final int MINUTES_PER_DAY = 1440;
    private static volatile WorkingCalendar national;

    private final Builder config;
    private final long baseDay;
    /** {@code baseDay} in seconds, and the range's length in seconds. */
    private final long baseSecond;
    private final long rangeSeconds;
    private final int days;
    /** Working minutes before each day; {@code cum[days]} is the total. */
    /** The width of a search bucket: a working day's worth of minutes at most, so a lookup lands within a few days. */
    private static final int BUCKET_MINUTES = 480;

    private final int[] cum;
    /**
     * Per day, where its schedule's rows start in {@link #minuteTable} and {@link #clockTable}: the index into
     * {@link #schedules} times 1 440; 0 = no work.
     */
    private final char[] sched;
    private final Schedule[] schedules;
    private final int minutesPerDay;
    /** bucket[k] = the smallest day index m with cum[m] >= k * BUCKET_MINUTES: turns a search into a lookup. */
    private final int[] bucket;
    /**
     * Per schedule, per minute of the day ({@code [s * 1440 + minute]}): the working minutes before that minute, shifted
     * left once, plus 1 if the minute is working time. Makes a position two lookups without a branch on the session:
     * random receipts would mispredict such branches on almost every call.
     */
    private final char[] minuteTable;
    /** Per schedule, per working minute of the day ({@code [s * 1440 + q]}): the minute of the day it falls in. */
    private final char[] clockTable;
    /** Whether every working day's minutes are a multiple of {@link #BUCKET_MINUTES}, so buckets need no scan. */
    private final boolean wholeDayBuckets;
    /** Whether every working day has the same sessions of exactly {@link #BUCKET_MINUTES} (the national default). */
    private final boolean standardDays;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final long fastFromEpochSecond;
    private final long fastFromLocalDay;
    private final int fastOffset;

    private WorkingCalendar(Builder b) {
        this.config = b.copy();
        this.zone = b.zone;
        this.rules = zone.getRules();
        LocalDate first = LocalDate.of(b.fromYear, 1, 1);
        this.baseDay = first.toEpochDay();
        this.days = (int) (LocalDate.of(b.toYear + 1, 1, 1).toEpochDay() - baseDay);
        this.baseSecond = baseDay * SECONDS_PER_DAY;
        this.rangeSeconds = days * SECONDS_PER_DAY;
        List<Schedule> list = new ArrayList<>();
        list.add(Schedule.NONE);
        list.add(new Schedule(b.sessions));
        byte[] byDow = new byte[7];
        for (DayOfWeek d : DayOfWeek.values()) {
            List<WorkingSession> own = b.daySessions.get(d);
            if (b.restDays.contains(d)) {
                byDow[d.ordinal()] = 0;
            } else if (own == null) {
                byDow[d.ordinal()] = 1;
            } else {
                list.add(new Schedule(own));
                byDow[d.ordinal()] = (byte) (list.size() - 1);
            }
        }
        this.schedules = list.toArray(new Schedule[0]);
        this.minuteTable = new char[schedules.length * MINUTES_PER_DAY];
        this.clockTable = new char[schedules.length * MINUTES_PER_DAY];
        for (int k = 0; k < schedules.length; k++) {
            schedules[k].fillTables(minuteTable, clockTable, k * MINUTES_PER_DAY);
        }
        this.minutesPerDay = schedules[1].totalMinutes;
        this.sched = new char[days];
        this.cum = new int[days + 1];
        long total = 0;
        int idx = 0;
        for (int y = b.fromYear; y <= b.toYear; y++) {
            Map<LocalDate, HolidayEntry> eff = effective(b, y);
            LocalDate d = LocalDate.of(y, 1, 1);
            int len = d.lengthOfYear();
            int dow = d.getDayOfWeek().ordinal();
            for (int k = 0; k < len; k++, idx++, dow = dow == 6 ? 0 : dow + 1) {
                byte s = byDow[dow];
                if (!eff.isEmpty()) {
                    HolidayEntry h = eff.get(d.plusDays(k));
                    if (h != null) {
                        s = h.kind() == HolidayEntry.Kind.DAY_OFF ? 0 : (byte) 1;
                    }
                }
                sched[idx] = (char) (s * MINUTES_PER_DAY);
                cum[idx] = (int) total;
                total += schedules[s].totalMinutes;
            }
        }
        if (total > Integer.MAX_VALUE) {
            throw new CalendarException("calendar.too-much-time", LocalizedText.of(
                    "Lịch có quá nhiều thời gian làm việc để lưu", "The calendar holds too much working time to store"));
        }
        cum[days] = (int) total;
        if (total == 0) {
            throw new CalendarException("calendar.no-working-time", LocalizedText.of(
                    "Lịch không có thời gian làm việc nào trong %d–%d", "The calendar has no working time in %d–%d")
                    .formatted(b.fromYear, b.toYear));
        }
        int[] bk = new int[(int) (total / BUCKET_MINUTES) + 2];
        int m = 0;
        for (int k = 0; k < bk.length; k++) {
            long v = (long) k * BUCKET_MINUTES;
            while (m < days && cum[m] < v) {
                m++;
            }
            bk[k] = m;
        }
        this.bucket = bk;
        boolean whole = true;
        for (Schedule sc : schedules) {
            whole &= sc.totalMinutes % BUCKET_MINUTES == 0;
        }
        this.wholeDayBuckets = whole;
        this.standardDays = schedules.length == 2 && schedules[1].totalMinutes == BUCKET_MINUTES;
        long fastSec = Long.MAX_VALUE;
        long fastDay = Long.MAX_VALUE;
        int off = 0;
        if (rules.isFixedOffset()) {
            fastSec = Long.MIN_VALUE;
            fastDay = Long.MIN_VALUE;
            off = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        } else if (rules.getTransitionRules().isEmpty() && !rules.getTransitions().isEmpty()) {
            ZoneOffsetTransition last = rules.getTransitions().get(rules.getTransitions().size() - 1);
            fastSec = last.toEpochSecond();
            off = last.getOffsetAfter().getTotalSeconds();
            int maxOff = Math.max(off, last.getOffsetBefore().getTotalSeconds());
            fastDay = Math.floorDiv(fastSec + maxOff, 86_400L) + 1;
        }
        this.fastFromEpochSecond = fastSec;
        this.fastFromLocalDay = fastDay;
        this.fastOffset = off;
    }

    /**
     * The national calendar of Vietnamese state agencies (see the class description). Built once and shared.
     *
     * @return the national calendar
     */
    public static WorkingCalendar vietnam() {
        WorkingCalendar c = national;
        if (c == null) {
            synchronized (WorkingCalendar.class) {
                c = national;
                if (c == null) {
                    c = builder().build();
                    national = c;
                }
            }
        }
        return c;
    }

    /**
     * A builder preset to the national calendar: {@code Asia/Ho_Chi_Minh}, Saturday and Sunday off,
     * {@link #DEFAULT_SESSIONS}, national holidays on, years 1900–2199.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this calendar's settings, to derive an agency's calendar from it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return config.copy();
    }

    // ------------------------------------------------------------------ settings

    /** @return the time zone */
    public ZoneId zone() {
        return zone;
    }

    /** @return the weekly rest days */
    public Set<DayOfWeek> weeklyRestDays() {
        return Collections.unmodifiableSet(EnumSet.copyOf(config.restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : config.restDays));
    }

    /** @return the standard sessions of a working day (also used on make-up working days) */
    public List<WorkingSession> sessions() {
        return config.sessions;
    }

    /**
     * The sessions of a day of the week when it is not a holiday.
     *
     * @param day the day of the week
     * @return its sessions, empty for a weekly rest day
     */
    public List<WorkingSession> sessions(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        if (config.restDays.contains(day)) {
            return List.of();
        }
        return config.daySessions.getOrDefault(day, config.sessions);
    }

    /**
     * The length of one working day of a {@link WorkingDuration}: the standard sessions' total.
     *
     * @return minutes, 480 by default
     */
    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** @return the first day the calendar covers */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(baseDay);
    }

    /** @return the last day the calendar covers */
    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(baseDay + days - 1);
    }

    /** @return whether the Labour Code's holidays and the bundled national schedules apply */
    public boolean nationalHolidays() {
        return config.national;
    }

    /** @return the holiday layers added on top of the national holidays, in order */
    public List<HolidayData> holidayLayers() {
        return List.copyOf(config.layers);
    }

    // ------------------------------------------------------------------ days

    /**
     * Whether a day has working time.
     *
     * @param date the day
     * @return whether it is a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        return sched[index(date)] != 0;
    }

    /**
     * The first working day on or after a day.
     *
     * @param date the day
     * @return that day or the next working day
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int i = index(date);
        if (sched[i] != 0) {
            return date;
        }
        int m = firstIndexAbove(i + 1, cum[i]);
        return LocalDate.ofEpochDay(baseDay + m - 1);
    }

    /**
     * When the working time of a working day begins.
     *
     * @param date a working day
     * @return the start of its first session
     */
    public Instant startOfWorkingDay(LocalDate date) {
        Schedule s = scheduleOfWorkingDay(date);
        return toInstant(date.toEpochDay(), s.startMs[0] / (int) MS_PER_MIN, 0);
    }

    /**
     * When the working time of a working day ends.
     *
     * @param date a working day
     * @return the end of its last session
     */
    public Instant endOfWorkingDay(LocalDate date) {
        Schedule s = scheduleOfWorkingDay(date);
        return toInstant(date.toEpochDay(), s.endMs[s.endMs.length - 1] / (int) MS_PER_MIN, 0);
    }

    private Schedule scheduleOfWorkingDay(LocalDate date) {
        int i = index(date);
        if (sched[i] == 0) {
            throw new CalendarException("calendar.not-working-day", LocalizedText.of(
                    "Ngày %s không phải ngày làm việc", "%s is not a working day").formatted(date));
        }
        return schedules[sched[i] / MINUTES_PER_DAY];
    }

    /**
     * The days off and make-up working days of a year with their legal basis and source: the Labour Code's holidays
     * and compensatory days, or the year's announced schedule where one is bundled, with every added layer applied.
     * Weekly rest days are not listed unless an entry names them.
     *
     * @param year a year in the calendar's range
     * @return the entries by date
     */
    public List<HolidayEntry> holidays(int year) {
        if (year < config.fromYear || year > config.toYear) {
            throw new CalendarException("calendar.out-of-range", LocalizedText.of(
                    "Năm %d nằm ngoài phạm vi của lịch (%d–%d)", "Year %d is outside the calendar's range (%d–%d)")
                    .formatted(year, config.fromYear, config.toYear));
        }
        return List.copyOf(effective(config, year).values());
    }

    private static Map<LocalDate, HolidayEntry> effective(Builder b, int year) {
        TreeMap<LocalDate, HolidayEntry> m = new TreeMap<>();
        List<HolidayData> layers = new ArrayList<>();
        if (b.national) {
            for (HolidayEntry e : StatutoryHolidays.instance().compute(year)) {
                m.put(e.date(), e);
            }
            layers.add(HolidayJson.bundled());
        }
        layers.addAll(b.layers);
        for (HolidayData layer : layers) {
            if (layer.isComplete(year)) {
                m.clear();
            }
            for (HolidayEntry e : layer.entries(year)) {
                m.put(e.date(), e);
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ instants

    /**
     * Whether an instant is within a working session ({@code [start, end)}) of a working day.
     *
     * @param instant the instant
     * @return whether it is working time
     */
    public boolean isWorkingTime(Instant instant) {
        return inSession(instant, false);
    }

    /**
     * The instant itself when it is working time, otherwise the start of the next working session.
     *
     * @param instant the instant
     * @return the next working instant
     */
    public Instant nextWorkingInstant(Instant instant) {
        if (isWorkingTime(instant)) {
            return instant;
        }
        long p = position(instant);
        return atPosition(p + 1, instant).minusMillis(1);
    }

    /**
     * The working time between two instants in whole minutes: negative when {@code to} is before {@code from}.
     *
     * @param from the first instant
     * @param to the second instant
     * @return working minutes from {@code from} to {@code to}, truncated toward zero
     */
    public long workingMinutesBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return (position(to) - position(from)) / MS_PER_MIN;
    }

    /**
     * The working time between two instants as days, hours and minutes of this calendar.
     *
     * @param from the first instant
     * @param to the second instant, not before {@code from}
     * @return the working time, whole minutes
     */
    public WorkingDuration workingTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        if (to.isBefore(from)) {
            throw new CalendarException("calendar.negative-interval", LocalizedText.of(
                    "Thời điểm kết thúc %s trước thời điểm bắt đầu %s", "End %s is before start %s").formatted(to, from));
        }
        return duration(position(to) - position(from));
    }

    /**
     * An instant plus working time (see the class description).
     *
     * @param start the start
     * @param duration the working time
     * @return the earliest instant that much working time after the start
     */
    public Instant plus(Instant start, WorkingDuration duration) {
        return plusMinutes(start, Objects.requireNonNull(duration, "duration").toMinutes(minutesPerDay));
    }

    /**
     * An instant plus working minutes.
     *
     * @param start the start
     * @param minutes working minutes, non-negative
     * @return the earliest instant that many working minutes after the start
     */
    public Instant plusMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new CalendarException("calendar.negative-duration", LocalizedText.of(
                    "Số phút làm việc không được âm: %d", "Working minutes cannot be negative: %d").formatted(minutes));
        }
        Objects.requireNonNull(start, "start");
        if (minutes == 0) {
            return inSession(start, true) ? start : nextWorkingInstant(start);
        }
        if (minutes > Integer.MAX_VALUE) {
            throw outOfRange(start);
        }
        long c = clockPosition(start);
        return instantAt((c >>> 16) + minutes, (int) (c & 0xFFFF), start);
    }

    /**
     * The working time left until a due time.
     *
     * @param due the due time
     * @param now the instant to judge at
     * @return the working time from {@code now} to {@code due}, zero once it has passed
     */
    public WorkingDuration remaining(Instant due, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        return duration(Math.max(0, position(due) - position(now)));
    }

    /**
     * How far past a due time an instant is, in working time ("quá hạn 2 ngày 3 giờ làm việc").
     *
     * @param due the due time
     * @param now the instant to judge at
     * @return the working time from {@code due} to {@code now}, zero if not yet due
     */
    public WorkingDuration overdueBy(Instant due, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        return duration(Math.max(0, position(now) - position(due)));
    }

    private WorkingDuration duration(long millis) {
        return WorkingDuration.ofMinutes(millis / MS_PER_MIN, minutesPerDay);
    }

    /** Whether an instant lies within a session of its day, counting the session's closing instant if {@code closed}. */
    private boolean inSession(Instant t, boolean closed) {
        long x = secondInRange(t);
        int i = (int) (x / SECONDS_PER_DAY);
        long msOfDay = (x - i * SECONDS_PER_DAY) * 1000L + t.getNano() / 1_000_000;
        return schedules[sched[i] / MINUTES_PER_DAY].contains(msOfDay, closed);
    }

    // ------------------------------------------------------------------ positions

    /** The working position of an instant in milliseconds since the start of the range. */
    long position(Instant t) {
        long c = clockPosition(t);
        return (c >>> 16) * MS_PER_MIN + (c & 0xFFFF);
    }

    /**
     * The working position of an instant as whole working minutes (shifted left 16 bits) and the milliseconds worked
     * into the next minute (the low 16 bits): two table lookups, no branch on the session.
     */
    private long clockPosition(Instant t) {
        return clockPosition(secondInRange(t), t.getNano() / 1_000_000);
    }

    /** {@link #clockPosition(Instant)} from the second since the range's start and the millisecond within it. */
    private long clockPosition(long x, int millis) {
        int i = (int) (x / SECONDS_PER_DAY);
        int secondOfDay = (int) (x - i * SECONDS_PER_DAY);
        int minute = secondOfDay / 60;
        int e = minuteTable[sched[i] + minute];
        int msInMinute = (secondOfDay - minute * 60) * 1000 + millis;
        return (long) (cum[i] + (e >>> 1)) << 16 | (e & 1) * msInMinute;
    }

    /**
     * The working minutes between two instants given as epoch seconds, truncated toward zero: the
     * {@link WorkingTimeMeasure} form of {@link #workingMinutesBetween(Instant, Instant)}, without allocating.
     *
     * @param fromEpochSecond the start
     * @param toEpochSecond the end
     * @return working minutes, negative when the end is before the start
     * @throws CalendarException if either instant is outside the calendar's range
     */
    @Override
    public long minutesBetween(long fromEpochSecond, long toEpochSecond) {
        long a = clockPosition(secondInRange(fromEpochSecond), 0);
        long b = clockPosition(secondInRange(toEpochSecond), 0);
        return ((b >>> 16) * MS_PER_MIN + (b & 0xFFFF) - (a >>> 16) * MS_PER_MIN - (a & 0xFFFF)) / MS_PER_MIN;
    }

    @Override
    public long minutesBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return workingMinutesBetween(from, to);
    }

    /** The earliest instant at a working position in milliseconds. {@code hint} only names the instant in an error. */
    Instant atPosition(long target, Instant hint) {
        long whole = Math.floorDiv(target, MS_PER_MIN);
        return instantAt(whole, (int) (target - whole * MS_PER_MIN), hint);
    }

    /**
     * The earliest instant at a working position of {@code whole} minutes and {@code part} milliseconds (in [0, 60 000)):
     * the day in which the position's last begun working minute lies, and that minute's clock time from the day's table.
     */
    private Instant instantAt(long whole, int part, Instant hint) {
        int inMinute = -part >>> 31; // 1 when the position lies inside a minute
        long begun = whole + inMinute;
        if (begun <= 0 || begun > cum[days]) {
            throw outOfRange(hint);
        }
        int d;
        int at;
        if (standardDays) {
            // every working day has the one schedule of BUCKET_MINUTES: the minute within the day needs no day lookup
            int k = (int) ((begun + BUCKET_MINUTES - 1) / BUCKET_MINUTES);
            d = bucket[k] - 1;
            at = MINUTES_PER_DAY + (int) (begun - 1 - (k - 1) * (long) BUCKET_MINUTES);
        } else {
            d = firstIndexAtLeast(begun) - 1;
            at = sched[d] + (int) (begun - cum[d]) - 1;
        }
        int clock = clockTable[at] + 1 - inMinute;
        return toInstant(baseDay + d, clock, part);
    }

    /**
     * Smallest m in [0, days] with cum[m] >= value (value in [1, cum[days]]). With whole-day buckets every cum[] is a
     * multiple of the bucket width, so the bucket at or above the value is the answer; otherwise the bucket below it
     * gives a day at or before the answer, then a short forward scan (working days fill a bucket, so only days off are
     * stepped over).
     */
    private int firstIndexAtLeast(long value) {
        if (wholeDayBuckets) {
            return bucket[(int) ((value + BUCKET_MINUTES - 1) / BUCKET_MINUTES)];
        }
        int m = bucket[(int) (value / BUCKET_MINUTES)];
        while (cum[m] < value) {
            m++;
        }
        return m;
    }

    /** Smallest m in [from, days] with cum[m] > value. */
    private int firstIndexAbove(int from, int value) {
        if (cum[days] <= value) {
            throw new CalendarException("calendar.out-of-range", LocalizedText.of(
                    "Không còn ngày làm việc nào trước %s", "No working day left before %s").formatted(lastDate()));
        }
        return Math.max(from, firstIndexAtLeast((long) value + 1));
    }

    /**
     * The instant's local date-time in seconds since the start of the range (the zone's offset is a constant after its
     * last transition), checked to lie within the range.
     */
    private long secondInRange(Instant t) {
        long es = t.getEpochSecond();
        long x = es + (es >= fastFromEpochSecond ? fastOffset : rules.getOffset(t).getTotalSeconds()) - baseSecond;
        if (x < 0 || x >= rangeSeconds) {
            throw outOfRange(t);
        }
        return x;
    }

    private long secondInRange(long es) {
        if (es < fastFromEpochSecond) {
            return secondInRange(Instant.ofEpochSecond(es));
        }
        long x = es + fastOffset - baseSecond;
        if (x < 0 || x >= rangeSeconds) {
            throw outOfRange(Instant.ofEpochSecond(es));
        }
        return x;
    }

    /**
     * A calendar serializes as its configuration (the national calendar as a marker) and is rebuilt when read, so
     * statistics holding it as their {@link WorkingTimeMeasure} can be shipped between machines.
     *
     * @return the serialized form
     */
    private Object writeReplace() {
        return new SerializedForm(this == national ? null : config);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a WorkingCalendar is read through its serialized form");
    }

    /** The serialized form: the builder's configuration, or {@code null} for the national calendar. */
    private record SerializedForm(Builder config) implements java.io.Serializable {
        private Object readResolve() {
            return config == null ? vietnam() : config.copy().build();
        }
    }

    private int index(LocalDate date) {
        long d = date.toEpochDay() - baseDay;
        if (d < 0 || d >= days) {
            throw new CalendarException("calendar.out-of-range", LocalizedText.of(
                    "Ngày %s nằm ngoài phạm vi của lịch (%s – %s)", "Date %s is outside the calendar's range (%s – %s)")
                    .formatted(date, firstDate(), lastDate()));
        }
        return (int) d;
    }

    /** The instant at a local epoch day, minute of that day and millisecond within the minute. */
    private Instant toInstant(long epochDay, int minuteOfDay, int msInMinute) {
        if (epochDay >= fastFromLocalDay) {
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + minuteOfDay * 60 + msInMinute / 1000 - fastOffset,
                    msInMinute % 1000 * 1_000_000);
        }
        LocalDateTime ldt = LocalDate.ofEpochDay(epochDay).atStartOfDay().plusMinutes(minuteOfDay)
                .plusNanos(msInMinute * 1_000_000L);
        return ZonedDateTime.ofLocal(ldt, zone, null).toInstant();
    }

    private CalendarException outOfRange(Instant t) {
        return new CalendarException("calendar.out-of-range", LocalizedText.of(
                "Thời điểm %s hoặc kết quả tính nằm ngoài phạm vi của lịch (%s – %s)",
                "Instant %s or the result lies outside the calendar's range (%s – %s)").formatted(dev.dvc4j.core.internal.json.VnTimes.inMessage(t), firstDate(), lastDate()));
    }

    /**
     * The heap held by this calendar's day tables (for the memory figures in BENCHMARKS.md): the per-day cumulative
     * minutes and schedule index, excluding the shared lunar table and the holiday layers.
     *
     * @return bytes, approximately
     */
    public long retainedBytes() {
        long bytes = 16L + 4L * cum.length + 16L + 2L * sched.length + 16L + 4L * bucket.length
                + 32L + 2L * (minuteTable.length + clockTable.length);
        for (Schedule s : schedules) {
            bytes += s.retainedBytes();
        }
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c && c.config.equals(config);
    }

    @Override
    public int hashCode() {
        return config.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", rest " + config.restDays + ", sessions " + config.sessions
                + (config.daySessions.isEmpty() ? "" : " " + config.daySessions) + ", national holidays " + config.national
                + ", layers " + config.layers.stream().map(HolidayData::source).toList() + ", " + config.fromYear + "–"
                + config.toYear + "]";
    }

    /**
     * The working sessions of one kind of day, in milliseconds of the day (sessions start and end on whole minutes).
     */
    private static final class Schedule {
        static final Schedule NONE = new Schedule(List.of());
        final int[] startMs;
        final int[] endMs;
        final int totalMinutes;

        Schedule(List<WorkingSession> sessions) {
            int n = sessions.size();
            startMs = new int[n];
            endMs = new int[n];
            int total = 0;
            for (int j = 0; j < n; j++) {
                startMs[j] = sessions.get(j).start().toSecondOfDay() * 1000;
                endMs[j] = sessions.get(j).end().toSecondOfDay() * 1000;
                total += (endMs[j] - startMs[j]) / (int) MS_PER_MIN;
            }
            totalMinutes = total;
        }

        /**
         * Writes this schedule's rows of the calendar's tables at {@code base}: per minute of the day, the working
         * minutes before it (at most 1 440) shifted left once plus 1 if it is working time; per working minute of the
         * day, the minute of the day it is.
         */
        void fillTables(char[] minuteTable, char[] clockTable, int base) {
            int worked = 0;
            for (int m = 0; m < MINUTES_PER_DAY; m++) {
                boolean working = contains(m * MS_PER_MIN, false);
                minuteTable[base + m] = (char) (worked << 1 | (working ? 1 : 0));
                if (working) {
                    clockTable[base + worked++] = (char) m;
                }
            }
        }

        long retainedBytes() {
            return 64L + 4L * (startMs.length + endMs.length);
        }

        /** Whether a time of day lies within a session, {@code [start, end)}, or {@code [start, end]} if closed. */
        boolean contains(long msOfDay, boolean closed) {
            for (int j = 0; j < startMs.length; j++) {
                if (msOfDay >= startMs[j] && (msOfDay < endMs[j] || closed && msOfDay == endMs[j])) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Builds a {@link WorkingCalendar}. Not thread-safe; validation happens in {@link #build()}, which leaves the
     * builder unchanged when it throws.
     */
    public static final class Builder implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private ZoneId zone = Dvc4j.VIETNAM;
        private Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private List<WorkingSession> sessions = DEFAULT_SESSIONS;
        private Map<DayOfWeek, List<WorkingSession>> daySessions = new EnumMap<>(DayOfWeek.class);
        private boolean national = true;
        private List<HolidayData> layers = new ArrayList<>();
        private int fromYear = MIN_YEAR;
        private int toYear = MAX_YEAR;

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.zone = zone;
            b.restDays = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
            b.sessions = sessions;
            b.daySessions = new EnumMap<>(DayOfWeek.class);
            b.daySessions.putAll(daySessions);
            b.national = national;
            b.layers = new ArrayList<>(layers);
            b.fromYear = fromYear;
            b.toYear = toYear;
            return b;
        }

        /**
         * The time zone; default {@code Asia/Ho_Chi_Minh}.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The weekly rest days; default Saturday and Sunday. May be empty.
         *
         * @param days the rest days
         * @return this builder
         */
        public Builder weeklyRestDays(Collection<DayOfWeek> days) {
            Set<DayOfWeek> s = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : days) {
                s.add(Objects.requireNonNull(d, "day"));
            }
            this.restDays = s;
            return this;
        }

        /**
         * The weekly rest days; default Saturday and Sunday.
         *
         * @param days the rest days
         * @return this builder
         */
        public Builder weeklyRestDays(DayOfWeek... days) {
            return weeklyRestDays(List.of(days));
        }

        /**
         * The standard sessions of a working day, also used on make-up working days and defining
         * {@link WorkingCalendar#minutesPerDay()}.
         *
         * @param sessions non-empty, in any order, not overlapping
         * @return this builder
         */
        public Builder sessions(List<WorkingSession> sessions) {
            this.sessions = checkedSessions(sessions, null);
            return this;
        }

        /**
         * The standard sessions of a working day.
         *
         * @param sessions non-empty, not overlapping
         * @return this builder
         */
        public Builder sessions(WorkingSession... sessions) {
            return sessions(List.of(sessions));
        }

        /**
         * Own sessions for one day of the week, for example Saturday-morning reception
         * ({@code weeklyRestDays(SUNDAY).sessions(SATURDAY, WorkingSession.of(7, 30, 11, 30))}). The day must not be a
         * weekly rest day when the calendar is built.
         *
         * @param day the day of the week
         * @param sessions non-empty, not overlapping
         * @return this builder
         */
        public Builder sessions(DayOfWeek day, List<WorkingSession> sessions) {
            daySessions.put(Objects.requireNonNull(day, "day"), checkedSessions(sessions, day));
            return this;
        }

        /**
         * Own sessions for one day of the week.
         *
         * @param day the day of the week
         * @param sessions non-empty, not overlapping
         * @return this builder
         */
        public Builder sessions(DayOfWeek day, WorkingSession... sessions) {
            return sessions(day, List.of(sessions));
        }

        /**
         * Whether the Labour Code's holidays and the bundled national schedules apply; default {@code true}.
         *
         * @param on whether to apply them
         * @return this builder
         */
        public Builder nationalHolidays(boolean on) {
            this.national = on;
            return this;
        }

        /**
         * Adds a holiday layer on top of the national holidays and earlier layers (a province's days off, a
         * newly published yearly schedule).
         *
         * @param data the layer
         * @return this builder
         */
        public Builder addHolidays(HolidayData data) {
            layers.add(Objects.requireNonNull(data, "data"));
            return this;
        }

        /**
         * The range of years covered; default 1900–2199. A shorter range uses less memory.
         *
         * @param from first year, at least 1900
         * @param to last year, at most 2199
         * @return this builder
         */
        public Builder years(int from, int to) {
            if (from < MIN_YEAR || to > MAX_YEAR || to < from) {
                throw new CalendarException("calendar.range", LocalizedText.of(
                        "Phạm vi năm %d–%d không hợp lệ (trong %d–%d)", "Year range %d–%d is invalid (within %d–%d)")
                        .formatted(from, to, MIN_YEAR, MAX_YEAR));
            }
            this.fromYear = from;
            this.toYear = to;
            return this;
        }

        /**
         * Validates and builds the calendar (precomputing its day tables, a few milliseconds for 300 years).
         *
         * @return the calendar
         * @throws CalendarException if a day of the week has sessions but is a rest day, or there is no working time
         */
        public WorkingCalendar build() {
            for (DayOfWeek d : daySessions.keySet()) {
                if (restDays.contains(d)) {
                    throw new CalendarException("calendar.rest-day-sessions", LocalizedText.of(
                            "%s vừa là ngày nghỉ hằng tuần vừa có ca làm việc riêng", "%s is both a weekly rest day and has its own sessions")
                            .formatted(d));
                }
            }
            return new WorkingCalendar(this);
        }

        private static List<WorkingSession> checkedSessions(List<WorkingSession> sessions, DayOfWeek day) {
            Objects.requireNonNull(sessions, "sessions");
            String which = day == null ? "" : " (" + day + ")";
            if (sessions.isEmpty()) {
                throw new CalendarException("calendar.sessions-empty", LocalizedText.of(
                        "Danh sách ca làm việc%s rỗng", "The list of working sessions%s is empty").formatted(which));
            }
            List<WorkingSession> sorted = new ArrayList<>(sessions);
            sorted.forEach(s -> Objects.requireNonNull(s, "session"));
            sorted.sort(Comparator.comparing(WorkingSession::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new CalendarException("calendar.sessions-overlap", LocalizedText.of(
                            "Ca làm việc %s và %s chồng lên nhau%s", "Working sessions %s and %s overlap%s")
                            .formatted(sorted.get(i - 1), sorted.get(i), which));
                }
            }
            return List.copyOf(sorted);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Builder b && b.zone.equals(zone) && b.restDays.equals(restDays) && b.sessions.equals(sessions)
                    && b.daySessions.equals(daySessions) && b.national == national && b.layers.equals(layers)
                    && b.fromYear == fromYear && b.toYear == toYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(zone, restDays, sessions, daySessions, national, layers, fromYear, toYear);
        }
    }
}
