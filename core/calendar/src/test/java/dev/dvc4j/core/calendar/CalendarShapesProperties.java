package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The calendar's table lookups against a naive day-walk, on calendars of every shape the lookups distinguish: the
 * national calendar (one schedule of exactly 8 hours), Saturday-morning reception (days of 8 and 4 hours), a different
 * 8-hour Saturday (several schedules, all whole days), 9-hour days with three sessions, a zone with daylight saving and
 * instants before Vietnam's last offset change — all to the millisecond.
 */
class CalendarShapesProperties {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final List<WorkingCalendar> SHAPES = List.of(
            WorkingCalendar.vietnam(),
            WorkingCalendar.vietnam().toBuilder().years(2015, 2035).weeklyRestDays(DayOfWeek.SUNDAY)
                    .sessions(DayOfWeek.SATURDAY, WorkingSession.of(7, 30, 11, 30)).build(),
            WorkingCalendar.vietnam().toBuilder().years(2015, 2035).weeklyRestDays(DayOfWeek.SUNDAY)
                    .sessions(DayOfWeek.SATURDAY, WorkingSession.of(8, 0, 12, 0), WorkingSession.of(14, 0, 18, 0)).build(),
            WorkingCalendar.vietnam().toBuilder().years(2015, 2035).sessions(WorkingSession.of(7, 0, 10, 0),
                    WorkingSession.of(10, 15, 12, 0), WorkingSession.of(13, 0, 17, 15)).build(),
            WorkingCalendar.builder().zone(PARIS).nationalHolidays(false).years(2015, 2035).build());

    @Provide
    Arbitrary<Integer> shapes() {
        return Arbitraries.integers().between(0, SHAPES.size() - 1);
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = LocalDateTime.of(2016, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toInstant().toEpochMilli();
        long to = LocalDateTime.of(2033, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toInstant().toEpochMilli();
        Arbitrary<Long> any = Arbitraries.longs().between(from, to);
        return Arbitraries.oneOf(any, any.map(ms -> ms - ms % 60_000), any.map(ms -> ms - ms % 1_800_000))
                .map(Instant::ofEpochMilli);
    }

    @Provide
    Arbitrary<Long> minutes() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 600), Arbitraries.longs().between(1, 40 * 600));
    }

    @Property(tries = 500)
    void addingAgreesWithTheDayWalk(@ForAll("shapes") int shape, @ForAll("instants") Instant t,
                                    @ForAll("minutes") long minutes) {
        WorkingCalendar cal = SHAPES.get(shape);
        assertThat(cal.plusMinutes(t, minutes)).as("%s + %d min on %s", t, minutes, cal).isEqualTo(naivePlus(cal, t, minutes));
    }

    @Property(tries = 500)
    void measuringAgreesWithTheDayWalk(@ForAll("shapes") int shape, @ForAll("instants") Instant a,
                                       @ForAll("instants") Instant b) {
        WorkingCalendar cal = SHAPES.get(shape);
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        if (Duration.between(from, to).toDays() > 120) {
            to = from.plus(Duration.ofDays(120)).plusMillis(to.toEpochMilli() % 86_400_000L);
        }
        assertThat(cal.position(to) - cal.position(from)).as("%s → %s on %s", from, to, cal)
                .isEqualTo(naiveMillisBetween(cal, from, to));
    }

    @Property(tries = 200)
    void historicalOffsetsAgreeWithTheDayWalk(@ForAll("minutes") long minutes,
                                              @ForAll("historical") Instant t) {
        WorkingCalendar cal = SHAPES.get(0);
        assertThat(cal.plusMinutes(t, minutes)).as("%s + %d min", t, minutes).isEqualTo(naivePlus(cal, t, minutes));
    }

    @Provide
    Arbitrary<Instant> historical() {
        long from = LocalDateTime.of(1940, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toInstant().toEpochMilli();
        long to = LocalDateTime.of(1976, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toInstant().toEpochMilli();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochMilli);
    }

    private static final Map<String, Set<LocalDate>> MAKE_UP_DAYS = new ConcurrentHashMap<>();

    /**
     * A day's sessions as documented: a make-up working day (a {@link HolidayEntry.Kind#WORKING_DAY} entry) has the
     * standard sessions whatever its day of the week, any other working day its weekday's sessions.
     */
    private static List<WorkingSession> sessionsOf(WorkingCalendar cal, LocalDate day) {
        Set<LocalDate> makeUp = MAKE_UP_DAYS.computeIfAbsent(cal + "/" + day.getYear(), k -> cal.holidays(day.getYear())
                .stream().filter(h -> h.kind() == HolidayEntry.Kind.WORKING_DAY).map(HolidayEntry::date)
                .collect(Collectors.toSet()));
        return makeUp.contains(day) ? cal.sessions() : cal.sessions(day.getDayOfWeek());
    }

    @Example
    void aMakeUpSaturdayWorksTheStandardSessions() {
        // 2024-05-04 was a make-up working Saturday; with Saturday-morning reception it still works the full day
        WorkingCalendar cal = SHAPES.get(1);
        LocalDate saturday = LocalDate.of(2024, 5, 4);
        assertThat(cal.holidays(2024)).anySatisfy(h -> {
            assertThat(h.date()).isEqualTo(saturday);
            assertThat(h.kind()).isEqualTo(HolidayEntry.Kind.WORKING_DAY);
        });
        assertThat(cal.endOfWorkingDay(saturday)).isEqualTo(saturday.atTime(17, 0).atZone(Dvc4j.VIETNAM).toInstant());
        Instant t = Instant.parse("2024-02-29T08:48:00.001Z");
        assertThat(cal.plusMinutes(t, 22_392)).isEqualTo(naivePlus(cal, t, 22_392))
                .isEqualTo(Instant.parse("2024-05-04T06:00:00.001Z"));
    }

    /** Steps through each day's sessions from the start; minutes > 0. */
    static Instant naivePlus(WorkingCalendar cal, Instant start, long minutes) {
        LocalDateTime local = LocalDateTime.ofInstant(start, cal.zone());
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        long left = minutes * 60_000L;
        while (true) {
            if (cal.isWorkingDay(day)) {
                for (WorkingSession s : sessionsOf(cal, day)) {
                    LocalTime from = time.isAfter(s.start()) ? time : s.start();
                    if (!from.isBefore(s.end())) {
                        continue;
                    }
                    long avail = Duration.between(from, s.end()).toMillis();
                    if (left <= avail) {
                        return day.atTime(from).plusNanos(left * 1_000_000L).atZone(cal.zone()).toInstant();
                    }
                    left -= avail;
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
    }

    /** Sums each day's session overlaps with [from, to), in milliseconds. */
    static long naiveMillisBetween(WorkingCalendar cal, Instant from, Instant to) {
        LocalDateTime a = LocalDateTime.ofInstant(from, cal.zone());
        LocalDateTime b = LocalDateTime.ofInstant(to, cal.zone());
        long ms = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!cal.isWorkingDay(day)) {
                continue;
            }
            for (WorkingSession s : sessionsOf(cal, day)) {
                LocalDateTime x = day.atTime(s.start()).isAfter(a) ? day.atTime(s.start()) : a;
                LocalDateTime y = day.atTime(s.end()).isBefore(b) ? day.atTime(s.end()) : b;
                if (y.isAfter(x)) {
                    ms += Duration.between(x, y).toMillis();
                }
            }
        }
        return ms;
    }
}
