package dev.dvc4j.stats.io;

import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.io.ReadProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsReaderTest {

    static final List<DossierFacts> SAMPLE = SyntheticFacts.builder().seed(7)
            .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30)).build().stream(2000)
            .collect(Collectors.toList());

    static String write(FactsReader.Format format, List<DossierFacts> facts) {
        StringWriter out = new StringWriter();
        FactsWriter w = format == FactsReader.Format.CSV ? FactsWriter.csv(out) : FactsWriter.jsonLines(out);
        facts.forEach(w::write);
        return out.toString();
    }

    @Test
    void jsonLinesRoundTrip() {
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.jsonLines().strict().read(new StringReader(write(FactsReader.Format.JSON_LINES, SAMPLE)),
                read::add);
        assertThat(read).isEqualTo(SAMPLE);
        assertThat(s).isEqualTo(new ReadSummary("", 2000, 2000, 0, 0, List.of()));
        assertThat(SAMPLE.stream().anyMatch(f -> f.supplementCount() > 0)).isTrue();
    }

    @Test
    void csvRoundTripWithQuotedCodesAndCrLf(@TempDir Path dir) throws Exception {
        List<DossierFacts> facts = new ArrayList<>(SAMPLE);
        facts.add(SAMPLE.get(0).toBuilder().code("A,\"quoted\"").sector("Lĩnh vực, đất đai").build());
        Path file = dir.resolve("facts.csv");
        Files.writeString(file, write(FactsReader.Format.CSV, facts).replace("\n", "\r\n"));
        assertThat(FactsReader.formatOf(file)).isEqualTo(FactsReader.Format.CSV);
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.csv().strict().read(file, read::add);
        assertThat(read).isEqualTo(facts);
        assertThat(s.lines()).isEqualTo(facts.size() + 1);
        assertThat(s.isClean()).isTrue();
    }

    @Test
    void acceptsPortalCodesAndPortalTimes() {
        String line = "{\"agency\":\"000.00.21.H42\",\"channel\":2,\"status\":10,\"level\":4,"
                + "\"filedAt\":\"20260213160000\",\"receivedAt\":\"2026-02-13T09:00:00Z\",\"payment\":1,"
                + "\"feeBearing\":true,\"resultDelivery\":null,\"supplements\":[]}";
        List<DossierFacts> read = new ArrayList<>();
        FactsReader.jsonLines().strict().read(new StringReader(line), read::add);
        DossierFacts f = read.get(0);
        assertThat(f.channel()).isEqualTo(Channel.ONLINE);
        assertThat(f.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(f.filedAt()).isEqualTo(Instant.parse("2026-02-13T09:00:00Z")).isEqualTo(f.receivedAt());
        assertThat(f.paymentFlag()).isEqualTo(1);
    }

    static final String GOOD = "{\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"}";

    static String mixed() {
        return String.join("\n",
                GOOD,                                                         // 1
                "{\"channel\":\"fax\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"}", // 2 bad value
                "",                                                           // 3 blank
                "{\"channel\":\"online\",\"status\":\"processing\"",         // 4 truncated JSON
                GOOD,                                                         // 5
                "{\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\",\"colour\":1}", // 6 unknown
                "{\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\","
                        + "\"receivedAt\":\"2026-02-12T16:00:00+07:00\"}",   // 7 received before filed
                "{\"channel\":\"online\",\"status\":\"processing\"}",        // 8 missing filedAt
                "[1,2]",                                                      // 9 not an object
                GOOD);                                                        // 10
    }

    @Test
    void lenientModeCountsEveryBadRowWithItsLine() {
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.jsonLines().read(new StringReader(mixed()), read::add);
        assertThat(read).hasSize(3);
        assertThat(s.lines()).isEqualTo(10);
        assertThat(s.accepted()).isEqualTo(3);
        assertThat(s.blank()).isEqualTo(1);
        assertThat(s.malformed()).isEqualTo(6);
        assertThat(s.problems()).extracting(ReadProblem::line).containsExactly(2L, 4L, 6L, 7L, 8L, 9L);
        assertThat(s.problems()).extracting(ReadProblem::code).containsExactly("stats.read.value", "input.json",
                "stats.read.unknown-field", "stats.facts.invalid", "stats.facts.invalid", "input.json");
        assertThat(s.problems()).extracting(ReadProblem::column).containsExactly(12L, 42L, 81L, 0L, 0L, 1L);
        assertThat(s.problems()).extracting(ReadProblem::path).containsExactly("$.channel", "$", "$.colour", "", "", "$");
        assertThat(s.problems().get(0).message().en()).isEqualTo("Invalid value for \"channel\": \"fax\"");
        assertThat(s.problems().get(0).message().vi()).isEqualTo("Giá trị không hợp lệ ở trường \"channel\": \"fax\"");
        assertThat(s.problems().get(0)).hasToString("Line 2:12 ($.channel): Invalid value for \"channel\": \"fax\"");
        assertThat(s.records()).isEqualTo(s.accepted() + s.malformed()).isEqualTo(s.lines() - s.blank());
        // A small limit keeps the first problems but still counts all.
        ReadSummary limited = FactsReader.jsonLines().maxProblems(2).read(new StringReader(mixed()), f -> { });
        assertThat(limited.malformed()).isEqualTo(6);
        assertThat(limited.problems()).extracting(ReadProblem::line).containsExactly(2L, 4L);
        assertThat(limited.problemsTruncated()).isTrue();
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() {
        List<DossierFacts> read = new ArrayList<>();
        assertThatThrownBy(() -> FactsReader.jsonLines().strict().read(new StringReader(mixed()), read::add))
                .isInstanceOf(FactsFormatException.class)
                .hasMessageContaining("Line 2:12 ($.channel): Invalid value for \"channel\": \"fax\"")
                .hasMessageContaining("Dòng 2:12 ($.channel): Giá trị không hợp lệ")
                .satisfies(e -> assertThat(((FactsFormatException) e).line()).isEqualTo(2));
        assertThat(read).hasSize(1);
    }

    @Test
    void csvRowsWithBadValuesOrWidths() {
        String csv = "channel,status,filedAt,level\n"
                + "online,processing,2026-02-13T16:00:00+07:00,4\n"
                + "online,processing,2026-02-13T16:00:00+07:00\n"
                + "online,processing,2026-02-30T16:00:00+07:00,4\n"
                + "online,processing,2026-02-13T16:00:00+07:00,x\n"
                + "\"online,processing,2026-02-13T16:00:00+07:00,4\n"
                + "online,processing,2026-02-13T16:00:00+07:00,7\n"
                + "2,9,20260213160000,3\n";
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.csv().read(new StringReader(csv), read::add);
        assertThat(read).hasSize(2);
        assertThat(s.problems()).extracting(ReadProblem::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(s.problems()).extracting(ReadProblem::code).containsExactly("stats.read.csv-columns",
                "stats.read.value", "stats.read.value", "stats.read.csv-quote", "stats.facts.invalid");
        assertThatThrownBy(() -> FactsReader.csv().strict().read(new StringReader(csv), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("Line 3: The row has 3 columns, the header 4");
    }

    @Test
    void badCsvHeaderStopsEvenALenientRun() {
        assertThatThrownBy(() -> FactsReader.csv().read(new StringReader("channel,status,filedAt,colour\n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("Line 1:24: Unknown column \"colour\"");
        assertThatThrownBy(() -> FactsReader.csv().read(new StringReader("channel,status\nonline,processing\n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("required column");
        assertThatThrownBy(() -> FactsReader.csv().read(new StringReader("channel,status,filedAt,status\n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("Column \"status\" is repeated");
    }

    @Test
    void overlongLinesAreReportedNotBuffered() {
        String huge = "{\"code\":\"" + "x".repeat(FactsReader.MAX_LINE_LENGTH + 10) + "\"}";
        ReadSummary s = FactsReader.jsonLines().read(new StringReader(huge + "\n" + GOOD + "\n"), f -> { });
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).extracting(ReadProblem::code).containsExactly("input.too-long");
        assertThat(s.problems().get(0).line()).isEqualTo(1);
        assertThat(s.problems().get(0).column()).isEqualTo(FactsReader.MAX_LINE_LENGTH + 1L);
        assertThat(s.problems().get(0).message().en()).isEqualTo("The line is longer than 1048576 bytes");
    }
}
