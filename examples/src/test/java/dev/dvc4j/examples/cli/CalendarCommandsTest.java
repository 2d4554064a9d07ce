package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandsTest {

    static final String PROVINCE_DAY_OFF = """
            {"format": "dvc4j-holidays/1", "source": "Hà Tĩnh Provincial People's Committee (example)",
             "years": [{"year": 2026, "complete": false, "entries": [
               {"date": "2026-10-12", "kind": "DAY_OFF", "name": {"vi": "Ngày nghỉ của tỉnh", "en": "Provincial day off"},
                "legalBasis": "Example decision of the province"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void deadlineSkipsTetAndCountsOverdueWorkingTime() throws Exception {
        Cli.Run r = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "5d", "--at", "2026-03-02T09:00", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Due:            2026-02-27 16:00 (Friday)", "2026-02-17 (Tuesday)", "Overdue by:", "2 hours 30 minutes");
        Cli.Run vi = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "5d", "--at", "2026-02-26T09:00");
        assertThat(vi.out()).contains("Hẹn trả kết quả:      2026-02-27 16:00 (Thứ Sáu)", "Còn lại:", "Tết");
        Cli.Run json = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "5d", "--cutoff", "15:00",
                "--at", "2026-02-20T09:00", "--format", "json");
        var tree = Dvc4jJson.mapper().readTree(json.out());
        assertThat(tree.get("clockStart").asText()).isEqualTo("2026-02-23T07:30+07:00");
        assertThat(tree.get("due").asText()).isEqualTo("2026-02-27T17:00+07:00");
        assertThat(tree.get("overdue").asBoolean()).isFalse();
        assertThat(tree.get("remainingMinutes").asLong()).isEqualTo(5 * 480);
    }

    @Test
    void aProvinceCalendarFileAddsItsDayOff() throws Exception {
        Path cal = dir.resolve("ha-tinh.json");
        Files.writeString(cal, PROVINCE_DAY_OFF);
        Cli.Run national = Cli.run("deadline", "--received", "2026-10-09T09:00", "--duration", "1d", "--format", "json");
        Cli.Run local = Cli.run("deadline", "--received", "2026-10-09T09:00", "--duration", "1d", "--calendar", cal.toString(), "--format", "json");
        assertThat(Dvc4jJson.mapper().readTree(national.out()).get("due").asText()).isEqualTo("2026-10-12T09:00+07:00");
        assertThat(Dvc4jJson.mapper().readTree(local.out()).get("due").asText()).isEqualTo("2026-10-13T09:00+07:00");
        Cli.Run h = Cli.run("holidays", "2026", "--calendar", cal.toString(), "--lang", "en");
        assertThat(h.out()).contains("2026-10-12", "Provincial day off", "Example decision");
    }

    @Test
    void holidaysListDaysOffWithTheirLegalBasis() throws Exception {
        Cli.Run r = Cli.run("holidays", "2026");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2026-02-17", "Tết", "Labour Code 2019", "2026-09-02");
        Cli.Run json = Cli.run("holidays", "2025", "--format", "json");
        var entries = Dvc4jJson.mapper().readTree(json.out()).get("entries");
        boolean makeUp = false;
        for (var e : entries) {
            assertThat(e.get("legalBasis").asText()).isNotBlank();
            makeUp |= e.get("kind").asText().equals("WORKING_DAY");
        }
        assertThat(makeUp).as("2025 swaps a working Saturday (26 April)").isTrue();
    }

    @Test
    void lunarBothWays() throws Exception {
        Cli.Run r = Cli.run("lunar", "2026-02-17", "--format", "json");
        var t = Dvc4jJson.mapper().readTree(r.out());
        assertThat(t.get("lunar").get("year").asInt()).isEqualTo(2026);
        assertThat(t.get("lunar").get("month").asInt()).isEqualTo(1);
        assertThat(t.get("lunar").get("day").asInt()).isEqualTo(1);
        assertThat(t.get("lunar").get("leap").asBoolean()).isFalse();
        assertThat(t.get("yearName").asText()).isEqualTo("Bính Ngọ");
        Cli.Run back = Cli.run("lunar", "--to-solar", "2026-01-01");
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("2026-02-17", "Bính Ngọ");
        // Lunar 2025 has a leap sixth month.
        Cli.Run leap = Cli.run("lunar", "--to-solar", "2025-06-01", "--leap", "--format", "json");
        assertThat(Dvc4jJson.mapper().readTree(leap.out()).get("solar").asText()).isEqualTo("2025-07-25");
        Cli.Run hung = Cli.run("lunar", "--to-solar", "2026-03-10", "--lang", "en");
        assertThat(hung.out()).contains("2026-04-26");
    }

    @Test
    void lunarJsonKeysComeInOneOrder_andTheRangeIsTheSameBothWays() throws Exception {
        Cli.Run r = Cli.run("lunar", "2026-02-17", "--format", "json");
        var names = new java.util.ArrayList<String>();
        Dvc4jJson.mapper().readTree(r.out()).get("lunar").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("year", "month", "leap", "day");
        // the last day both ways: solar 2199-12-31 is lunar 14/11/2199; the lunar day after is refused, in English words
        Cli.Run last = Cli.run("lunar", "2199-12-31", "--format", "json");
        assertThat(Dvc4jJson.mapper().readTree(last.out()).get("lunar").toString())
                .isEqualTo("{\"year\":2199,\"month\":11,\"leap\":false,\"day\":14}");
        assertThat(Cli.run("lunar", "--to-solar", "2199-11-14").out()).contains("2199-12-31");
        Cli.Run past = Cli.run("lunar", "--to-solar", "2199-12-30", "--lang", "en");
        assertThat(past.code()).isEqualTo(1);
        assertThat(past.err()).contains("day 30 of month 12 of lunar year 2199", "outside the supported range")
                .doesNotContain("nhuận");
        assertThat(Cli.run("lunar", "2200-02-14", "--lang", "en").code()).isEqualTo(1);
        // the first day both ways
        assertThat(Cli.run("lunar", "--to-solar", "1899-12-01").out()).contains("1900-01-01");
        Cli.Run leapEn = Cli.run("lunar", "--to-solar", "2026-03-01", "--leap", "--lang", "en");
        assertThat(leapEn.err()).contains("leap month 3").doesNotContain("nhuận");
        // the help states the time-zone convention
        assertThat(Cli.run("lunar", "--help").out()).contains("UTC+7 from 1968", "UTC+8 from July 1954 to 1967",
                "Huế mean time").doesNotContain("(UTC+7) of");
    }

    @Test
    void badInputExitsWithOneAndAClearMessage() throws Exception {
        Cli.Run impossible = Cli.run("deadline", "--received", "2026-02-30T16:00", "--duration", "5d", "--lang", "en");
        assertThat(impossible.code()).isEqualTo(1);
        assertThat(impossible.err()).contains("--received", "2026-02-30T16:00", "not a valid date");
        Cli.Run duration = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "five", "--lang", "en");
        assertThat(duration.code()).isEqualTo(1);
        assertThat(duration.err()).contains("five");
        Cli.Run cutoff = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "5d", "--cutoff", "25:00", "--lang", "en");
        assertThat(cutoff.code()).isEqualTo(1);
        assertThat(cutoff.err()).contains("--cutoff");
        Cli.Run missingCal = Cli.run("holidays", "2026", "--calendar", dir.resolve("none.json").toString(), "--lang", "en");
        assertThat(missingCal.code()).isEqualTo(1);
        assertThat(missingCal.err()).contains("File not found");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"dvc4j-holidays/1\", \"source\": \"x\", \"years\": [ {]}");
        Cli.Run malformed = Cli.run("deadline", "--received", "2026-02-13T16:00", "--duration", "5d", "--calendar", bad.toString(), "--lang", "en");
        assertThat(malformed.code()).isEqualTo(1);
        assertThat(malformed.err()).contains("bad.json").doesNotContain("\tat ");
        Cli.Run year = Cli.run("holidays", "3000", "--lang", "en");
        assertThat(year.code()).isEqualTo(1);
        assertThat(year.err()).contains("3000", "outside");
        Cli.Run noSuchLunar = Cli.run("lunar", "--to-solar", "2026-01-31", "--lang", "en");
        assertThat(noSuchLunar.code()).isEqualTo(1);
        assertThat(noSuchLunar.err()).contains("does not exist");
        Cli.Run noLeap = Cli.run("lunar", "--to-solar", "2026-03-01", "--leap", "--lang", "en");
        assertThat(noLeap.code()).isEqualTo(1);
        Cli.Run solar = Cli.run("lunar", "2026-13-01", "--lang", "en");
        assertThat(solar.code()).isEqualTo(1);
        assertThat(solar.err()).contains("2026-13-01");
        Cli.Run notLunar = Cli.run("lunar", "--to-solar", "tet", "--lang", "en");
        assertThat(notLunar.code()).isEqualTo(1);
        Cli.Run range = Cli.run("lunar", "1800-01-01", "--lang", "en");
        assertThat(range.code()).isEqualTo(1);
        assertThat(Cli.run("holidays", "twenty").code()).isEqualTo(2);
        assertThat(Cli.run("deadline", "--duration", "5d").code()).isEqualTo(2);
    }
}
