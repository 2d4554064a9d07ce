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

    @Test
    void aCalendarWithoutNationalHolidaysFailsTheContract() {
        WorkingCalendar noHolidays = WorkingCalendar.vietnam().toBuilder().nationalHolidays(false).build();
        assertThatThrownBy(() -> WorkingCalendarChecks.keepsNationalDaysOff(noHolidays, WorkingCalendar.vietnam(), 2020, 2026))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2026-02-16");
    }
}
