package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The two deadline policies' predicates both ways and at their boundaries, their equality, and the wall-clock policy's
 * arithmetic.
 */
class DeadlinePoliciesTest {

    static final WorkingCalendar CAL = WorkingCalendar.vietnam();
    static final CalendarDeadlinePolicy POLICY = new CalendarDeadlinePolicy(CAL, SupplementClock.RESTART);

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(Dvc4j.VIETNAM).toInstant();
    }

    // Monday 2024-04-22 10:00 is due; an hour of working time before it is 09:00 the same morning.
    static final Instant DUE = at(2024, 4, 22, 10, 0);

    @Test
    void nearlyDueExactlyAtTheThresholdAndNotAMillisecondBefore() {
        WorkingDuration hour = WorkingDuration.ofHours(1);
        assertThat(POLICY.isNearlyDue(DUE, at(2024, 4, 22, 9, 0), hour)).isTrue();
        assertThat(POLICY.isNearlyDue(DUE, at(2024, 4, 22, 9, 0).minusMillis(1), hour)).isFalse();
        assertThat(POLICY.isNearlyDue(DUE, at(2024, 4, 22, 9, 0), new WorkingDuration(0, 0, 59))).isFalse();
        assertThat(POLICY.isNearlyDue(DUE, DUE, WorkingDuration.ZERO)).isTrue();
        assertThat(POLICY.isNearlyDue(DUE, DUE.plusMillis(1), hour)).as("past due is overdue, not nearly due").isFalse();
        // Friday 16:30 is half an hour of working time before Monday 08:00
        Instant monday8 = at(2024, 4, 22, 8, 0);
        assertThat(POLICY.isNearlyDue(monday8, at(2024, 4, 19, 16, 30), WorkingDuration.ofMinutes(60))).isTrue();
        assertThat(POLICY.isNearlyDue(monday8, at(2024, 4, 19, 15, 30), WorkingDuration.ofMinutes(60))).isFalse();
        assertThatThrownBy(() -> POLICY.isNearlyDue(DUE, DUE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("threshold");
    }

    @Test
    void remainingAndOverdueAreZeroOnTheOtherSide() {
        Instant nine = at(2024, 4, 22, 9, 0);
        assertThat(POLICY.remaining(DUE, nine)).isEqualTo(WorkingDuration.ofHours(1));
        assertThat(POLICY.overdueBy(DUE, nine)).isEqualTo(WorkingDuration.ZERO);
        Instant eleven = at(2024, 4, 22, 11, 0);
        assertThat(POLICY.remaining(DUE, eleven)).isEqualTo(WorkingDuration.ZERO);
        assertThat(POLICY.overdueBy(DUE, eleven)).isEqualTo(WorkingDuration.ofHours(1));
    }

    @Test
    void policiesAreEqualExactlyWhenEveryPartIs() {
        CalendarDeadlinePolicy same = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART, null);
        assertThat(POLICY).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(POLICY).isNotEqualTo(new CalendarDeadlinePolicy(CAL, SupplementClock.SUBTRACT));
        assertThat(POLICY).isNotEqualTo(POLICY.withCutOff(LocalTime.of(16, 0)));
        assertThat(POLICY.withCutOff(LocalTime.of(16, 0))).isEqualTo(same.withCutOff(LocalTime.of(16, 0)))
                .isNotEqualTo(same.withCutOff(LocalTime.of(15, 0)));
        assertThat(POLICY).isNotEqualTo(POLICY.rollCalendarDaysForward(false));
        assertThat(POLICY).isEqualTo(POLICY.rollCalendarDaysForward(true));
        WorkingCalendar sixDays = CAL.toBuilder().weeklyRestDays(DayOfWeek.SUNDAY).build();
        assertThat(POLICY).isNotEqualTo(new CalendarDeadlinePolicy(sixDays, SupplementClock.RESTART));
        assertThat(POLICY).isNotEqualTo(new SimpleDeadlinePolicy(SupplementClock.RESTART)).isNotEqualTo(null);
    }

    @Test
    void saysWhatItIsConfiguredWith() {
        assertThat(POLICY.calendar()).isSameAs(CAL);
        assertThat(POLICY.supplementClock()).isEqualTo(SupplementClock.RESTART);
        assertThat(POLICY.cutOff()).isEmpty();
        assertThat(POLICY.withCutOff(LocalTime.of(16, 0)).cutOff()).contains(LocalTime.of(16, 0));
        assertThat(POLICY.rollsCalendarDaysForward()).isTrue();
        assertThat(POLICY.rollCalendarDaysForward(false).rollsCalendarDaysForward()).isFalse();
        assertThat(POLICY.toString()).startsWith("CalendarDeadlinePolicy[RESTART, ").doesNotContain("cut-off")
                .doesNotContain("no roll-forward").endsWith(CAL + "]");
        assertThat(POLICY.withCutOff(LocalTime.of(16, 0)).rollCalendarDaysForward(false).toString())
                .startsWith("CalendarDeadlinePolicy[RESTART, cut-off 16:00, no roll-forward, ");
        assertThat(POLICY.onTimeRule()).isEqualTo(new OnTimeRule(CAL, SupplementClock.RESTART));
    }

    // The wall-clock policy.

    static final Instant T = Instant.parse("2026-02-10T02:00:00Z");

    @Test
    void wallClockDueTimesCountEveryHour() {
        SimpleDeadlinePolicy restart = new SimpleDeadlinePolicy(SupplementClock.RESTART);
        assertThat(restart.dueAt(T, ProcessingPeriod.working(new WorkingDuration(2, 3, 4))))
                .isEqualTo(T.plus(Duration.ofDays(2).plusHours(3).plusMinutes(4)));
        assertThat(restart.dueAt(T, ProcessingPeriod.calendarDays(30))).isEqualTo(T.plus(Duration.ofDays(30)));
        assertThat(restart.onTimeRule()).isEqualTo(new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, SupplementClock.RESTART));
    }

    @Test
    void aSupplementRestartsOrExtendsTheWallClock() {
        ProcessingPeriod fiveDays = ProcessingPeriod.workingDays(5);
        Instant due = T.plus(Duration.ofDays(5));
        Instant requested = T.plus(Duration.ofDays(1));
        Instant completed = T.plus(Duration.ofDays(3));
        assertThat(new SimpleDeadlinePolicy(SupplementClock.RESTART).dueAfterSupplement(due, requested, completed, fiveDays))
                .isEqualTo(completed.plus(Duration.ofDays(5)));
        assertThat(new SimpleDeadlinePolicy(SupplementClock.SUBTRACT).dueAfterSupplement(due, requested, completed, fiveDays))
                .isEqualTo(due.plus(Duration.ofDays(2)));
        assertThat(new SimpleDeadlinePolicy(SupplementClock.SUBTRACT).dueAfterSupplement(due, requested, requested, fiveDays))
                .as("completed the moment it was requested").isEqualTo(due);
        assertThatThrownBy(() -> new SimpleDeadlinePolicy(SupplementClock.RESTART)
                .dueAfterSupplement(due, requested, requested.minusSeconds(1), fiveDays))
                .isInstanceOfSatisfying(CalendarException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.supplement-order");
                    assertThat(e.text().en()).contains("before it was requested");
                    assertThat(e.text().vi()).contains("trước thời điểm yêu cầu");
                });
    }

    @Test
    void wallClockNearlyDueOnBothSidesOfTheThreshold() {
        SimpleDeadlinePolicy policy = new SimpleDeadlinePolicy(SupplementClock.RESTART);
        Instant due = T.plus(Duration.ofHours(10));
        WorkingDuration twoHours = WorkingDuration.ofHours(2);
        assertThat(policy.isNearlyDue(due, due.minus(Duration.ofHours(2)), twoHours)).isTrue();
        assertThat(policy.isNearlyDue(due, due.minus(Duration.ofHours(2)).minusMillis(1), twoHours)).isFalse();
        assertThat(policy.isNearlyDue(due, due, twoHours)).isTrue();
        assertThat(policy.isNearlyDue(due, due.plusMillis(1), twoHours)).isFalse();
        assertThatThrownBy(() -> new SimpleDeadlinePolicy(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("supplementClock");
    }
}
