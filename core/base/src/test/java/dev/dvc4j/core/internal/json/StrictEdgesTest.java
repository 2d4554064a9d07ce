package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reader's remaining edges: the exact document limit, stale buffer bytes, problems without a type named. */
class StrictEdgesTest {

    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;

    @Test
    void aDocumentOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() {
        int limit = (int) StrictJson.MAX_DOCUMENT_LENGTH;
        String exact = "a".repeat(limit);
        assertThat(StrictJson.checked("d", exact)).isSameAs(exact);
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> StrictJson.checked("d", exact + "b"));
        assertThat(e.code()).isEqualTo("input.limit.document");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("d: the document is longer than 67,108,864 bytes");
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("d: tài liệu dài quá 67.108.864 byte");
    }

    @Test
    void aSequenceCutShortByTheEndIsRefusedWhateverTheBufferHeldBefore() throws IOException {
        // The first read fills the 8 KiB buffer; "é" at bytes 2-3 stays behind in it after the last pair is moved to the
        // front, so the byte after a final lone C3 is an old A9, which must not complete it.
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("aaé".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("a".repeat(8184).getBytes(StandardCharsets.UTF_8));
        b.writeBytes("éé".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3);
        assertThat(b.size()).isEqualTo(8193);
        StringBuilder got = new StringBuilder();
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> {
            try (Reader r = new Utf8Input("t", new ByteArrayInputStream(b.toByteArray()), Long.MAX_VALUE)) {
                char[] buf = new char[100_000];
                int n;
                while ((n = r.read(buf, 0, buf.length)) >= 0) {
                    got.append(buf, 0, n);
                }
            }
        });
        assertThat(e.code()).isEqualTo("input.utf8");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("t:1:8190: byte 0xC3 is not valid UTF-8");
        assertThat(got.toString()).endsWith("aéé");
    }

    @Test
    void aDocumentLimitReachedAtTheFirstCharacterOfAReadIsThrownAtOnce() throws IOException {
        Utf8Input in = new Utf8Input("t", new ByteArrayInputStream("ế".getBytes(StandardCharsets.UTF_8)), 2);
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> in.read(new char[4], 0, 4));
        assertThat(e.code()).isEqualTo("input.limit.document");
        assertThat(e.problem().column()).isEqualTo(1);
    }

    @Test
    void aFractionRunningToTheEndLeavesTheFastPath() {
        assertThat(VnTimes.fast("2026-02-13T16:00:00.5".toCharArray(), 0, 21)).isNull();
        assertThatThrownBy(() -> VnTimes.parse("2026-02-13T16:00:00.5")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aMismatchWithoutATypeInItsMessageNamesTheParsersToken() throws IOException {
        try (JsonParser p = StrictJson.shared().getFactory().createParser("[true]")) {
            p.nextToken();
            p.nextToken();
            MismatchedInputException e = MismatchedInputException.from(p, String.class, "no type named here");
            ReadProblem problem = JsonProblems.of("d", e, LIMITS);
            assertThat(problem.code()).isEqualTo("input.wrong-type");
            assertThat(problem.message().en()).isEqualTo("wrong type: expected a string, found true or false");
            assertThat(problem.path()).isEqualTo("$[0]");
            assertThat(problem.line()).isEqualTo(1);
        }
        MismatchedInputException noParser = MismatchedInputException.from((JsonParser) null, String.class, "no type named here");
        assertThat(JsonProblems.of("d", noParser, LIMITS).message().en()).isEqualTo("wrong type: expected a string, found the end of the input");
    }

    @Test
    void aConstructorsFailureWithOrWithoutItsType() {
        ValueInstantiationException untyped = ValueInstantiationException.from((JsonParser) null, "x", null, new IllegalStateException("no"));
        assertThat(JsonProblems.of("d", untyped, LIMITS).message())
                .isEqualTo(LocalizedText.of("giá trị không hợp lệ, cần giá trị đúng định dạng", "invalid value, expected a value of the right form"));
        ValueInstantiationException typed = ValueInstantiationException.from((JsonParser) null, "x",
                StrictJson.shared().constructType(LocalDate.class), new IllegalStateException("no"));
        assertThat(JsonProblems.of("d", typed, LIMITS).message().en()).isEqualTo("invalid value, expected an ISO-8601 date string (yyyy-MM-dd)");
        JsonMappingException first = JsonMappingException.from((JsonParser) null, "x");
        first.prependPath(new JsonMappingException.Reference(null, 0));
        assertThat(JsonProblems.path(first)).as("the first element of an array").isEqualTo("$[0]");
    }

    /** A labelled enum with its own factory, which the module leaves to it. */
    enum Size implements Labelled {
        SMALL, LARGE;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }

        @JsonCreator
        static Size of(String text) {
            return text.equals("S") ? SMALL : LARGE;
        }
    }

    /** A labelled enum without one. */
    enum Channel implements Labelled {
        ONLINE, DESK;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }
    }

    @Test
    void anEnumsOwnFactoryIsKeptAndAnUnknownKeyIsRefused() throws IOException {
        JsonMapper mapper = StrictJson.newMapper();
        assertThat(mapper.readValue("\"S\"", Size.class)).isEqualTo(Size.SMALL);
        InputFormatException key = catchThrowableOfType(InputFormatException.class, () -> StrictJson.read(
                StrictJson.parser(mapper, "k.json", "{\"desk\":1,\"post\":2}"),
                mapper.readerFor(new TypeReference<Map<Channel, Integer>>() { }), "k.json"));
        assertThat(key.code()).isEqualTo("input.invalid-value");
        assertThat(key.getMessage(Locale.ENGLISH)).isEqualTo("k.json:1:11 ($.post): invalid value \"post\", expected a string");
    }
}
