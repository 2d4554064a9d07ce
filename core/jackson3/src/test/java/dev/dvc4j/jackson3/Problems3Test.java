package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.jackson3.internal.Problems3;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * Jackson 3's exceptions as the reading policy's problems where the readers' documents seldom lead: a problem dvc4j
 * raised inside Jackson keeps its own source and path, a location without a line is no position, a stream error that
 * data binding wrapped keeps its kind, and a value's constructor that refuses it is named as Jackson 2's reader names
 * it.
 */
class Problems3Test {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** dvc4j's own refusal, raised where Jackson reads: its problem, with its source and path as given. */
    private static InputFormatException guard(String source, String path) {
        return new InputFormatException(new ReadProblem(source, 3, 4, path, "input.utf8",
                LocalizedText.of("byte sai", "bad byte")), null);
    }

    private static JacksonException atPath(Throwable cause) {
        return JacksonException.wrapWithPath(JacksonException.wrapWithPath(cause, "holder", 2), new Object(), "items");
    }

    @Test
    void dvc4jsOwnProblemKeepsItsSourceUnlessTheReaderNamesOne() {
        ReadProblem unnamed = Problems3.of("", guard("inner.json", "$.a"), StrictJson.LIMITS);
        assertThat(unnamed.source()).isEqualTo("inner.json");
        ReadProblem named = Problems3.of("outer.json", guard("inner.json", "$.a"), StrictJson.LIMITS);
        assertThat(named.source()).isEqualTo("outer.json");
        assertThat(named).isEqualTo(new ReadProblem("outer.json", 3, 4, "$.a", "input.utf8",
                LocalizedText.of("byte sai", "bad byte")));
    }

    @Test
    void dvc4jsOwnProblemWithoutAPathTakesJacksonsPath_onlyThen() {
        assertThat(Problems3.of("", atPath(guard("", "")), StrictJson.LIMITS).path()).isEqualTo("$.items[2]");
        assertThat(Problems3.of("", atPath(guard("", "$.own")), StrictJson.LIMITS).path()).isEqualTo("$.own");
        assertThat(Problems3.of("", new IllegalStateException(guard("", "")), StrictJson.LIMITS).path()).isEmpty();
        assertThat(Problems3.of("", new IllegalStateException(guard("", "$.own")), StrictJson.LIMITS).path())
                .isEqualTo("$.own");
    }

    private static final String TOO_LONG = "Number value length (150) exceeds the maximum allowed (100, from "
            + "`StreamReadConstraints.getMaxNumberLength()`)";

    private static ReadProblem at(int line, int column) {
        return Problems3.of("", new StreamConstraintsException(TOO_LONG,
                new TokenStreamLocation(ContentReference.unknown(), -1L, line, column)), StrictJson.LIMITS);
    }

    @Test
    void aLocationWithoutALineIsNoPosition_aColumnNeverNegative() {
        assertThat(at(0, 5)).extracting(ReadProblem::line, ReadProblem::column).containsExactly(0L, 0L);
        assertThat(at(1, 5)).extracting(ReadProblem::line, ReadProblem::column).containsExactly(1L, 5L);
        assertThat(at(2, -1)).extracting(ReadProblem::line, ReadProblem::column).containsExactly(2L, 0L);
        assertThat(at(1, 0)).extracting(ReadProblem::line, ReadProblem::column).containsExactly(1L, 0L);
    }

    @Test
    void aStreamErrorThatDataBindingWrappedKeepsItsKind() {
        String tooLong = TOO_LONG;
        ReadProblem bare = Problems3.of("", new StreamConstraintsException(tooLong), StrictJson.LIMITS);
        assertThat(bare.code()).isEqualTo("input.limit.number");
        ReadProblem wrapped = Problems3.of("", DatabindException.from((JsonParser) null, "wrapped",
                new IllegalStateException(new StreamConstraintsException(tooLong))), StrictJson.LIMITS);
        assertThat(wrapped.code()).isEqualTo(bare.code());
        assertThat(wrapped.message()).isEqualTo(bare.message());
        ReadProblem twice = Problems3.of("", DatabindException.from((JsonParser) null, "outer",
                DatabindException.from((JsonParser) null, "inner", new StreamConstraintsException(tooLong))),
                StrictJson.LIMITS);
        assertThat(twice.code()).isEqualTo(bare.code());
        ReadProblem alone = Problems3.of("", DatabindException.from((JsonParser) null, "alone"), StrictJson.LIMITS);
        assertThat(alone.code()).isEqualTo("input.invalid-value");
        assertThat(alone.message().en()).isEqualTo("invalid value, expected a value of the right form");
        assertThat(alone.message().vi()).isEqualTo("giá trị không hợp lệ, cần giá trị đúng định dạng");
    }

    @Test
    void aDataBindingErrorCausedByAMissingValueNamesIt() {
        ReadProblem missing = Problems3.of("", DatabindException.from((JsonParser) null, "npe",
                new NullPointerException("applicant")), StrictJson.LIMITS);
        assertThat(missing.code()).isEqualTo("input.missing");
        assertThat(missing.message().en()).contains("applicant");
        assertThat(missing.message().vi()).contains("applicant");
    }

    @Test
    void aMismatchWhoseMessageNamesNoTypeNamesTheParsersToken_orTheEnd() {
        try (JsonParser p = Dvc4jJson3.newMapper().createParser("[1]")) {
            ReadProblem before = Problems3.of("", tools.jackson.databind.exc.MismatchedInputException.from(p, Integer.class,
                    "odd"), StrictJson.LIMITS);
            assertThat(before.code()).isEqualTo("input.wrong-type");
            assertThat(before.message().en()).isEqualTo("wrong type: expected an integer, found the end of the input");
            assertThat(before.message().vi()).isEqualTo("sai kiểu: cần số nguyên, nhận được hết dữ liệu");
            p.nextToken();
            ReadProblem atArray = Problems3.of("", tools.jackson.databind.exc.MismatchedInputException.from(p, Integer.class,
                    "odd"), StrictJson.LIMITS);
            assertThat(atArray.message().en()).isEqualTo("wrong type: expected an integer, found an array");
            assertThat(atArray.message().vi()).isEqualTo("sai kiểu: cần số nguyên, nhận được mảng");
        }
        ReadProblem noParser = Problems3.of("", tools.jackson.databind.exc.MismatchedInputException.from((JsonParser) null,
                Integer.class, "odd"), StrictJson.LIMITS);
        assertThat(noParser.message().en()).isEqualTo("wrong type: expected an integer, found the end of the input");
    }

    @Test
    void aFailureThatIsNotJacksonsIsAnInputOutputProblem() {
        ReadProblem io = Problems3.of("s.json", new IllegalStateException("disk gone"), StrictJson.LIMITS);
        assertThat(io.code()).isEqualTo("input.io");
        assertThat(io.source()).isEqualTo("s.json");
        assertThat(io.message().en()).contains("disk gone");
        assertThat(io.message().vi()).contains("disk gone");
        assertThat(io.line()).isZero();
        assertThat(io.path()).isEmpty();
    }

    /** A value whose constructor refuses it with a plain exception, not a dvc4j one. */
    record Positive(int n, String name) {
        Positive {
            Objects.requireNonNull(name, "name");
            if (n < 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }

    @Test
    void aConstructorThatRefusesTheValueIsNamedAsJackson2NamesIt() {
        for (String json : new String[] {"{\"n\":-1,\"name\":\"a\"}", "{\"n\":1}"}) {
            WireFormatException two = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(json, Positive.class));
            WireFormatException three = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson3.read(json, Positive.class));
            assertThat(three).as(json).isNotNull();
            assertThat(three.problem().code()).isEqualTo(two.problem().code())
                    .isEqualTo(json.contains("name") ? "input.invalid-value" : "input.missing");
            assertThat(three.getMessage(Locale.ENGLISH)).isEqualTo(two.getMessage(Locale.ENGLISH));
            assertThat(three.getMessage(VI)).isEqualTo(two.getMessage(VI));
        }
    }
}
