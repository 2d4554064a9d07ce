package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.stats.DossierFacts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts parser on its own, where the readers cannot show it: it reads nothing at or past the end it is given (the
 * bytes that follow in its buffer never change an answer), it stops at the line's {@code '\n'}, and the string limit
 * holds at its boundary in characters, on both of its paths (a string without escapes read in place, one with escapes
 * decoded).
 */
class FactsJsonParserTest {

    /** The fields a fact cannot be without. */
    static final String BODY = "\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"";

    /** A line of the required fields and these. */
    static String fact(String fields) {
        return "{" + BODY + "," + fields + "}";
    }

    /** Lines that between them reach every branch of the parser, each cut at every byte below. */
    static List<String> lines() {
        return List.of(
                "{\"code\":\"H42.1-\\u0110\\\"x\\\\\",\"sector\":\"Lĩnh vực 😀\",\"channel\":\"online\","
                        + "\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\",\"level\":4,\"distanceKm\":-0,"
                        + "\"legalMaxMinutes\":1440,\"feeBearing\":true,\"digitised\":false,\"resultDelivery\":null,"
                        + "\"supplements\":[{\"requestedAt\":\"2026-02-14T08:00:00+07:00\",\"completedAt\":null},"
                        + "{\"requestedAt\":\"20260215080000\"}] }",
                "{ " + BODY + " , \"distanceKm\" : 109 , \"legalMaxMinutes\" :\t900,\"level\":3,\"payment\":0 }\r",
                "{" + BODY + ",\"distanceKm\":1.09}", "{" + BODY + ",\"distanceKm\":2.90}", "{" + BODY + ",\"distanceKm\":1e09}", "{" + BODY + ",\"distanceKm\":1E+90}",
                "{" + BODY + ",\"distanceKm\":3e-0}", "{" + BODY + ",\"distanceKm\":-0.5}", "{" + BODY + ",\"distanceKm\":1234567890}", "{" + BODY + ",\"distanceKm\":-12}",
                "{" + BODY + ",\"distanceKm\":01}", "{" + BODY + ",\"distanceKm\":-}", "{" + BODY + ",\"distanceKm\":1.}", "{" + BODY + ",\"distanceKm\":1e}",
                "{" + BODY + ",\"feeBearing\":truex}", "{" + BODY + ",\"feeBearing\":nul}", "{" + BODY + ",\"digitised\":falsey}", "{" + BODY + ",\"feeBearing\":true}x",
                "{" + BODY + ",\"sector\":\"x\",\"c\\u006fde\":\"A\"}", "{" + BODY + ",\"sector\":\"a\",\"nope\":1}", "{" + BODY + ",\"s\\u0065ctor\":\"b\",\"s\\u0065ctor\":\"c\"}",
                "{" + BODY + ",\"sector\":\"\\uD83D\\uDE00 \\u00e9\\/\\b\\f\\n\\r\\t\"}", "{" + BODY + ",\"sector\":\"\\uD83D\"}",
                "{" + BODY + ",\"sector\":\"\\uDE00\"}", "{" + BODY + ",\"sector\":\"\\uD83D\\u0041\"}", "{" + BODY + ",\"sector\":\"\\x\"}", "{" + BODY + ",\"sector\":\"\\u12G4\"}",
                "{" + BODY + ",\"sector\":\"tab\there\"}", "{" + BODY + ",\"sector\":{}}", "{" + BODY + ",\"level\":\"4\"}", "{" + BODY + ",\"level\":[1]}", "{\"code\":]}",
                "{" + BODY + ",\"supplements\":[]}", "{" + BODY + ",\"supplements\":[{}]}", "{" + BODY + ",\"supplements\":[1]}", "{" + BODY + ",\"supplements\":[{},]}",
                "{" + BODY + ",\"supplements\":[ {\"completedAt\":\"2026-02-15T08:00:00+07:00\" , \"requestedAt\":\"2026-02-14T08:00:00+07:00\"} ,"
                        + " {\"requestedAt\":null} ]}",
                "{" + BODY + ",\"supplements\":[{\"requestedAt\":1}]}", "{" + BODY + ",\"supplements\":[{\"requestedAt\":\"soon\"}]}",
                "{" + BODY + ",\"supplements\":[{\"requestedAt\":null,\"requestedAt\":null}]}", "{" + BODY + ",\"supplements\":[{\"other\":null}]}",
                "{" + BODY + ",\"supplements\":[{\"requestedAt\" null}]}", "{" + BODY + ",\"supplements\":[{\"requestedAt\":null;}]}",
                "{" + BODY + ",\"supplements\":[{} {}]}", "{\"code\":\"A\" \"sector\":\"B\"}", "{\"code\" \"A\"}", "{}", "{ }", "[]",
                "{\"code\":\"A\",}", "{\"code\":\"A\"}  ", "{" + BODY + ",\"sector\":\"\u00e9\u00e9\"}");
    }

    record Outcome(DossierFacts fact, int lineEnd, int position, String path, String code, String english) {
    }

    static Outcome outcome(byte[] buf, int start, int limit) {
        FactsJsonParser parser = new FactsJsonParser(ReadLimits.DEFAULTS);
        try {
            DossierFacts fact = parser.parse(buf, start, limit);
            return new Outcome(fact, parser.lineEnd(), 0, null, null, null);
        } catch (Malformed m) {
            return new Outcome(null, 0, m.position(), m.path(), m.code(), m.text().en());
        }
    }

    @ParameterizedTest
    @MethodSource("lines")
    void nothingAtOrPastTheEndChangesAnAnswer(String line) {
        byte[] whole = line.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k <= whole.length; k++) {
            // The same prefix in a buffer that ends where it ends: a parser reading past it would fail with the JDK's
            // index exception, not give the answer it gives in the longer buffer.
            Outcome alone = outcome(Arrays.copyOf(whole, k), 0, k);
            assertThat(outcome(whole, 0, k)).as("%s cut at %d", line, k).isEqualTo(alone);
            if (alone.code() != null) {
                assertThat(alone.position()).as("%s cut at %d", line, k).isBetween(Malformed.NO_POSITION, k);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aLineEndsAtItsLineBreakWhateverFollows(String line) {
        byte[] whole = line.getBytes(StandardCharsets.UTF_8);
        byte[] more = (line + "\n{\"code\":\"next\"}\n").getBytes(StandardCharsets.UTF_8);
        Outcome alone = outcome(whole, 0, whole.length);
        Outcome followed = outcome(more, 0, more.length);
        assertThat(followed).isEqualTo(alone.fact() == null ? alone
                : new Outcome(alone.fact(), whole.length, 0, null, null, null));
        // Shifted by a prefix in the buffer: positions move with the start.
        byte[] shifted = ("xyz" + line + "\n").getBytes(StandardCharsets.UTF_8);
        Outcome atThree = outcome(shifted, 3, shifted.length);
        assertThat(atThree.fact()).isEqualTo(alone.fact());
        assertThat(atThree.code()).isEqualTo(alone.code());
        if (alone.fact() != null) {
            assertThat(atThree.lineEnd()).isEqualTo(whole.length + 3);
        } else if (alone.position() >= 0) {
            assertThat(atThree.position()).isEqualTo(alone.position() + 3);
        }
    }

    @Test
    void theAnswersOfTheLinesAreTheOnesExpected() {
        // A few answers pinned, so that the comparisons above compare something meaningful.
        assertThat(outcome(fact("\"distanceKm\":109,\"legalMaxMinutes\":900"))).satisfies(o -> {
            assertThat(o.fact().distanceKm()).isEqualTo(109);
            assertThat(o.fact().legalMaxMinutes()).isEqualTo(900);
        });
        assertThat(outcome(fact("\"distanceKm\":-12")).code()).isEqualTo("stats.facts.invalid");
        assertThat(outcome(fact("\"distanceKm\":1234567890")).code()).isEqualTo("stats.read.value");
        assertThat(outcome(fact("\"distanceKm\":123456789")).fact().distanceKm()).isEqualTo(123_456_789);
        int value = fact("\"distanceKm\":").length() - 1;
        for (String fraction : List.of("1.09", "2.90", "1e09", "1E+90", "3e-0", "7E9", "0.0")) {
            assertThat(outcome(fact("\"distanceKm\":" + fraction))).as(fraction).satisfies(o -> {
                assertThat(o.code()).isEqualTo("stats.read.type");
                assertThat(o.english()).isEqualTo("\"distanceKm\" must be a whole number");
                assertThat(o.position()).isEqualTo(value);
            });
        }
        int after = fact("\"feeBearing\":true").length() - 1;
        for (String literal : List.of("truex", "true1", "true\"")) {
            assertThat(outcome(fact("\"feeBearing\":" + literal))).as(literal).satisfies(o -> {
                assertThat(o.code()).isEqualTo("input.json");
                assertThat(o.position()).isEqualTo(after);
            });
        }
        assertThat(outcome(fact("\"feeBearing\":true ")).fact().feeBearing()).isTrue();
        assertThat(outcome(fact("\"feeBearing\":false")).fact().feeBearing()).isFalse();
        assertThat(outcome(fact("\"sector\":\"x\",\"c\\u006fde\":\"A\"")).fact().code()).isEqualTo("A");
        String twice = fact("\"s\\u0065ctor\":\"b\",\"s\\u0065ctor\":\"c\"");
        assertThat(outcome(twice)).satisfies(o -> {
            assertThat(o.code()).isEqualTo("input.duplicate-key");
            assertThat(o.position()).isEqualTo(twice.lastIndexOf("\"s\\u0065"));
        });
        String unknown = fact("\"sector\":\"a\",\"n\\u006fpe\":1");
        assertThat(outcome(unknown)).satisfies(o -> {
            assertThat(o.code()).isEqualTo("stats.read.unknown-field");
            assertThat(o.path()).isEqualTo("$.nope");
            assertThat(o.position()).isEqualTo(unknown.indexOf("\"n\\u006f"));
        });
    }

    private static Outcome outcome(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return outcome(b, 0, b.length);
    }

    static Outcome limited(int maxCharacters, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        FactsJsonParser parser = new FactsJsonParser(new ReadLimits(1 << 20, 1 << 20, 64, maxCharacters, 100, 100));
        try {
            return new Outcome(parser.parse(b, 0, b.length), parser.lineEnd(), 0, null, null, null);
        } catch (Malformed m) {
            return new Outcome(null, 0, m.position(), m.path(), m.code(), m.text().en());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what the string holds | its characters
        "abcde                  | 5",
        "ắằẳẵặ                  | 5",
        "😀😀😀😀😀             | 5",
        "ab😀dé                 | 5",
        "\\u0061bcd\\u00e9      | 5",
        "\\uD83D\\uDE00bcd\\n   | 5",
        "ắ\\u0062cd😀           | 5"})
    void aStringOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefused(String end, int characters) {
        // 30 characters: the required fields' values (the longest, a time, has 25) fit.
        String text = "ăâêôơ".repeat(5) + end;
        int limit = 25 + characters;
        for (String at : List.of(fact("\"sector\":\"%s\""), fact("\"code\":\"A\",\"sector\":\"%s\""))) {
            Outcome exact = limited(limit, at.formatted(text));
            assertThat(exact.code()).as(text).isNull();
            assertThat(exact.fact().sector()).isEqualTo(limited(100, at.formatted(text)).fact().sector());
            for (String more : List.of("x", "é", "😀", "\\u0078")) {
                Outcome over = limited(limit, at.formatted(text + more));
                assertThat(over.code()).as(text + more).isEqualTo("input.limit");
                assertThat(over.english()).isEqualTo("A string is longer than 30 characters");
                assertThat(over.path()).isEqualTo("$.sector");
                assertThat(over.position()).isEqualTo(at.indexOf("%s") - 1);
                Outcome before = limited(limit, at.formatted(more + text));
                assertThat(before.code()).as(more + text).isEqualTo("input.limit");
            }
        }
    }

    @Test
    void theStringLimitIsOnValuesNotOnKeys() {
        // The expected key matched in place, an out-of-order key and an escaped one: none is a value.
        // (The required fields' values are longer than 1 character: the limit is checked after the keys here.)
        for (String line : List.of("{\"code\":\"a\"}", "{\"sector\":\"a\"}", "{\"s\\u0065ctor\":\"a\"}")) {
            assertThat(limited(1, line).code()).as(line).isEqualTo("stats.facts.invalid");
        }
        String time = "{\"supplements\":[{\"requestedAt\":\"20260215080000\"}]," + BODY + "}";
        assertThat(limited(25, time).fact().supplementCount()).isEqualTo(1);
        Outcome tooLong = limited(13, time);
        assertThat(tooLong.code()).isEqualTo("input.limit");
        assertThat(tooLong.path()).isEqualTo("$.supplements[0].requestedAt");
        assertThat(tooLong.position()).isEqualTo(time.indexOf("\"2026"));
        // 14 characters: the supplement's time passes, the longer filedAt after it does not.
        assertThat(limited(14, time).path()).isEqualTo("$.filedAt");
    }

    @Test
    void aLongStringGrowsTheScratchBufferWithoutLosingABytes() {
        String text = "ắ".repeat(300) + "\\u00e9" + "😀".repeat(100) + "z";
        Outcome o = outcome(fact("\"sector\":\"" + text + "\""));
        assertThat(o.fact().sector()).isEqualTo("ắ".repeat(300) + "é" + "😀".repeat(100) + "z");
        for (int n = 120; n <= 140; n++) {
            String escaped = "\\n" + "x".repeat(n) + "é😀";
            assertThat(outcome(fact("\"sector\":\"" + escaped + "\"")).fact().sector()).isEqualTo("\n" + "x".repeat(n) + "é😀");
        }
    }
}
