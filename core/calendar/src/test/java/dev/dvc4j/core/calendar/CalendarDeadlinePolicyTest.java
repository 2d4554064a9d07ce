package dev.dvc4j.core.calendar;

import static dev.dvc4j.core.calendar.WorkingCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CalendarDeadlinePolicyTest {

    private static final WorkingCalendar CAL = WorkingCalendar.vietnam();
    private final CalendarDeadlinePolicy restart = new CalendarDeadlinePolicy(CAL, SupplementClock.RESTART);
    private final CalendarDeadlinePolicy subtract = new CalendarDeadlinePolicy(CAL, SupplementClock.SUBTRACT);

    @Test
    void dueAtReceipt() {
        assertThat(restart.dueAt(at(2025, 4, 21, 9, 0), ProcessingPeriod.workingDays(5)))
                .isEqualTo(at(2025, 4, 26, 9, 0)); // Mon 21 + 5 working days = Saturday 26 Apr, a make-up working day
        // 4 working hours received Friday 16:00: 1h Friday, 3h Monday from 07:30
        assertThat(restart.dueAt(at(2026, 10, 9, 16, 0), ProcessingPeriod.parse("4h"))).isEqualTo(at(2026, 10, 12, 10, 30));
        // received on Sunday night online: clock starts Monday 07:30
        assertThat(restart.dueAt(at(2026, 10, 11, 22, 0), ProcessingPeriod.workingDays(1))).isEqualTo(at(2026, 10, 12, 17, 0));
    }

    @Test
    void makeUpSaturdayCounts() {
        // Friday 25 Apr 2025 09:00 + 1 day = Saturday 26 Apr 09:00 (make-up day)
        assertThat(restart.dueAt(at(2025, 4, 25, 9, 0), ProcessingPeriod.workingDays(1))).isEqualTo(at(2025, 4, 26, 9, 0));
    }

    @Test
    void cutOffMovesLateReceiptsToTheNextWorkingDay() {
        CalendarDeadlinePolicy p = restart.withCutOff(LocalTime.of(15, 0));
        assertThat(p.cutOff()).contains(LocalTime.of(15, 0));
        assertThat(p.clockStart(at(2026, 10, 9, 15, 30))).isEqualTo(at(2026, 10, 12, 7, 30));
        assertThat(p.dueAt(at(2026, 10, 9, 15, 30), ProcessingPeriod.workingDays(1))).isEqualTo(at(2026, 10, 12, 17, 0));
        assertThat(p.dueAt(at(2026, 10, 9, 14, 59), ProcessingPeriod.workingDays(1))).isEqualTo(at(2026, 10, 12, 14, 59));
        // before the 2024 break: Friday 26 Apr 16:00 → next working day Thursday 2 May
        assertThat(p.clockStart(at(2024, 4, 26, 16, 0))).isEqualTo(at(2024, 5, 2, 7, 30));
    }

    @Test
    void calendarDayPeriods() {
        // 30cd from Tuesday 2026-01-06: Thursday 5 Feb, end of working time
        assertThat(restart.dueAt(at(2026, 1, 6, 10, 0), ProcessingPeriod.parse("30cd"))).isEqualTo(at(2026, 2, 5, 17, 0));
        // 10cd from Wednesday 2026-02-04 = Saturday 14 Feb (Tết break) → rolls to Monday 23 Feb
        assertThat(restart.dueAt(at(2026, 2, 4, 10, 0), ProcessingPeriod.calendarDays(10))).isEqualTo(at(2026, 2, 23, 17, 0));
        assertThat(restart.rollCalendarDaysForward(false).dueAt(at(2026, 2, 4, 10, 0), ProcessingPeriod.calendarDays(10)))
                .isEqualTo(at(2026, 2, 14, 17, 0));
    }

    @Test
    void supplementRestartCountsTheFullPeriodFromTheCompleteSupplement() {
        Instant received = at(2024, 4, 22, 9, 0);
        Instant due = restart.dueAt(received, ProcessingPeriod.workingDays(5)); // Thu 2 May 09:00
        Instant requested = at(2024, 4, 23, 10, 0);
        Instant completed = at(2024, 5, 6, 14, 0); // Monday
        // Monday 6 May 14:00 + 5 working days = Monday 13 May 14:00
        assertThat(restart.dueAfterSupplement(due, requested, completed, ProcessingPeriod.workingDays(5)))
                .isEqualTo(at(2024, 5, 13, 14, 0));
    }

    @Test
    void supplementSubtractExcludesTheInterval() {
        Instant due = at(2024, 5, 2, 9, 0);
        // requested Tue 23 Apr 10:00, complete Thu 25 Apr 10:00 = 2 working days excluded → Fri 3 May, then the
        // make-up Saturday 4 May 09:00
        assertThat(subtract.dueAfterSupplement(due, at(2024, 4, 23, 10, 0), at(2024, 4, 25, 10, 0), ProcessingPeriod.workingDays(5)))
                .isEqualTo(at(2024, 5, 4, 9, 0));
        // requested Friday 26 Apr 16:00, complete Thu 2 May 08:00: 1h Friday + 30 min Thursday = 1h30 excluded
        assertThat(subtract.dueAfterSupplement(due, at(2024, 4, 26, 16, 0), at(2024, 5, 2, 8, 0), ProcessingPeriod.workingDays(5)))
                .isEqualTo(at(2024, 5, 2, 10, 30));
        // the whole supplement within a break excludes nothing
        assertThat(subtract.dueAfterSupplement(due, at(2024, 4, 27, 9, 0), at(2024, 5, 1, 9, 0), ProcessingPeriod.workingDays(5)))
                .isEqualTo(due);
        // calendar days: 3 days between the dates are added
        assertThat(subtract.dueAfterSupplement(at(2026, 2, 5, 17, 0), at(2026, 1, 10, 9, 0), at(2026, 1, 13, 9, 0),
                ProcessingPeriod.calendarDays(30))).isEqualTo(at(2026, 2, 9, 17, 0));
    }

    @Test
    void supplementCompletedBeforeItsRequestIsRefused() {
        assertThatThrownBy(() -> subtract.dueAfterSupplement(at(2024, 5, 2, 9, 0), at(2024, 4, 25, 10, 0), at(2024, 4, 23, 10, 0),
                ProcessingPeriod.workingDays(5))).extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.supplement-order");
    }

    @Test
    void apologyExtendsTheDueTime() {
        Instant due = at(2024, 5, 2, 9, 0);
        assertThat(restart.dueAfterApology(due, LocalDate.of(2024, 5, 10))).isEqualTo(at(2024, 5, 10, 17, 0));
        assertThat(restart.dueAfterApology(due, WorkingDuration.ofDays(2))).isEqualTo(at(2024, 5, 4, 9, 0)); // make-up Saturday
        assertThat(restart.dueAfterApology(due, at(2024, 5, 3, 10, 0))).isEqualTo(at(2024, 5, 3, 10, 0));
        assertThatThrownBy(() -> restart.dueAfterApology(due, at(2024, 5, 1, 10, 0)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.apology-not-later");
        assertThatThrownBy(() -> restart.dueAfterApology(due, at(2024, 5, 5, 10, 0)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.non-working-due");
        assertThatThrownBy(() -> restart.dueAfterApology(due, LocalDate.of(2024, 5, 5)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.not-working-day");
        assertThatThrownBy(() -> restart.dueAfterApology(due, WorkingDuration.ZERO)).isInstanceOf(CalendarException.class);
    }

    @Test
    void overdueAndNearlyDue() {
        Instant due = at(2024, 5, 2, 9, 0);
        long received = at(2024, 4, 26, 9, 0).getEpochSecond();
        OnTimeRule rule = restart.onTimeRule();
        assertThat(rule.isLate(received, due.getEpochSecond(), -1, OnTimeRule.NO_TIME, at(2024, 5, 2, 9, 1).getEpochSecond(),
                OnTimeRule.Supplements.NONE)).isTrue();
        assertThat(rule.isLate(received, due.getEpochSecond(), -1, OnTimeRule.NO_TIME, due.getEpochSecond(),
                OnTimeRule.Supplements.NONE)).isFalse();
        // Friday 26 Apr 16:00 is 2h30 of working time before Thursday 2 May 09:00 (1h Friday, 1h30 Thursday)
        assertThat(restart.isNearlyDue(due, at(2024, 4, 26, 16, 0), WorkingDuration.ofHours(3))).isTrue();
        assertThat(restart.isNearlyDue(due, at(2024, 4, 26, 14, 0), WorkingDuration.ofHours(3))).isFalse();
        assertThat(restart.isNearlyDue(due, at(2024, 5, 3, 9, 0), WorkingDuration.ofHours(3))).isFalse();
        assertThat(restart.remaining(due, at(2024, 4, 26, 16, 0))).isEqualTo(new WorkingDuration(0, 2, 30));
        // Thu 09:00–17:00 6h30, Fri 8h, make-up Sat 8h, Mon 07:30–10:00 2h30 = 25h = 3 days 1 hour
        assertThat(restart.overdueBy(due, at(2024, 5, 6, 10, 0))).isEqualTo(new WorkingDuration(3, 1, 0));
    }

    @Test
    void theDefaultsAreTheNationalCalendarAndARestartingPolicyOnIt() {
        Dvc4j dvc4j = Dvc4j.defaults();
        assertThat(dvc4j.get(CalendarPoints.WORKING_CALENDAR)).isSameAs(WorkingCalendar.vietnam());
        assertThat(dvc4j.get(CalendarPoints.SUPPLEMENT_CLOCK)).isEqualTo(SupplementClock.RESTART);
        assertThat(dvc4j.get(CalendarPoints.DEADLINE_POLICY)).isEqualTo(restart);
        assertThat(dvc4j.provenance(CalendarPoints.WORKING_CALENDAR)).isEmpty();
    }

    @Test
    void aVendorModuleDecoratesTheNationalCalendar() {
        HolidayData province = HolidayData.of("Hà Tĩnh PPC", java.util.Set.of(), java.util.List.of(new HolidayEntry(
                LocalDate.of(2026, 10, 9), HolidayEntry.Kind.DAY_OFF, dev.dvc4j.core.LocalizedText.of("Nghỉ", "Off"),
                "Decision 1/QĐ-UBND", "Hà Tĩnh PPC", HolidayEntry.Confidence.CONFIRMED)));
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(new dev.dvc4j.core.spi.Dvc4jModule() {
            @Override
            public String name() {
                return "ha-tinh";
            }

            @Override
            public void setup(dev.dvc4j.core.spi.SetupContext context) {
                WorkingCalendar base = context.get(CalendarPoints.WORKING_CALENDAR);
                context.provide(CalendarPoints.WORKING_CALENDAR, base.toBuilder().addHolidays(province).build());
            }
        }).build();
        WorkingCalendar local = dvc4j.get(CalendarPoints.WORKING_CALENDAR);
        assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 9))).isFalse();
        assertThat(dvc4j.provenance(CalendarPoints.WORKING_CALENDAR).orElseThrow().module()).isEqualTo("ha-tinh");
        // The default deadline policy follows the contributed calendar: nothing else had to be registered.
        assertThat(dvc4j.get(CalendarPoints.DEADLINE_POLICY)).isEqualTo(new CalendarDeadlinePolicy(local, SupplementClock.RESTART));
        Instant thursday = LocalDate.of(2026, 10, 8).atTime(9, 0).atZone(Dvc4j.VIETNAM).toInstant();
        assertThat(dvc4j.get(CalendarPoints.DEADLINE_POLICY).dueAt(thursday, ProcessingPeriod.workingDays(1)))
                .isEqualTo(LocalDate.of(2026, 10, 12).atTime(9, 0).atZone(Dvc4j.VIETNAM).toInstant());
    }
}
