package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.testkit.SyntheticDossiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossiers one per line: each replayed and verified, mapped to facts; every bad line a record problem of its own. */
class DossierLinesReaderTest {

    static final List<Dossier> DOSSIERS = SyntheticDossiers.builder().seed(21)
            .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).build().stream(30).collect(Collectors.toList());
    static final List<String> LINES = DOSSIERS.stream().map(Dvc4jJson::write).collect(Collectors.toList());
    static final FactsMapper MAPPER = FactsMapper.defaults();

    static ReadSummary read(byte[] bytes, List<DossierFacts> into) {
        return FactsReader.dossierLines(MAPPER).read(new ByteArrayInputStream(bytes), into::add);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsReplayedVerifiedAndMapped() {
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = read(utf8(String.join("\n", LINES) + "\n"), read);
        assertThat(s.isClean()).isTrue();
        assertThat(read).isEqualTo(DOSSIERS.stream().map(MAPPER::fromDossier).collect(Collectors.toList()));
    }

    @Test
    void aBrokenChainIsAProblemOfItsLineOnly() {
        String line = LINES.get(3);
        int at = line.indexOf("\"actor\":\"", line.indexOf("\"type\":\"received\""));
        String tampered = line.substring(0, at) + "\"actor\":\"x" + line.substring(at + 9);
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = read(utf8(LINES.get(0) + "\n" + tampered + "\n" + LINES.get(1) + "\n"), read);
        assertThat(read).hasSize(2);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("dossier.history");
            assertThat(p.message().en()).contains("hash chain breaks");
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void badLinesNeverTouchTheirNeighbours() {
        String one = LINES.get(0);
        String text = String.join("\n", one,
                "null",                                   // 2: not an object
                one + " " + one,                          // 3: two objects on one line
                one.substring(0, one.length() / 2),       // 4: cut: its object would go on into line 5
                one,                                      // 5
                "{\"code\":1}",                           // 6: wrong type
                one.replaceFirst("\"summary\"", "\"summary\":\"x\",\"summary\""), // 7: repeated key
                "   ",                                    // 8: blank
                one.replaceFirst("\\{", "{\"colour\":1,"), // 9: unknown property
                one) + "\n";
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = read(utf8(text), read);
        assertThat(read).hasSize(3);
        assertThat(s.lines()).isEqualTo(10);
        assertThat(s.blank()).isEqualTo(1);
        assertThat(s.problems()).extracting(ReadProblem::line).containsExactly(2L, 3L, 4L, 6L, 7L, 9L);
        assertThat(s.problems()).extracting(ReadProblem::code).containsExactly("input.json", "input.json", "input.json",
                "input.type", "input.duplicate-key", "input.unknown-property");
        assertThat(s.problems().get(1).message().en()).isEqualTo("Malformed JSON: expected nothing after the object");
        assertThat(s.problems().get(2).message().en()).isEqualTo("Malformed JSON: the object does not end on its line");
        assertThat(s.problems().get(3).path()).isEqualTo("$.code");
        assertThat(s.problems().get(5).message().en()).isEqualTo("Unknown property \"colour\"");
        for (ReadProblem p : s.problems()) {
            assertThat(p.message().en()).doesNotContain("jackson", "Exception", "dev.dvc4j");
        }
    }

    /** The one problem of one line read on its own. */
    static ReadProblem problemOf(String line) {
        ReadSummary s = read(utf8(line + "\n"), new ArrayList<>());
        assertThat(s.malformed()).as(line).isEqualTo(1);
        return s.problems().get(0);
    }

    static long column(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }

    /** The line with its first {@code from} replaced. */
    static String replaced(String line, String from, String to) {
        int at = line.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return line.substring(0, at) + to + line.substring(at + from.length());
    }

    @Test
    void malformedJsonIsNamedWhereTheParserStoppedAndABadValueWhereBindingWas() {
        String one = LINES.get(0);
        record Case(String from, String to, String code, String path, int offset) {
        }
        for (Case c : List.of(
                new Case("\"version\":", "\"version\":six,\"x\":", "input.json", "$.version", 10),
                new Case("\"version\":", "\"version\":\"six\",\"x\":", "input.type", "$.version", 10),
                new Case("\"channel\":\"online\"", "\"channel\":onl", "input.json", "$.channel", 10),
                new Case("\"actor\":\"portal\"", "\"actor\":portal", "input.json", "$.events[0].actor", 8),
                new Case("\"fees\":[{", "\"fees\":[tru,{", "input.json", "$.fees[0]", 8),
                new Case("\"fees\":[{", "\"fees\":[{\"x\":tru,", "input.json", "$.fees[0].x", 13),
                new Case("\"documents\":[{", "\"documents\":[{\"name\":tru,", "input.json", "$.documents[0].name", 21),
                new Case("\"applicant\":{", "\"applicant\":{\"fullName\":X,", "input.json", "$.applicant.fullName", 24),
                new Case("\"amount\":", "\"amount\":true,\"x\":", "input.type", "$.fees[0].amount", 10))) {
            String line = replaced(one, c.from(), c.to());
            int at = line.indexOf(c.to());
            assertThat(problemOf(line)).as(c.to()).satisfies(p -> {
                assertThat(p.code()).isEqualTo(c.code());
                assertThat(p.path()).isEqualTo(c.path());
                if (c.code().equals("input.json")) {
                    assertThat(p.column()).isEqualTo(column(line, at + c.offset()));
                }
            });
        }
        // In the second event, not the first.
        int second = one.indexOf("\"actor\":\"", one.indexOf("\"type\":\"paid\""));
        String line = one.substring(0, second) + "\"actor\":x" + one.substring(second + 9);
        assertThat(problemOf(line).path()).isEqualTo("$.events[1].actor");
    }

    static byte[] withBytesInSummary(String line, byte[] bad) {
        int at = line.indexOf("\"summary\":\"") + 11;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(line.substring(0, at)));
        out.writeBytes(bad);
        out.writeBytes(utf8(line.substring(at)));
        return out.toByteArray();
    }

    @Test
    void malformedUtf8IsRefusedEvenWhereJacksonWouldDecodeIt() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
            {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF8},
            {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE1, (byte) 0x80}};
        for (byte[] b : bad) {
            byte[] line = withBytesInSummary(LINES.get(0), b);
            ReadSummary s = read(line, new ArrayList<>());
            assertThat(s.problems()).as(java.util.HexFormat.of().formatHex(b)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("input.utf8");
                assertThat(p.column()).isEqualTo(LINES.get(0).codePointCount(0, LINES.get(0).indexOf("\"summary\":\"") + 11) + 1);
            });
        }
    }

    @Test
    void strictStopsAtTheFirstBadLine() {
        assertThatThrownBy(() -> FactsReader.dossierLines(MAPPER).strict().read(new ByteArrayInputStream(
                utf8(LINES.get(0) + "\n{}\n" + LINES.get(1))), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("Line 2");
    }

    @Test
    void theFormatIsToldByContentNotByTheFirstLine(@TempDir Path dir) throws Exception {
        Path dossiers = dir.resolve("d.jsonl");
        Files.writeString(dossiers, "{\"garbage\n\nnull\n{\"foo\":1}\n" + LINES.get(0) + "\n");
        assertThat(FactsReader.detect(dossiers)).isEqualTo(FactsReader.Format.DOSSIER_JSON_LINES);
        Path facts = dir.resolve("f.ndjson");
        Files.writeString(facts, LINES.get(0).substring(0, 100) + "\n{\"channel\":\"online\",\"status\":\"processing\"}\n" + LINES.get(0));
        assertThat(FactsReader.detect(facts)).isEqualTo(FactsReader.Format.JSON_LINES);
        Path csv = dir.resolve("f.csv");
        Files.writeString(csv, LINES.get(0));
        assertThat(FactsReader.detect(csv)).isEqualTo(FactsReader.Format.CSV);
        Path nothing = dir.resolve("n.jsonl");
        Files.writeString(nothing, "");
        assertThat(FactsReader.detect(nothing)).isEqualTo(FactsReader.Format.JSON_LINES);
    }
}
