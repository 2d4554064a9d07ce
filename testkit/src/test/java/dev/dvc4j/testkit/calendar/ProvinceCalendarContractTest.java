package dev.dvc4j.testkit.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A province's calendar with a local day off passes; one that drops a national holiday is caught. */
class ProvinceCalendarContractTest extends WorkingCalendarContract {

    static final WorkingCalendar PROVINCE = WorkingCalendar.vietnam().toBuilder()
            .addHolidays(HolidayData.of("example-province.json", List.of(), List.of(new HolidayEntry(LocalDate.of(2026, 3, 9),
                    HolidayEntry.Kind.DAY_OFF, LocalizedText.of("Ngày nghỉ địa phương (minh họa)", "Local day off (illustration)"),
                    "Illustrative provincial decision", "example-province.json", HolidayEntry.Confidence.UNCONFIRMED))))
            .build();

    @Override
    protected WorkingCalendar calendar() {
        return PROVINCE;
    }

    private static WorkingCalendarContract contractOf(WorkingCalendar calendar) {
        return new WorkingCalendarContract() {
            @Override
            protected WorkingCalendar calendar() {
                return calendar;
            }
        };
    }

    @Test
    void aCalendarWithoutNationalHolidaysFailsTheContract() {
        WorkingCalendar noHolidays = WorkingCalendar.vietnam().toBuilder().nationalHolidays(false).build();
        assertThatThrownBy(() -> WorkingCalendarChecks.keepsNationalDaysOff(noHolidays, WorkingCalendar.vietnam(), 2020, 2026))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2026-02-16");
        assertThatThrownBy(contractOf(noHolidays)::keepsTheNationsDaysOff)
                .isInstanceOf(AssertionError.class).hasMessageContaining("2026-02-16");
    }

    @Test
    void aDayOffWithoutAnEnglishNameInTheLastYearCheckedFailsTheContract() {
        WorkingCalendar unsourced = WorkingCalendar.vietnam().toBuilder()
                .addHolidays(HolidayData.of("unsourced.json", List.of(), List.of(new HolidayEntry(LocalDate.of(2026, 12, 30),
                        HolidayEntry.Kind.DAY_OFF, LocalizedText.of("Ngày nghỉ", " "), "Quyết định thử", "unsourced.json",
                        HolidayEntry.Confidence.UNCONFIRMED))))
                .build();
        assertThatThrownBy(contractOf(unsourced)::everyListedDayNamesItsLegalBasis)
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("entry without basis, source or name in both languages")
                .hasMessageContaining("2026-12-30");
        contractOf(PROVINCE).everyListedDayNamesItsLegalBasis();
    }

    @Test
    void aCalendarWhoseLastYearHasNoWorkingDayFailsTheContract() {
        List<HolidayEntry> allOf2030 = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2030, 1, 1); d.getYear() == 2030; d = d.plusDays(1)) {
            allOf2030.add(new HolidayEntry(d, HolidayEntry.Kind.DAY_OFF, LocalizedText.of("Ngày nghỉ (thử)", "Day off (test)"),
                    "Quyết định thử", "closed-2030.json", HolidayEntry.Confidence.UNCONFIRMED));
        }
        WorkingCalendar closed = WorkingCalendar.vietnam().toBuilder().years(2020, 2030)
                .addHolidays(HolidayData.of("closed-2030.json", List.of(2030), allOf2030)).build();
        assertThatThrownBy(() -> WorkingCalendarChecks.everyYearHasWorkingTime(closed))
                .isInstanceOf(AssertionError.class).hasMessage("no working day in 2030");
        assertThatThrownBy(contractOf(closed)::everyYearHasWorkingTime)
                .isInstanceOf(AssertionError.class).hasMessage("no working day in 2030");
        // a year without working days before the last is found too
        List<HolidayEntry> allOf2025 = allOf2030.stream().map(e -> new HolidayEntry(e.date().withYear(2025), e.kind(), e.name(),
                e.legalBasis(), e.source(), e.confidence())).toList();
        WorkingCalendar closed2025 = WorkingCalendar.vietnam().toBuilder().years(2020, 2030)
                .addHolidays(HolidayData.of("closed-2025.json", List.of(2025), allOf2025)).build();
        assertThatThrownBy(() -> WorkingCalendarChecks.everyYearHasWorkingTime(closed2025))
                .isInstanceOf(AssertionError.class).hasMessage("no working day in 2025");
        WorkingCalendarChecks.everyYearHasWorkingTime(WorkingCalendar.vietnam().toBuilder().years(2020, 2030).build());
    }
}
