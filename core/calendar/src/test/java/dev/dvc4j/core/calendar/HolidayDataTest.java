package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayDataTest {

    private static HolidayData read(String json) {
        return HolidayData.read(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    private static String doc(String source, String years) {
        return "{'format':'dvc4j-holidays/1'," + (source == null ? "" : "'source':'" + source + "',") + "'years':[" + years + "]}";
    }

    private static String entry(String dates, String kind) {
        return "{" + dates + ",'kind':'" + kind + "','name':{'vi':'Ngày nghỉ của tỉnh','en':'Provincial day off'},"
                + "'legalBasis':'Decision 1/QĐ-UBND'}";
    }

    private static final String PROVINCE = doc("Hà Tĩnh PPC", "{'year':2026,'entries':["
            + entry("'date':'2026-10-09'", "DAY_OFF") + "," + entry("'date':'2026-10-10'", "WORKING_DAY") + "]}");

    @Test
    void vendorLayerAddsLocalDaysOffOnTopOfTheNationalCalendar() {
        HolidayData province = read(PROVINCE);
        assertThat(province.source()).isEqualTo("Hà Tĩnh PPC");
        assertThat(province.entries()).hasSize(2);
        WorkingCalendar cal = WorkingCalendar.vietnam().toBuilder().addHolidays(province).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 9))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // a Saturday made working
        assertThat(WorkingCalendar.vietnam().isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
        assertThat(cal.holidays(2026)).filteredOn(e -> e.date().equals(LocalDate.of(2026, 10, 9))).singleElement()
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("Hà Tĩnh PPC");
                    assertThat(e.legalBasis()).isEqualTo("Decision 1/QĐ-UBND");
                });
        // national holidays still apply
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
    }

    @Test
    void aCompleteYearReplacesTheComputedDays() {
        HolidayData y2030 = HolidayData.of("Decision for 2030", Set.of(2030), List.of(new HolidayEntry(LocalDate.of(2030, 1, 1),
                HolidayEntry.Kind.DAY_OFF, LocalizedText.of("Tết Dương lịch", "New Year's Day"), "Labour Code 2019 Art. 112",
                "Decision for 2030", HolidayEntry.Confidence.CONFIRMED)));
        WorkingCalendar cal = WorkingCalendar.builder().addHolidays(y2030).build();
        assertThat(cal.holidays(2030)).singleElement().extracting(HolidayEntry::date).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(cal.isWorkingDay(LocalDate.of(2030, 4, 30))).isTrue(); // only because the layer said so
    }

    @Test
    void rejectsADayBothOffAndWorking() {
        String json = doc("X", "{'year':2026,'entries':[" + entry("'from':'2026-10-08','to':'2026-10-10'", "DAY_OFF") + ","
                + entry("'date':'2026-10-09'", "WORKING_DAY") + "]}");
        assertThatThrownBy(() -> read(json)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("2026-10-09 is declared both a day off and a working day")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.holiday-contradiction");
    }

    @Test
    void rejectsDuplicatesUnknownYearsAndEntriesOutsideTheirYear() {
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[" + entry("'date':'2026-10-09'", "DAY_OFF") + ","
                + entry("'date':'2026-10-09'", "DAY_OFF") + "]}"))).hasMessageContaining("declared twice");
        assertThatThrownBy(() -> read(doc("X", "{'year':2250,'entries':[]}")))
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.holiday-year");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[" + entry("'date':'2027-01-02'", "DAY_OFF") + "]}")))
                .hasMessageContaining("not in year 2026");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[]},{'year':2026,'entries':[]}")))
                .hasMessageContaining("year 2026 appears twice");
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> read(doc(null, "{'year':2026,'entries':[]}"))).isInstanceOf(CalendarException.class)
                .hasMessageContaining("missing field \"source\"");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[" + entry("'date':'2026-13-01'", "DAY_OFF") + "]}")))
                .hasMessageContaining("date \"2026-13-01\" (date) is malformed");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[" + entry("'date':'2026-10-01'", "HOLIDAY") + "]}")))
                .hasMessageContaining("kind \"HOLIDAY\" is invalid");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'extra':1,'entries':[]}"))).hasMessageContaining("unknown field \"extra\"");
        assertThatThrownBy(() -> read("{not json")).hasMessageContaining("malformed JSON")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.holiday-json");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[{'date':'2026-10-01','kind':'DAY_OFF',"
                + "'name':{'vi':'a','en':'b'}}]}"))).hasMessageContaining("missing field \"legalBasis\"");
        assertThatThrownBy(() -> read(doc("X", "{'year':2026,'entries':[" + entry("'from':'2026-10-05','to':'2026-10-01'", "DAY_OFF")
                + "]}"))).hasMessageContaining("is inverted");
        assertThatThrownBy(() -> read("{'format':'other/2','source':'X','years':[]}".replace('\'', '"')))
                .hasMessageContaining("not supported");
    }

    @Test
    void rejectsMissingSourceInCode() {
        assertThatThrownBy(() -> HolidayData.of(" ", Set.of(), List.of())).isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.holiday-source");
        assertThatThrownBy(() -> new HolidayEntry(LocalDate.of(2026, 1, 1), HolidayEntry.Kind.DAY_OFF, LocalizedText.of("a", "b"),
                " ", "src", HolidayEntry.Confidence.CONFIRMED)).hasMessageContaining("no legal basis");
    }

    @Test
    void aFailedBuildLeavesTheBuilderUsable() {
        WorkingCalendar.Builder b = WorkingCalendar.builder().sessions(java.time.DayOfWeek.SATURDAY, WorkingSession.of(7, 30, 11, 30));
        assertThatThrownBy(b::build).hasMessageContaining("SATURDAY is both a weekly rest day and has its own sessions")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.rest-day-sessions");
        WorkingCalendar c = b.weeklyRestDays(java.time.DayOfWeek.SUNDAY).build();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(c.sessions(java.time.DayOfWeek.SATURDAY)).containsExactly(WorkingSession.of(7, 30, 11, 30));
    }
}
