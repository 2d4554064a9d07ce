package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Done criterion 1: days off and make-up days of civil servants equal the announced schedules. */
class HolidayScheduleTest {

    private final WorkingCalendar cal = WorkingCalendar.vietnam();

    /** Weekdays without work plus weekend days with work, in a year. */
    private List<String> deviations(int year) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend == cal.isWorkingDay(d)) {
                out.add((weekend ? "work " : "off ") + d);
            }
        }
        return out;
    }

    private static List<String> off(String... dates) {
        return Stream.of(dates).map(s -> s.startsWith("work") ? s : "off " + s).toList();
    }

    @Test
    void schedule2024() {
        assertThat(deviations(2024)).containsExactlyElementsOf(off(
                "2024-01-01",
                "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                "2024-04-18",
                "2024-04-29", "2024-04-30", "2024-05-01", "work 2024-05-04",
                "2024-09-02", "2024-09-03"));
    }

    @Test
    void schedule2025() {
        assertThat(deviations(2025)).containsExactlyElementsOf(off(
                "2025-01-01",
                "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                "2025-04-07",
                "work 2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02",
                "2025-09-01", "2025-09-02"));
    }

    @Test
    void schedule2026() {
        assertThat(deviations(2026)).containsExactlyElementsOf(off(
                "2026-01-01",
                "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27",
                "2026-04-30", "2026-05-01",
                "2026-09-01", "2026-09-02"));
        assertThat(cal.holidays(2026)).filteredOn(e -> e.date().equals(LocalDate.of(2026, 9, 1)))
                .singleElement().extracting(HolidayEntry::confidence).isEqualTo(HolidayEntry.Confidence.UNCONFIRMED);
        assertThat(cal.holidays(2026)).filteredOn(e -> e.date().equals(LocalDate.of(2026, 4, 26)))
                .singleElement().satisfies(e -> assertThat(e.name().vi()).contains("Hùng Vương"));
    }

    @Test
    void everyBundledEntryCitesItsBasisAndSource() {
        HolidayData bundled = HolidayData.bundled();
        assertThat(bundled.completeYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(bundled.entries()).allSatisfy(e -> {
            assertThat(e.legalBasis()).containsAnyOf("Labour Code", "notice", "Prime Minister");
            assertThat(e.source()).isEqualTo("dvc4j bundled national schedules for civil servants");
        });
        for (int y = 2020; y <= 2026; y++) {
            // exactly five weekdays of Tết are off in every announced year (plus compensation when Tết hits a weekend)
            int year = y;
            long tetWeekdays = cal.holidays(y).stream().filter(e -> e.name().en().startsWith("Lunar New Year"))
                    .filter(e -> e.date().getDayOfWeek().getValue() <= 5).count();
            assertThat(tetWeekdays).as("Tết weekdays in %d", year).isEqualTo(5);
        }
    }

    @Test
    void statutoryRulesForYearsWithoutSchedule() {
        // 2027 has no bundled schedule: the Labour Code's days with Art. 111 compensation
        List<HolidayEntry> h = cal.holidays(2027);
        assertThat(h).extracting(HolidayEntry::source).containsOnly("statutory");
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        // 1 May 2027 is a Saturday: compensatory Monday 3 May
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        assertThat(h).filteredOn(e -> e.date().equals(LocalDate.of(2027, 5, 3))).singleElement()
                .satisfies(e -> assertThat(e.legalBasis()).contains("Art. 111(3)"));
        // Hùng Kings' day 2027 = 10/3 lunar
        assertThat(cal.isWorkingDay(VietnameseLunarDate.toSolar(2027, 3, false, 10))).isFalse();
        // Tết default: five days from the last day of the old year, each weekend day compensated after the break
        LocalDate tet = VietnameseLunarDate.newYear(2027);
        assertThat(tet).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(Stream.iterate(LocalDate.of(2027, 2, 5), d -> d.plusDays(1)).limit(7).filter(cal::isWorkingDay)).isEmpty();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        // National Day 2027 is a Thursday: the adjacent day defaults to Friday 3 September, marked unconfirmed
        assertThat(h).filteredOn(e -> e.date().equals(LocalDate.of(2027, 9, 3))).singleElement()
                .extracting(HolidayEntry::confidence).isEqualTo(HolidayEntry.Confidence.UNCONFIRMED);
    }

    /**
     * One answer for the day adjacent to National Day: in every year since the Labour Code 2019 that has a bundled
     * schedule (2021–2026), the statutory default rule gives the same day as the schedule, 2026's Wednesday included.
     */
    @Test
    void nationalDaysAdjacentDay_statutoryRuleAndBundledScheduleAgree() {
        for (int year = 2021; year <= 2026; year++) {
            int y = year;
            java.util.function.Predicate<HolidayEntry> adjacent = e -> e.date().getMonthValue() == 9
                    && e.name().en().contains("adjacent to National Day");
            List<LocalDate> scheduled = cal.holidays(y).stream().filter(adjacent).map(HolidayEntry::date).toList();
            List<LocalDate> statutory = dev.dvc4j.core.internal.calendar.StatutoryHolidays.instance().compute(y).stream()
                    .filter(adjacent).map(HolidayEntry::date).toList();
            assertThat(scheduled).as("schedule %d", y).hasSize(1);
            assertThat(statutory).as("statutory rule %d", y).isEqualTo(scheduled);
        }
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
        assertThat(cal.holidays(2026)).filteredOn(e -> e.date().equals(LocalDate.of(2026, 9, 1))).singleElement()
                .satisfies(e -> assertThat(e.legalBasis()).contains("Art. 112(1)(đ)").contains("Tuesday 1 September 2026"));
        // a Wednesday without a schedule (2032) takes the day before as well
        assertThat(LocalDate.of(2032, 9, 2).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(LocalDate.of(2037, 9, 2).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(cal.isWorkingDay(LocalDate.of(2037, 9, 1))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2037, 9, 3))).isTrue();
    }

    @Test
    void before2021TheNationalDayIsOneDay() {
        assertThat(cal.holidays(2019)).filteredOn(e -> e.date().getMonthValue() == 9).extracting(HolidayEntry::date)
                .containsExactly(LocalDate.of(2019, 9, 2));
        assertThat(cal.holidays(1950)).isNotEmpty();
        assertThat(cal.holidays(2199)).isNotEmpty();
    }
}
