package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final WorkingCalendar CAL = WorkingCalendar.vietnam();

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(Dvc4j.VIETNAM).toInstant();
    }

    @Test
    void defaults() {
        assertThat(CAL.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(CAL.weeklyRestDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(CAL.sessions()).containsExactly(WorkingSession.parse("07:30-11:30"), WorkingSession.parse("13:00-17:00"));
        assertThat(CAL.minutesPerDay()).isEqualTo(480);
        assertThat(CAL.firstDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(CAL.lastDate()).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(CAL.retainedBytes()).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void dueLandsAtTheSameWorkingOffset() {
        // Monday 2024-04-22 09:00 + 1 working day = Tuesday 09:00
        assertThat(CAL.plus(at(2024, 4, 22, 9, 0), WorkingDuration.ofDays(1))).isEqualTo(at(2024, 4, 23, 9, 0));
        // + 5 days crosses 27 Apr – 1 May (swap) and lands Thursday 2 May 09:00
        assertThat(CAL.plus(at(2024, 4, 22, 9, 0), WorkingDuration.ofDays(5))).isEqualTo(at(2024, 5, 2, 9, 0));
        // received 07:30: one working day later is the same day's close
        assertThat(CAL.plus(at(2024, 4, 22, 7, 30), WorkingDuration.ofDays(1))).isEqualTo(at(2024, 4, 22, 17, 0));
        // 3 hours from 10:00 skip lunch: 10:00–11:30 (1h30) then 13:00–14:30
        assertThat(CAL.plus(at(2024, 4, 22, 10, 0), WorkingDuration.ofHours(3))).isEqualTo(at(2024, 4, 22, 14, 30));
        // make-up Saturday 4 May 2024 counts: Friday 3 May 09:00 + 1 day = Saturday 4 May 09:00
        assertThat(CAL.plus(at(2024, 5, 3, 9, 0), WorkingDuration.ofDays(1))).isEqualTo(at(2024, 5, 4, 9, 0));
        // across Tết 2025: Friday 24 Jan 10:00 + 1 day = Monday 3 Feb 10:00
        assertThat(CAL.plus(at(2025, 1, 24, 10, 0), WorkingDuration.ofDays(1))).isEqualTo(at(2025, 2, 3, 10, 0));
    }

    @Test
    void receiptsOutsideWorkingTimeStartAtTheNextSession() {
        assertThat(CAL.nextWorkingInstant(at(2024, 4, 20, 9, 0))).isEqualTo(at(2024, 4, 22, 7, 30)); // Saturday
        assertThat(CAL.nextWorkingInstant(at(2024, 4, 22, 12, 0))).isEqualTo(at(2024, 4, 22, 13, 0)); // lunch
        assertThat(CAL.nextWorkingInstant(at(2024, 4, 22, 17, 0))).isEqualTo(at(2024, 4, 23, 7, 30)); // closing time
        assertThat(CAL.nextWorkingInstant(at(2024, 4, 22, 20, 0))).isEqualTo(at(2024, 4, 23, 7, 30));
        assertThat(CAL.nextWorkingInstant(at(2024, 4, 26, 17, 30))).isEqualTo(at(2024, 5, 2, 7, 30)); // before the break
        assertThat(CAL.plus(at(2024, 4, 20, 9, 0), WorkingDuration.ofHours(1))).isEqualTo(at(2024, 4, 22, 8, 30));
        assertThat(CAL.plus(at(2024, 4, 20, 9, 0), WorkingDuration.ZERO)).isEqualTo(at(2024, 4, 22, 7, 30));
        assertThat(CAL.isWorkingTime(at(2024, 4, 22, 7, 30))).isTrue();
        assertThat(CAL.isWorkingTime(at(2024, 4, 22, 11, 30))).isFalse();
        assertThat(CAL.isWorkingTime(at(2024, 4, 29, 9, 0))).isFalse(); // swapped day off
    }

    @Test
    void measuresAndRendersOverdue() {
        Instant due = at(2024, 4, 22, 9, 0);
        Instant now = at(2024, 4, 25, 12, 0);
        // Mon 09:00–17:00 = 6h30, Tue 8h, Wed 8h, Thu 07:30–11:30 = 4h → 26h30 = 3 days 2h30
        assertThat(CAL.workingMinutesBetween(due, now)).isEqualTo(1590);
        assertThat(CAL.workingMinutesBetween(now, due)).isEqualTo(-1590);
        WorkingDuration over = CAL.overdueBy(due, now);
        assertThat(over).isEqualTo(new WorkingDuration(3, 2, 30));
        assertThat(over.toVietnamese()).isEqualTo("3 ngày 2 giờ 30 phút làm việc");
        assertThat(CAL.overdueBy(at(2024, 4, 22, 8, 0), at(2024, 4, 24, 11, 0)).toEnglish()).isEqualTo("2 working days 3 hours");
        assertThat(CAL.overdueBy(at(2024, 4, 22, 8, 0), at(2024, 4, 24, 11, 0)).toVietnamese()).isEqualTo("2 ngày 3 giờ làm việc");
        assertThat(CAL.remaining(now, due)).isEqualTo(new WorkingDuration(3, 2, 30));
        assertThat(CAL.remaining(due, now)).isEqualTo(WorkingDuration.ZERO);
        assertThat(CAL.overdueBy(now, due)).isEqualTo(WorkingDuration.ZERO);
        assertThat(CAL.workingTimeBetween(at(2024, 4, 27, 8, 0), at(2024, 5, 1, 16, 0))).isEqualTo(WorkingDuration.ZERO);
    }

    @Test
    void saturdayMorningReception() {
        WorkingCalendar agency = CAL.toBuilder().weeklyRestDays(DayOfWeek.SUNDAY)
                .sessions(DayOfWeek.SATURDAY, WorkingSession.of(7, 30, 11, 30)).build();
        // Friday 2026-10-09 15:00 + 1 day (480 min): Fri 2h, Sat 4h, Mon 2h → Monday 09:30
        assertThat(agency.plus(at(2026, 10, 9, 15, 0), WorkingDuration.ofDays(1))).isEqualTo(at(2026, 10, 12, 9, 30));
        assertThat(agency.isWorkingTime(at(2026, 10, 10, 12, 0))).isFalse();
        assertThat(agency.minutesPerDay()).isEqualTo(480);
        assertThat(agency).isNotEqualTo(CAL);
        assertThat(CAL.toBuilder().build()).isEqualTo(CAL);
    }

    @Test
    void workingDays() {
        assertThat(CAL.workingDayOnOrAfter(LocalDate.of(2025, 1, 25))).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(CAL.workingDayOnOrAfter(LocalDate.of(2025, 2, 3))).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(CAL.endOfWorkingDay(LocalDate.of(2025, 2, 3))).isEqualTo(at(2025, 2, 3, 17, 0));
        assertThat(CAL.startOfWorkingDay(LocalDate.of(2025, 2, 3))).isEqualTo(at(2025, 2, 3, 7, 30));
        assertThatThrownBy(() -> CAL.endOfWorkingDay(LocalDate.of(2025, 2, 1)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.not-working-day");
    }

    @Test
    void rejectsBadSessionsAndCalendarsWithoutWorkingTime() {
        WorkingCalendar.Builder b = WorkingCalendar.builder();
        assertThatThrownBy(() -> b.sessions(WorkingSession.of(7, 30, 11, 30), WorkingSession.of(11, 0, 17, 0)))
                .hasMessageContaining("07:30-11:30 and 11:00-17:00 overlap")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.sessions-overlap");
        assertThatThrownBy(() -> b.sessions(java.util.List.of()))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.sessions-empty");
        assertThatThrownBy(() -> WorkingSession.of(11, 0, 11, 0))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.session-empty");
        assertThatThrownBy(() -> WorkingSession.parse("7h30 to 11h"))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.session-format");
        assertThat(b.build()).isEqualTo(CAL); // the failed calls changed nothing
        assertThatThrownBy(() -> WorkingCalendar.builder().weeklyRestDays(DayOfWeek.values()).nationalHolidays(false).build())
                .hasMessageContaining("no working time")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.no-working-time");
        assertThatThrownBy(() -> WorkingCalendar.builder().years(1899, 2000))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.range");
    }

    @Test
    void rejectsNegativeDurationsAndInstantsOutOfRange() {
        assertThatThrownBy(() -> CAL.plusMinutes(at(2024, 4, 22, 9, 0), -1))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.negative-duration");
        assertThatThrownBy(() -> new WorkingDuration(0, -1, 0))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.negative-duration");
        assertThatThrownBy(() -> CAL.plus(Instant.parse("2200-06-01T00:00:00Z"), WorkingDuration.ofDays(1)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.out-of-range");
        assertThatThrownBy(() -> CAL.plus(at(2199, 12, 30, 9, 0), WorkingDuration.ofDays(10)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.out-of-range");
        assertThatThrownBy(() -> CAL.isWorkingTime(Instant.parse("1899-06-01T00:00:00Z")))
                .hasMessageContaining("outside the calendar's range");
        // the extremes of Instant are out of range too, not an arithmetic overflow
        assertThatThrownBy(() -> CAL.plus(Instant.MAX, WorkingDuration.ofDays(1)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.out-of-range");
        assertThatThrownBy(() -> CAL.workingMinutesBetween(Instant.MIN, Instant.EPOCH))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.out-of-range");
        assertThatThrownBy(() -> CAL.holidays(2200)).extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.out-of-range");
        assertThatThrownBy(() -> CAL.workingTimeBetween(at(2024, 4, 23, 9, 0), at(2024, 4, 22, 9, 0)))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.negative-interval");
        WorkingCalendar shortRange = WorkingCalendar.builder().years(2020, 2030).build();
        // the day tables grow with the range; the per-schedule minute tables (about 12 KB) do not
        assertThat(shortRange.retainedBytes()).isLessThan(CAL.retainedBytes() / 15);
        assertThatThrownBy(() -> shortRange.isWorkingDay(LocalDate.of(2031, 1, 2))).isInstanceOf(CalendarException.class);
    }

    @Test
    void historicalInstantsUseTheZoneRules() {
        // Before 1975 Saigon time had other offsets; local working hours still apply in local time
        Instant t = LocalDateTime.of(1960, 3, 1, 9, 0).atZone(Dvc4j.VIETNAM).toInstant();
        assertThat(CAL.plus(t, WorkingDuration.ofHours(1)))
                .isEqualTo(LocalDateTime.of(1960, 3, 1, 10, 0).atZone(Dvc4j.VIETNAM).toInstant());
    }
}
