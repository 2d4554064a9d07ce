package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A holiday layer's JSON: every field it does not know is refused by name, and its years at both ends of the range. */
class HolidayJsonRefusalsTest {

    private static HolidayData read(String json) {
        return HolidayData.read(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    private static String entry(String extra) {
        return "{'date':'YEAR-01-02','kind':'DAY_OFF','name':{'vi':'Nghỉ','en':'Off'" + extra.split("\\|", -1)[1]
                + "},'legalBasis':'Decision 1'" + extra.split("\\|", -1)[0] + "}";
    }

    private static String doc(int year, String topExtra, String yearExtra, String entryExtra) {
        return ("{'format':'dvc4j-holidays/1','source':'Test'" + topExtra + ",'years':[{'year':YEAR" + yearExtra
                + ",'entries':[" + entry(entryExtra) + "]}]}").replace("YEAR", String.valueOf(year));
    }

    @Test
    void aWellFormedLayerIsRead() {
        HolidayData layer = read(doc(2030, ",'description':'d'", ",'complete':true,'notice':'n'", ",'note':'x'|"));
        assertThat(layer.source()).isEqualTo("Test");
        assertThat(layer.isComplete(2030)).isTrue();
        assertThat(layer.entries()).singleElement().extracting(HolidayEntry::date).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(read(doc(2030, "", ",'complete':false", "|")).isComplete(2030)).isFalse();
        assertThat(read(doc(2030, "", "", "|")).isComplete(2030)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        ",'extra':1; ; |; unknown field \"extra\"",
        "; ,'extra':1; |; unknown field \"extra\"",
        "; ; ,'extra':1|; unknown field \"extra\"",
        "; ; |,'extra':'x'; unknown field \"extra\"",
        "; ,'complete':'yes'; |; \"complete\" of 2030 must be a boolean",
    })
    void unknownFieldsAndWrongTypesAreRefused(String top, String year, String entry, String message) {
        assertThatThrownBy(() -> read(doc(2030, n(top), n(year), n(entry))))
                .isInstanceOfSatisfying(CalendarException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.holiday-json");
                    assertThat(e.text().en()).isEqualTo("Holiday data Test: " + message);
                });
    }

    private static String n(String s) {
        return s == null ? "" : s.strip();
    }

    @Test
    void yearsFrom1900To2199AreReadAndOthersRefused() {
        assertThat(read(doc(1900, "", "", "|")).entries()).hasSize(1);
        assertThat(read(doc(2199, "", "", "|")).entries()).hasSize(1);
        for (int year : new int[] {1899, 2200}) {
            assertThatThrownBy(() -> read(doc(year, "", "", "|"))).isInstanceOfSatisfying(CalendarException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo("calendar.holiday-year");
                        assertThat(e.text().en()).isEqualTo("Test: year " + year
                                + " is outside the supported range (1900–2199)");
                    });
        }
    }
}
