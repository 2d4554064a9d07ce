package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.MetricsAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one reading policy on the fact readers: strict UTF-8, BOM only at the start, no duplicate keys, no coercion
 * between JSON types, no null or empty records, limits exact at the boundary and enforced while streaming, exact
 * positions and lenient accounting.
 */
class FactsReaderPolicyTest {

    static final String BODY = "\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"";
    static final String GOOD = "{" + BODY + "}";

    /** Reads one JSON line leniently and returns its single problem (asserting the accounting). */
    static ReadProblem problem(String line) {
        return problem(line.getBytes(StandardCharsets.UTF_8));
    }

    static ReadProblem problem(byte[] line) {
        ReadSummary s = FactsReader.jsonLines().read(new ByteArrayInputStream(line), f -> { });
        assertThat(s.lines()).as(new String(line, StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(s.malformed()).as(new String(line, StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(s.accepted()).isZero();
        return s.problems().get(0);
    }

    static DossierFacts accepted(String line) {
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary s = FactsReader.jsonLines().strict().read(new StringReader(line), read::add);
        assertThat(s.accepted()).isEqualTo(1);
        return read.get(0);
    }

    // ------------------------------------------------------------------ no coercion between JSON types

    @ParameterizedTest
    @ValueSource(strings = {"\"level\":\"4\"", "\"level\":4.0", "\"level\":1e1", "\"level\":true", "\"payment\":\"1\"",
        "\"feeBearing\":1", "\"feeBearing\":\"true\"", "\"code\":12", "\"code\":true", "\"filedAt\":20260213160000",
        "\"supplements\":{}", "\"supplements\":\"x\"", "\"supplements\":[1]", "\"onlineMode\":2", "\"agency\":{}",
        "\"legalMaxMinutes\":[]"})
    void aValueOfTheWrongJsonTypeIsRefused(String pair) {
        String line = pair.startsWith("\"filedAt\"")
                ? "{" + BODY.replace("\"filedAt\":\"2026-02-13T16:00:00+07:00\"", pair) + "}"
                : "{" + pair + "," + BODY + "}";
        ReadProblem p = problem(line);
        assertThat(p.code()).as(pair).isEqualTo("stats.read.type");
        assertThat(p.path()).as(pair).startsWith("$." + pair.substring(1, pair.indexOf('"', 1)));
        assertThat(p.message().en()).as(pair).contains("must be");
        assertThat(p.message().vi()).as(pair).contains("phải là");
    }

    @Test
    void eachTypeIsReadWhereItBelongs() {
        DossierFacts f = accepted("{\"channel\":2,\"status\":10,\"filedAt\":\"2026-02-13T16:00:00+07:00\",\"level\":4,"
                + "\"feeBearing\":true,\"digitised\":false,\"payment\":1,\"legalMaxMinutes\":-1,\"distanceKm\":0,"
                + "\"resultDelivery\":null,\"supplements\":[{\"requestedAt\":\"2026-02-14T08:00:00+07:00\",\"completedAt\":null}]}");
        assertThat(f.legacyLevel()).isEqualTo(4);
        assertThat(f.feeBearing()).isTrue();
        assertThat(f.paymentFlag()).isEqualTo(1);
        assertThat(f.distanceKm()).isZero();
        assertThat(f.supplementCount()).isEqualTo(1);
        assertThat(f.supplementCompletedEpochSecond(0)).isEqualTo(DossierFacts.NO_TIME);
        // A portal code is an integer; the same digits as a string are no channel.
        assertThat(problem("{\"channel\":\"2\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"}").code())
                .isEqualTo("stats.read.value");
        // An empty string is no time.
        assertThat(problem("{" + BODY + ",\"dueAt\":\"\"}").code()).isEqualTo("stats.read.value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"fact\"", "true", "42", "{", "}", "{\"channel\"}", "{\"channel\":}",
        "{" + BODY + ",}", "{" + BODY + "} {}", "{" + BODY + "}x", "{,}", "{\"level\":01," + BODY + "}",
        "{\"level\":-," + BODY + "}", "{\"level\":1.," + BODY + "}", "{\"level\":+1," + BODY + "}",
        "{\"feeBearing\":tru," + BODY + "}", "{\"feeBearing\":truex," + BODY + "}", "{\"resultDelivery\":nul," + BODY + "}",
        "{'channel':'online'}", "{\"code\":\"a\\x\"," + BODY + "}", "{\"code\":\"a\\ud800\"," + BODY + "}",
        "{\"code\":\"a\\udc00b\"," + BODY + "}", "{\"code\":\"a\\u12\"," + BODY + "}", "{\"code\":\"tab\there\"," + BODY + "}"})
    void malformedJsonIsAMalformedRecord(String line) {
        ReadProblem p = problem(line);
        assertThat(p.code()).as(line).isEqualTo("input.json");
        assertThat(p.message().en()).as(line).startsWith("Malformed JSON: expected ");
        assertThat(p.message().vi()).as(line).startsWith("JSON hỏng: cần ");
        assertThat(p.column()).as(line).isPositive();
    }

    @Test
    void anEmptyObjectIsNoRecord() {
        assertThat(problem("{}").code()).isEqualTo("stats.facts.invalid");
        assertThat(problem("  { }  ").code()).isEqualTo("stats.facts.invalid");
    }

    @Test
    void escapesAreDecoded() {
        DossierFacts f = accepted("{\"sector\":\"L\\u0129nh v\\u1EF1c \\\"\\\\/\\b\\f\\n\\r\\t\",\"code\":\"\\uD83D\\uDE00\"," + BODY + "}");
        assertThat(f.sector()).isEqualTo("Lĩnh vực \"\\/\b\f\n\r\t");
        assertThat(f.code()).isEqualTo("😀");
        DossierFacts raw = accepted("{\"sector\":\"Lĩnh vực đất đai 😀\"," + BODY + "}");
        assertThat(raw.sector()).isEqualTo("Lĩnh vực đất đai 😀");
    }

    // ------------------------------------------------------------------ duplicate keys

    @Test
    void aRepeatedKeyIsRefusedWithItsPosition() {
        ReadProblem p = problem("{" + BODY + ",\"channel\":\"postal\"}");
        assertThat(p.code()).isEqualTo("input.duplicate-key");
        assertThat(p.path()).isEqualTo("$.channel");
        assertThat(p.column()).isEqualTo(BODY.length() + 3);
        assertThat(p.message().en()).isEqualTo("The key \"channel\" is repeated");
        ReadProblem s = problem("{" + BODY + ",\"supplements\":[{\"requestedAt\":\"2026-02-14T08:00:00+07:00\","
                + "\"requestedAt\":\"2026-02-14T09:00:00+07:00\"}]}");
        assertThat(s.code()).isEqualTo("input.duplicate-key");
        assertThat(s.path()).isEqualTo("$.supplements[0].requestedAt");
        assertThat(problem("{" + BODY + ",\"supplements\":[{},{\"when\":1}]}").path()).isEqualTo("$.supplements[1].when");
    }

    @Test
    void aRepeatedCsvColumnIsRefused() {
        assertThatThrownBy(() -> FactsReader.csv().read(new StringReader("channel,status,filedAt,channel\n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("Column \"channel\" is repeated");
    }

    // ------------------------------------------------------------------ strict UTF-8

    static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void malformedUtf8IsAMalformedRecordAtItsByte() {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC3}, {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
        for (byte[] b : bad) {
            ReadProblem inString = problem(concat("{\"sector\":\"Lĩnh", b, "\"," + BODY + "}"));
            assertThat(inString.code()).isEqualTo("input.utf8");
            assertThat(inString.column()).isEqualTo(16); // {"sector":"Lĩnh is 15 characters
            assertThat(inString.path()).isEqualTo("$.sector");
            ReadProblem outside = problem(concat("{" + BODY + ",", b, "}"));
            assertThat(outside.code()).isEqualTo("input.utf8");
            assertThat(outside.column()).isEqualTo(BODY.length() + 3);
        }
        // In CSV too, at the byte.
        String header = "channel,status,filedAt,sector\n";
        ReadSummary s = FactsReader.csv().read(new ByteArrayInputStream(concat(header + "online,processing,2026-02-13T16:00:00+07:00,ab",
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\n")), f -> { });
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("input.utf8");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(47);
        });
    }

    @Test
    void aLoneSurrogateInCharactersIsMalformedUtf8() {
        ReadSummary s = FactsReader.jsonLines().read(new StringReader("{\"code\":\"a\uD800b\"," + BODY + "}\n" + GOOD), f -> { });
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("input.utf8"));
    }

    @Test
    void aByteOrderMarkIsAcceptedAtTheStartOnly() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ReadSummary json = FactsReader.jsonLines().read(new ByteArrayInputStream(concat("", bom, GOOD + "\n")), f -> { });
        assertThat(json.accepted()).isEqualTo(1);
        ReadSummary csv = FactsReader.csv().strict().read(new ByteArrayInputStream(concat("", bom,
                "channel,status,filedAt\nonline,processing,2026-02-13T16:00:00+07:00\n")), f -> { });
        assertThat(csv.accepted()).isEqualTo(1);
        ReadSummary second = FactsReader.jsonLines().read(new ByteArrayInputStream(concat(GOOD + "\n", bom, GOOD + "\n")), f -> { });
        assertThat(second.accepted()).isEqualTo(1);
        assertThat(second.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
        });
    }

    // ------------------------------------------------------------------ limits

    /** A good fact padded with spaces before its closing brace to exactly {@code bytes} bytes. */
    static String lineOf(int bytes) {
        return "{" + BODY + " ".repeat(bytes - GOOD.length()) + "}";
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneMoreIsNot() {
        int max = 200;
        FactsReader reader = FactsReader.jsonLines().limits(new ReadLimits(max, 1 << 20, 64, 1000, 100, 100));
        for (String end : new String[] {"\n", "\r\n"}) {
            ReadSummary ok = reader.read(new StringReader(lineOf(max) + end + lineOf(max + 1) + end), f -> { });
            assertThat(ok.accepted()).as(end).isEqualTo(1);
            assertThat(ok.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("input.too-long");
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(max + 1);
            });
        }
        // The last line needs no line break.
        assertThat(reader.read(new StringReader(lineOf(max + 1) + "\n" + lineOf(max)), f -> { }).accepted()).isEqualTo(1);
        assertThat(reader.read(new StringReader(lineOf(max) + "\n" + lineOf(max + 1)), f -> { }).accepted()).isEqualTo(1);
        // The default limit, 1 MiB, exactly.
        String atLimit = lineOf(ReadLimits.DEFAULTS.maxLineBytes());
        assertThat(FactsReader.jsonLines().strict().read(new StringReader(atLimit + "\r\n"), f -> { }).accepted()).isEqualTo(1);
        assertThatThrownBy(() -> FactsReader.jsonLines().strict().read(new StringReader(atLimit + " \n"), f -> { }))
                .isInstanceOf(FactsFormatException.class).hasMessageContaining("longer than 1048576 bytes");
    }

    @Test
    void stringAndNumberLimitsAreExact() {
        // The times of BODY are 25 characters long.
        FactsReader reader = FactsReader.jsonLines().limits(new ReadLimits(1 << 20, 1 << 20, 64, 25, 5, 100));
        String code = "ĐĐĐĐĐ01234567890123456789";
        assertThat(reader.strict().read(new StringReader("{\"code\":\"" + code + "\",\"distanceKm\":12345," + BODY + "}"),
                f -> { }).accepted()).isEqualTo(1);
        ReadSummary s = reader.read(new StringReader("{\"code\":\"" + code + "a\"," + BODY + "}\n{\"distanceKm\":123456," + BODY + "}"),
                f -> { });
        assertThat(s.problems()).extracting(ReadProblem::code).containsExactly("input.limit", "input.limit");
        assertThat(s.problems()).extracting(ReadProblem::path).containsExactly("$.code", "$.distanceKm");
    }

    /** Bytes made on the fly: one line of {@code size} bytes, never held anywhere. */
    static InputStream hugeLine(long size, String after) {
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size + tail.length) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < size + tail.length) {
                    b[off + n++] = pos < size ? (byte) (pos == 0 ? '{' : 'x') : tail[(int) (pos - size)];
                    pos++;
                }
                return n;
            }
        };
    }

    /**
     * What the huge-input tests divide their sizes by: 1 (the sizes as written) except in PIT's test JVMs, which run
     * them once per reader mutant and set {@value #HUGE_INPUT_DIVISOR} (the {@code mutation} profile of this module).
     * The line limit, the block size, the line and the allocation bound shrink together, so each test crosses the
     * same boundaries by the same factors.
     */
    static final String HUGE_INPUT_DIVISOR = "dvc4j.mutation.stats.hugeInputDivisor";

    static int hugeInputDivisor() {
        return Integer.getInteger(HUGE_INPUT_DIVISOR, 1);
    }

    /** A reader whose line limit (1 MiB) and blocks (1 MiB, the default for one or two threads) are divided by {@code d}. */
    static FactsReader scaled(FactsReader reader, int d) {
        ReadLimits l = reader.limits();
        return reader.limits(new ReadLimits(l.maxLineBytes() / d, l.maxDocumentBytes(), l.maxNestingDepth(),
                l.maxStringLength(), l.maxNumberLength(), l.maxProblems())).blockBytes(d == 1 ? 0 : (1 << 20) / d);
    }

    @Test
    void theHugeInputsAreFullSizeOutsideMutationTesting() {
        if (System.getProperty("dvc4j.mutation.jqwik.maxTries") == null) {
            assertThat(hugeInputDivisor()).isEqualTo(1);
        }
        // Divided by 1, the reader is the default one.
        assertThat(scaled(FactsReader.jsonLines(), 1).limits()).isEqualTo(ReadLimits.DEFAULTS);
        assertThat(scaled(FactsReader.jsonLines(), 16).limits().maxLineBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void aHugeLineIsRefusedWithoutHoldingIt() {
        int d = hugeInputDivisor();
        FactsReader reader = scaled(FactsReader.jsonLines(), d);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        ReadSummary s = reader.read(hugeLine((64L << 20) / d, "\n" + GOOD + "\n"), f -> { });
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertThat(s.lines()).isEqualTo(2);
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("input.too-long");
            assertThat(p.column()).isEqualTo(reader.limits().maxLineBytes() + 1L);
        });
        // A 64 MiB line read through buffers of a few MiB: nothing near its size is ever allocated.
        assertThat(allocated).isLessThan((16L << 20) / d);
    }

    @Test
    void aSingleLineFileOfAnySizeEndsInOneMalformedRecord(@TempDir Path dir) throws Exception {
        int d = hugeInputDivisor();
        Path file = dir.resolve("one-line.jsonl");
        try (InputStream in = hugeLine((40L << 20) / d, "")) {
            Files.copy(in, file);
        }
        MetricsAccumulator acc = MetricsAccumulator.empty(MeasureSettings.wallClock(Instant.EPOCH));
        ReadSummary s = scaled(FactsReader.jsonLines().threads(2), d).fold(file, acc);
        assertThat(acc.result().total()).isZero();
        assertThat(s).isEqualTo(new ReadSummary(file.toString(), 1, 0, 1, 0, s.problems()));
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(p.code()).isEqualTo("input.too-long");
        });
    }

    // ------------------------------------------------------------------ lenient accounting, strict stops, sinks

    @Test
    void aRecordTheSinkRefusesIsMalformedWithItsLine() {
        List<String> codes = new ArrayList<>();
        ReadSummary s = FactsReader.jsonLines().read(new StringReader(GOOD + "\n" + GOOD.replace("online", "postal") + "\n" + GOOD),
                f -> {
                    if (f.channel() == dev.dvc4j.core.dossier.Channel.POSTAL) {
                        throw new Dvc4jException("calendar.out-of-range", LocalizedText.of("ngoài phạm vi", "out of range"));
                    }
                    codes.add(f.channel().wireName());
                });
        assertThat(codes).hasSize(2);
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(s.malformed()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("calendar.out-of-range");
        });
        assertThatThrownBy(() -> FactsReader.jsonLines().strict().read(new StringReader(GOOD + "\n" + GOOD), f -> {
            throw new Dvc4jException("calendar.out-of-range", LocalizedText.of("ngoài phạm vi", "out of range"));
        })).isInstanceOf(FactsFormatException.class).hasMessageContaining("Line 1: out of range");
        // A sink's own bug is no record problem: it reaches the caller.
        assertThatThrownBy(() -> FactsReader.jsonLines().read(new StringReader(GOOD), f -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStatusCodeOutsideOneToTenIsARecordProblem() {
        ReadSummary s = FactsReader.jsonLines().read(new StringReader(
                "{\"channel\":2,\"status\":11,\"filedAt\":\"2026-02-13T16:00:00+07:00\"}\n" + GOOD), f -> { });
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("stats.read.value");
            assertThat(p.path()).isEqualTo("$.status");
            assertThat(p.message().en()).isEqualTo("Invalid value for \"status\": \"11\"");
        });
        ReadSummary csv = FactsReader.csv().read(new StringReader("channel,status,filedAt\n2,0,20260213160000\n2,10,20260213160000\n"),
                f -> { });
        assertThat(csv.accepted()).isEqualTo(1);
        assertThat(csv.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("status"));
    }

    @Test
    void problemsAreNamedAfterTheFileAndCounted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("facts.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            text.append(i % 2 == 0 ? GOOD : "{\"channel\":\"fax\"}").append('\n');
        }
        text.append("\n  \n");
        Files.writeString(file, text);
        ReadSummary s = FactsReader.jsonLines().read(file, f -> { });
        assertThat(s.source()).isEqualTo(file.toString());
        assertThat(s.lines()).isEqualTo(252);
        assertThat(s.blank()).isEqualTo(2);
        assertThat(s.accepted()).isEqualTo(125);
        assertThat(s.malformed()).isEqualTo(125);
        assertThat(s.problems()).hasSize(FactsReader.DEFAULT_MAX_PROBLEMS);
        assertThat(s.problemsTruncated()).isTrue();
        assertThat(s.problems().get(0)).hasToString(file + ":2:12 ($.channel): Invalid value for \"channel\": \"fax\"");
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(FactsReader.jsonLines().named("upload").read(in, f -> { }).problems().get(1).position())
                    .isEqualTo("upload:4:12 ($.channel)");
        }
    }

    @Test
    void columnsCountCharactersNotBytes() {
        ReadProblem p = problem("{\"sector\":\"Lĩnh vực\",\"channel\":\"fax\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"}");
        assertThat(p.path()).isEqualTo("$.channel");
        assertThat(p.column()).isEqualTo(32); // "Lĩnh vực" is 8 characters, 11 bytes
    }
}
