package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of working-time arithmetic, checked on the national calendar and against a naive day-walk. */
class WorkingCalendarProperties {

    private static final WorkingCalendar CAL = WorkingCalendar.vietnam();

    @Provide
    Arbitrary<Instant> instants() {
        // 2019–2028: bundled schedules, statutory years and a swap or two; any minute of the day, with seconds
        long from = LocalDateTime.of(2019, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        long to = LocalDateTime.of(2028, 12, 1, 0, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        Arbitrary<Long> any = Arbitraries.longs().between(from, to);
        Arbitrary<Long> onMinute = any.map(s -> s - s % 60);
        return Arbitraries.oneOf(any, onMinute).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<WorkingDuration> durations() {
        return Arbitraries.integers().between(0, 40).flatMap(d -> Arbitraries.integers().between(0, 12)
                .flatMap(h -> Arbitraries.integers().between(0, 90).map(m -> new WorkingDuration(d, h, m))));
    }

    @Property(tries = 300)
    void addingIsAssociative(@ForAll("instants") Instant t, @ForAll("durations") WorkingDuration a,
                             @ForAll("durations") WorkingDuration b) {
        assertThat(CAL.plus(CAL.plus(t, a), b)).isEqualTo(CAL.plus(t, a.plus(b)));
    }

    @Property(tries = 300)
    void measuringInvertsAdding(@ForAll("instants") Instant t, @ForAll("durations") WorkingDuration d) {
        long minutes = d.toMinutes(CAL.minutesPerDay());
        assertThat(CAL.workingMinutesBetween(t, CAL.plus(t, d))).isEqualTo(minutes);
        assertThat(CAL.workingTimeBetween(t, CAL.plus(t, d))).isEqualTo(WorkingDuration.ofMinutes(minutes, CAL.minutesPerDay()));
    }

    @Property(tries = 300)
    void dueTimesNeverFallInNonWorkingTime(@ForAll("instants") Instant t, @ForAll("durations") WorkingDuration d) {
        Instant due = CAL.plus(t, d);
        // within a session, or exactly at its close
        assertThat(CAL.isWorkingTime(due) || CAL.isWorkingTime(due.minusMillis(1))).as("due %s", due).isTrue();
        assertThat(due).isAfterOrEqualTo(t);
    }

    @Property(tries = 300)
    void monotonicInStartAndDuration(@ForAll("instants") Instant t, @ForAll @IntRange(max = 5_000_000) int seconds,
                                     @ForAll("durations") WorkingDuration d, @ForAll @IntRange(max = 2000) int moreMinutes) {
        Instant later = t.plusSeconds(seconds);
        assertThat(CAL.plus(later, d)).isAfterOrEqualTo(CAL.plus(t, d));
        WorkingDuration longer = d.plus(WorkingDuration.ofMinutes(moreMinutes));
        assertThat(CAL.plus(t, longer)).isAfterOrEqualTo(CAL.plus(t, d));
        assertThat(CAL.workingMinutesBetween(t, later)).isNotNegative();
    }

    @Property(tries = 200)
    void agreesWithANaiveDayWalk(@ForAll("instants") Instant t, @ForAll("durations") WorkingDuration d) {
        long minutes = d.toMinutes(CAL.minutesPerDay());
        Instant expected = minutes == 0 ? CAL.nextWorkingInstant(t) : naivePlus(t, minutes);
        if (minutes == 0 && CAL.isWorkingTime(t.minusMillis(1)) && !CAL.isWorkingTime(t)) {
            expected = t; // exactly at a session's close: already within it
        }
        assertThat(CAL.plus(t, d)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void subtractPolicyExtendsByTheExcludedWorkingTime(@ForAll("instants") Instant received, @ForAll @IntRange(min = 1, max = 30) int days,
                                                       @ForAll @IntRange(max = 3_000_000) int requestAfter,
                                                       @ForAll @IntRange(max = 3_000_000) int supplementTakes) {
        CalendarDeadlinePolicy subtract = new CalendarDeadlinePolicy(CAL, SupplementClock.SUBTRACT);
        CalendarDeadlinePolicy restart = new CalendarDeadlinePolicy(CAL, SupplementClock.RESTART);
        ProcessingPeriod period = ProcessingPeriod.workingDays(days);
        Instant due = subtract.dueAt(received, period);
        Instant requested = received.plusSeconds(requestAfter);
        Instant completed = requested.plusSeconds(supplementTakes);
        Instant newDue = subtract.dueAfterSupplement(due, requested, completed, period);
        // the working time from receipt to the new due time, minus the excluded interval, is the period again
        long worked = CAL.workingMinutesBetween(subtract.clockStart(received), newDue);
        long excludedMs = CAL.position(completed) - CAL.position(requested);
        assertThat(CAL.position(newDue) - CAL.position(due)).isEqualTo(excludedMs);
        assertThat(worked * 60_000L).isBetween(days * 480L * 60_000L + excludedMs - 60_000L, days * 480L * 60_000L + excludedMs);
        // restart: the full period counts from the clock start after the complete supplement
        Instant restarted = restart.dueAfterSupplement(due, requested, completed, period);
        assertThat(CAL.workingMinutesBetween(restart.clockStart(completed), restarted)).isEqualTo(days * 480L);
        assertThat(restarted).isAfterOrEqualTo(completed);
    }

    /** The day-walk a peer would write: step through each day's sessions. For comparison only; minutes > 0. */
    static Instant naivePlus(Instant start, long minutes) {
        LocalDateTime local = LocalDateTime.ofInstant(start, Dvc4j.VIETNAM);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime().withNano(local.getNano() / 1_000_000 * 1_000_000);
        long left = minutes * 60_000L;
        while (true) {
            if (CAL.isWorkingDay(day)) {
                java.util.List<WorkingSession> sessions = CAL.weeklyRestDays().contains(day.getDayOfWeek())
                        ? CAL.sessions() : CAL.sessions(day.getDayOfWeek());
                for (WorkingSession s : sessions) {
                    LocalTime from = time.isAfter(s.start()) ? time : s.start();
                    if (!from.isBefore(s.end())) {
                        continue;
                    }
                    long avail = java.time.Duration.between(from, s.end()).toMillis();
                    if (left <= avail) {
                        return day.atTime(from).plusNanos(left * 1_000_000L).atZone(Dvc4j.VIETNAM).toInstant();
                    }
                    left -= avail;
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
    }
}
