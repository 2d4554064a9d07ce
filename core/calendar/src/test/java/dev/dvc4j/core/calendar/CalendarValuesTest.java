package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calendar's small values: processing periods, sessions, holiday layers and lunar dates, as values. */
class CalendarValuesTest {

    @Test
    void processingPeriodsDescribeThemselvesInBothLanguages() {
        assertThat(ProcessingPeriod.calendarDays(1).describe()).isEqualTo(LocalizedText.of("1 ngày", "1 day"));
        assertThat(ProcessingPeriod.calendarDays(30).describe()).isEqualTo(LocalizedText.of("30 ngày", "30 days"));
        assertThat(ProcessingPeriod.workingDays(1).describe())
                .isEqualTo(LocalizedText.of("1 ngày làm việc", "1 working day"));
        assertThat(ProcessingPeriod.working(WorkingDuration.ofHours(4)).describe())
                .isEqualTo(LocalizedText.of("4 giờ làm việc", "4 hours of working time"));
        assertThat(ProcessingPeriod.calendarDays(30)).hasToString("30cd");
        assertThat(ProcessingPeriod.workingDays(5)).hasToString("5d");
        assertThat(ProcessingPeriod.parse("30cd")).isEqualTo(ProcessingPeriod.calendarDays(30));
        assertThat(ProcessingPeriod.parse("2d4h")).isEqualTo(ProcessingPeriod.working(new WorkingDuration(2, 4, 0)));
    }

    @Test
    void theLegalMaximumIsWorkingMinutesAtEightHourDaysAndUnknownForCalendarDays() {
        assertThat(ProcessingPeriod.workingDays(5).legalMaxMinutes()).isEqualTo(2400);
        assertThat(ProcessingPeriod.working(new WorkingDuration(0, 1, 30)).legalMaxMinutes()).isEqualTo(90);
        assertThat(ProcessingPeriod.workingDays(0).legalMaxMinutes()).isZero();
        assertThat(ProcessingPeriod.calendarDays(30).legalMaxMinutes()).isEqualTo(-1);
        assertThat(ProcessingPeriod.workingDays(5).isWorkingTime()).isTrue();
        assertThat(ProcessingPeriod.calendarDays(5).isWorkingTime()).isFalse();
    }

    @Test
    void aPeriodIsOneKindAndNeverNegative() {
        assertThat(ProcessingPeriod.calendarDays(0).calendarDays()).isZero();
        assertThatThrownBy(() -> ProcessingPeriod.calendarDays(-1)).isInstanceOfSatisfying(CalendarException.class,
                e -> assertThat(e.code()).isEqualTo("calendar.negative-duration"));
        assertThatThrownBy(() -> new ProcessingPeriod(WorkingDuration.ofDays(1), 3))
                .isInstanceOfSatisfying(CalendarException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.period-kind");
                    assertThat(e.text().en()).isEqualTo("A processing period is working time or calendar days, not both");
                });
        assertThat(new ProcessingPeriod(WorkingDuration.ofDays(1), 0).working()).isEqualTo(WorkingDuration.ofDays(1));
    }

    @Test
    void sessionsMeasureTheirMinutes() {
        assertThat(WorkingSession.parse("07:30-11:30").minutes()).isEqualTo(240);
        assertThat(WorkingSession.parse("13:00 – 16:45").minutes()).isEqualTo(225);
        assertThat(new WorkingSession(LocalTime.of(8, 0), LocalTime.of(8, 1)).minutes()).isEqualTo(1);
        assertThat(WorkingSession.parse("07:30-11:30")).hasToString("07:30-11:30");
    }

    private static HolidayEntry newYear(int year, String source) {
        return new HolidayEntry(LocalDate.of(year, 1, 1), HolidayEntry.Kind.DAY_OFF,
                LocalizedText.of("Tết Dương lịch", "New Year's Day"), "Labour Code 2019 Art. 112", source,
                HolidayEntry.Confidence.CONFIRMED);
    }

    @Test
    void holidayLayersAreEqualByTheirSourceYearsAndEntries() {
        HolidayData a = HolidayData.of("Decision", Set.of(2030), List.of(newYear(2030, "Decision")));
        HolidayData same = HolidayData.of("Decision", List.of(2030), List.of(newYear(2030, "Decision")));
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(HolidayData.of("Other", Set.of(2030), List.of(newYear(2030, "Decision"))));
        assertThat(a).isNotEqualTo(HolidayData.of("Decision", Set.of(), List.of(newYear(2030, "Decision"))));
        assertThat(a).isNotEqualTo(HolidayData.of("Decision", Set.of(2030), List.of(newYear(2031, "Decision"))));
        assertThat(a).isNotEqualTo("Decision");
        assertThat(a).hasToString("HolidayData[Decision, 1 entries, complete years [2030]]");
    }

    @Test
    void holidayLayersSortTheirEntriesAndCheckEveryYear() {
        HolidayData two = HolidayData.of("D", Set.of(), List.of(newYear(2031, "D"), newYear(2030, "D")));
        assertThat(two.entries(2030)).singleElement().extracting(HolidayEntry::date).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(two.isComplete(2030)).isFalse();
        assertThat(HolidayData.of("D", Set.of(1900, 2199), List.of(newYear(1900, "D"), newYear(2199, "D")))
                .isComplete(2199)).isTrue();
        assertThatThrownBy(() -> HolidayData.of("D", Set.of(1899), List.of())).isInstanceOf(CalendarException.class)
                .hasMessageContaining("year 1899 is outside the supported range (1900–2199)");
        assertThatThrownBy(() -> HolidayData.of("D", Set.of(2200), List.of())).isInstanceOf(CalendarException.class)
                .hasMessageContaining("year 2200");
        assertThatThrownBy(() -> HolidayData.of("D", Set.of(), List.of(newYear(1899, "D"))))
                .isInstanceOf(CalendarException.class).hasMessageContaining("year 1899");
        assertThatThrownBy(() -> HolidayData.of("D", Set.of(), List.of(newYear(2200, "D"))))
                .isInstanceOf(CalendarException.class).hasMessageContaining("year 2200");
    }

    @Test
    void lunarDatesCompareByTheirSolarDay() {
        VietnameseLunarDate tet = VietnameseLunarDate.fromSolar(LocalDate.of(2026, 2, 17));
        VietnameseLunarDate dayAfter = VietnameseLunarDate.fromSolar(LocalDate.of(2026, 2, 18));
        assertThat(tet.compareTo(dayAfter)).isNegative();
        assertThat(dayAfter.compareTo(tet)).isPositive();
        assertThat(tet.compareTo(new VietnameseLunarDate(2026, 1, false, 1))).isZero();
        assertThat(tet).hasToString("1/1/2026");
    }

    @Test
    void lunarYearsOutsideTheRangeAreRefused() {
        assertThat(VietnameseLunarDate.leapMonth(1900)).isEqualTo(8); // lunar 1900 has a leap 8th month
        assertThat(VietnameseLunarDate.leapMonth(2199)).isBetween(0, 12);
        assertThatThrownBy(() -> VietnameseLunarDate.leapMonth(1899)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("Lunar year 1899 is outside the supported range");
        assertThatThrownBy(() -> VietnameseLunarDate.leapMonth(2200)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("Lunar year 2200");
    }

    @Test
    void theTailOfLunarYear1899IsADateButNotBeyondIt() {
        // 1900-01-01 is in month 12 of lunar 1899; its first days lie before the table and are refused.
        VietnameseLunarDate first = VietnameseLunarDate.fromSolar(LocalDate.of(1900, 1, 1));
        assertThat(first.year()).isEqualTo(1899);
        assertThat(first.month()).isEqualTo(12);
        assertThat(new VietnameseLunarDate(1899, 12, false, first.day())).isEqualTo(first);
        assertThatThrownBy(() -> new VietnameseLunarDate(1899, 12, false, first.day() - 1))
                .isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(1899, 11, false, first.day()))
                .isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(1899, 12, true, first.day()))
                .isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(1899, 12, false, 31)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(1898, 12, false, first.day()))
                .isInstanceOf(CalendarException.class);
    }
}
