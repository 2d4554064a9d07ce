package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar's limits on both sides: its year range, the first and last second it covers, the text grammars. */
class CalendarEdgesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void theRangeOfYearsIsRefusedJustOutsideIt() {
        assertThat(WorkingCalendar.builder().years(1900, 1900).build().firstDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(WorkingCalendar.builder().years(2199, 2199).build().lastDate()).isEqualTo(LocalDate.of(2199, 12, 31));
        for (int[] bad : new int[][] {{1899, 2000}, {1900, 2200}, {2001, 2000}}) {
            CalendarException e = catchThrowableOfType(CalendarException.class,
                    () -> WorkingCalendar.builder().years(bad[0], bad[1]));
            assertThat(e.code()).isEqualTo("calendar.range");
            assertThat(e.getMessage(Locale.ENGLISH))
                    .isEqualTo("Year range " + bad[0] + "–" + bad[1] + " is invalid (within 1900–2199)");
            assertThat(e.getMessage(VI)).isEqualTo("Phạm vi năm " + bad[0] + "–" + bad[1] + " không hợp lệ (trong 1900–2199)");
        }
    }

    @Test
    void theFirstAndLastSecondOfTheRangeAreInItAndTheSecondsOutsideAreNot() {
        WorkingCalendar cal = WorkingCalendar.builder().years(2026, 2026).build();
        Instant first = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();
        Instant last = OffsetDateTime.of(2026, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(7)).toInstant();
        assertThat(cal.isWorkingTime(first)).isFalse();
        assertThat(cal.isWorkingTime(last)).isFalse();
        assertThat(cal.minutesBetween(first.getEpochSecond(), last.getEpochSecond())).isEqualTo(cal.minutesBetween(first, last));
        CalendarException before = catchThrowableOfType(CalendarException.class, () -> cal.isWorkingTime(first.minusSeconds(1)));
        assertThat(before.code()).isEqualTo("calendar.out-of-range");
        assertThat(before.getMessage(Locale.ENGLISH))
                .isEqualTo("Instant 2025-12-31T23:59:59+07:00 or the result lies outside the calendar's range (2026-01-01 – 2026-12-31)");
        assertThat(before.getMessage(VI))
                .isEqualTo("Thời điểm 2025-12-31T23:59:59+07:00 hoặc kết quả tính nằm ngoài phạm vi của lịch (2026-01-01 – 2026-12-31)");
        assertThatThrownBy(() -> cal.isWorkingTime(last.plusSeconds(1))).isInstanceOf(CalendarException.class)
                .hasMessageContaining("2027-01-01T00:00:00+07:00");
        assertThatThrownBy(() -> cal.minutesBetween(first.getEpochSecond() - 1, last.getEpochSecond()))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2025-12-31T23:59:59+07:00");
        assertThatThrownBy(() -> cal.minutesBetween(first.getEpochSecond(), last.getEpochSecond() + 1))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2027-01-01T00:00:00+07:00");
    }

    @Test
    void aCalendarDayPeriodHasOneToFiveDigits() {
        assertThat(ProcessingPeriod.parse("1cd")).isEqualTo(ProcessingPeriod.calendarDays(1));
        assertThat(ProcessingPeriod.parse(" 99999cd ")).isEqualTo(ProcessingPeriod.calendarDays(99_999));
        CalendarException six = catchThrowableOfType(CalendarException.class, () -> ProcessingPeriod.parse("123456cd"));
        assertThat(six.code()).isEqualTo("calendar.duration-format");
        assertThat(six.getMessage(Locale.ENGLISH)).isEqualTo("Duration \"123456cd\" is malformed (e.g. 5d, 4h, 2d4h30m)");
        assertThat(six.getMessage(VI)).isEqualTo("Thời lượng \"123456cd\" không hợp lệ (ví dụ 5d, 4h, 2d4h30m)");
        assertThatThrownBy(() -> ProcessingPeriod.parse("cd")).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> ProcessingPeriod.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> WorkingDuration.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void aDurationTextIsAtMostTwentyFourCharacters() {
        String longest = "0".repeat(22) + "5d";
        assertThat(longest).hasSize(24);
        assertThat(WorkingDuration.parse(longest)).isEqualTo(WorkingDuration.ofDays(5));
        CalendarException e = catchThrowableOfType(CalendarException.class, () -> WorkingDuration.parse("0" + longest));
        assertThat(e.code()).isEqualTo("calendar.duration-format");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Duration \"0" + longest + "\" is malformed (e.g. 5d, 4h, 2d4h30m)");
    }

    @Test
    void aCalendarDescribesItsConfiguration() {
        WorkingCalendar cal = WorkingCalendar.builder().years(2026, 2027).build();
        assertThat(cal.toString()).startsWith("WorkingCalendar[Asia/Ho_Chi_Minh, rest [SATURDAY, SUNDAY], sessions ")
                .contains(", national holidays true, layers [], ").endsWith(", 2026–2027]");
        assertThat(cal.nationalHolidays()).isTrue();
        assertThat(cal.holidayLayers()).isEmpty();
        assertThat(WorkingCalendar.builder().years(2026, 2026).nationalHolidays(false).build().nationalHolidays()).isFalse();
    }
}
