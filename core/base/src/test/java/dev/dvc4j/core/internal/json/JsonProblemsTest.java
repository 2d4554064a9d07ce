package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.internal.json.InputTexts.JsonType;
import dev.dvc4j.core.internal.json.InputTexts.Limit;
import dev.dvc4j.core.internal.json.InputTexts.Syntax;
import dev.dvc4j.core.internal.json.JsonProblems.Kind;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How every failure of reading JSON becomes one problem: its code, position and path, and its text in both languages,
 * from the documents that cause it and from the library messages the classifier reads.
 */
class JsonProblemsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ReadLimits LIMITS = ReadLimits.DEFAULTS;

    record Item(int n, String s, List<Integer> xs) {
    }

    record Named(String name) {
        Named {
            Objects.requireNonNull(name, "name");
        }
    }

    record Values(LocalDate d, Boolean b, Double x, TaxCode tax) {
    }

    record Written(String text) {
        @com.fasterxml.jackson.annotation.JsonValue
        String text(int ignored) {
            return text;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        String written() {
            return text;
        }
    }

    record NotWritten(String text) {
        @com.fasterxml.jackson.annotation.JsonValue(false)
        String written() {
            return text;
        }
    }

    record Itself(String text) {
        @com.fasterxml.jackson.annotation.JsonValue
        Itself written() {
            return this;
        }
    }

    private static InputFormatException refusal(String json, Class<?> type) {
        return catchThrowableOfType(InputFormatException.class, () -> StrictJson.read("p.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type));
    }

    /** Asserts the code and both texts of the refusal of a document. */
    private static void refused(String json, Class<?> type, String code, String en, String vi) {
        InputFormatException e = refusal(json, type);
        assertThat(e).as(json).isNotNull();
        assertThat(e.code()).as(json).isEqualTo(code);
        assertThat(e.getMessage(Locale.ENGLISH)).as(json).isEqualTo(en);
        assertThat(e.getMessage(VI)).as(json).isEqualTo(vi);
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesWhatWasExpectedAndFound() {
        refused("{\"n\":1.5}", Item.class, "input.wrong-type",
                "p.json:1:6 ($.n): wrong type: expected an integer, found a decimal number",
                "p.json:1:6 ($.n): sai kiểu: cần số nguyên, nhận được số thập phân");
        refused("{\"n\":\"1\"}", Item.class, "input.wrong-type",
                "p.json:1:6 ($.n): wrong type: expected an integer, found a string",
                "p.json:1:6 ($.n): sai kiểu: cần số nguyên, nhận được chuỗi");
        refused("{\"s\":1}", Item.class, "input.wrong-type",
                "p.json:1:6 ($.s): wrong type: expected a string, found an integer",
                "p.json:1:6 ($.s): sai kiểu: cần chuỗi, nhận được số nguyên");
        refused("{\"s\":true}", Item.class, "input.wrong-type",
                "p.json:1:6 ($.s): wrong type: expected a string, found true or false",
                "p.json:1:6 ($.s): sai kiểu: cần chuỗi, nhận được true hoặc false");
        refused("{\"xs\":[1,\"a\"]}", Item.class, "input.wrong-type",
                "p.json:1:10 ($.xs[1]): wrong type: expected an integer, found a string",
                "p.json:1:10 ($.xs[1]): sai kiểu: cần số nguyên, nhận được chuỗi");
        refused("{\"xs\":{}}", Item.class, "input.wrong-type",
                "p.json:1:7 ($.xs): wrong type: expected an array, found an object",
                "p.json:1:7 ($.xs): sai kiểu: cần mảng, nhận được đối tượng");
        refused("{\"b\":1}", Values.class, "input.wrong-type",
                "p.json:1:6 ($.b): wrong type: expected true or false, found an integer",
                "p.json:1:6 ($.b): sai kiểu: cần true hoặc false, nhận được số nguyên");
        refused("{\"x\":\"1\"}", Values.class, "input.wrong-type",
                "p.json:1:6 ($.x): wrong type: expected a number, found a string",
                "p.json:1:6 ($.x): sai kiểu: cần số, nhận được chuỗi");
        refused("[1,2]", Item.class, "input.wrong-type",
                "p.json:1:1 ($[0]): wrong type: expected an object, found an array",
                "p.json:1:1 ($[0]): sai kiểu: cần đối tượng, nhận được mảng");
    }

    @Test
    void keysAndValuesTheFormatDoesNotHave() {
        refused("{\"n\":1,\"n\":2}", Item.class, "input.duplicate-key",
                "p.json:1:8 ($.n): key \"n\" appears twice in one object",
                "p.json:1:8 ($.n): khóa \"n\" xuất hiện hai lần trong một đối tượng");
        refused("{\"a\":{\"b\":[1,{\"c\":1,\"c\":2}]}}", JsonNode.class, "input.duplicate-key",
                "p.json:1:21 ($.a.b[1].c): key \"c\" appears twice in one object",
                "p.json:1:21 ($.a.b[1].c): khóa \"c\" xuất hiện hai lần trong một đối tượng");
        refused("{\"n\":1,\"zz\":2}", Item.class, "input.unknown-property",
                "p.json:1:15 ($.zz): unknown property \"zz\"",
                "p.json:1:15 ($.zz): thuộc tính \"zz\" không có trong định dạng");
        refused("{}", Named.class, "input.missing",
                "p.json:1:2 ($): the required value \"name\" is missing or null",
                "p.json:1:2 ($): thiếu giá trị bắt buộc \"name\" (hoặc giá trị là null)");
        refused("{\"d\":\"2026-02-30\"}", Values.class, "input.invalid-value",
                "p.json:1:6 ($.d): invalid value \"2026-02-30\", expected an ISO-8601 date string (yyyy-MM-dd)",
                "p.json:1:6 ($.d): giá trị \"2026-02-30\" không hợp lệ, cần chuỗi ngày ISO-8601 (yyyy-MM-dd)");
        refused("{\"tax\":\"123\"}", Values.class, "id.invalid.TaxCode",
                "p.json:1:8 ($.tax): Tax code \"***\" is invalid: must be 10 digits, 13 digits (10-3) or a 12-digit"
                        + " personal identification number",
                "p.json:1:8 ($.tax): Mã số thuế \"***\" không hợp lệ: phải gồm 10 chữ số, 13 chữ số (10-3) hoặc số"
                        + " định danh cá nhân 12 chữ số");
    }

    @Test
    void documentsThatAreNotOneValue() {
        refused("", Item.class, "input.empty", "p.json ($): the document is empty", "p.json ($): tài liệu rỗng");
        refused("  \n ", Item.class, "input.empty", "p.json ($): the document is empty", "p.json ($): tài liệu rỗng");
        refused("null", Item.class, "input.null", "p.json:1:1 ($): the document is null, not a value",
                "p.json:1:1 ($): tài liệu là null, không phải một giá trị");
        refused("\n  null", Item.class, "input.null", "p.json:2:3 ($): the document is null, not a value",
                "p.json:2:3 ($): tài liệu là null, không phải một giá trị");
        refused("{\"n\":1} {}", Item.class, "input.trailing", "p.json:1:9 ($): there is content after the end of the document",
                "p.json:1:9 ($): còn dữ liệu sau khi tài liệu đã kết thúc");
        refused("{\"n\":1}\n\n  7", Item.class, "input.trailing",
                "p.json:3:3 ($): there is content after the end of the document",
                "p.json:3:3 ($): còn dữ liệu sau khi tài liệu đã kết thúc");
        InputFormatException fromText = catchThrowableOfType(InputFormatException.class,
                () -> StrictJson.readTree("t.json", "[1] 2"));
        assertThat(fromText.problem()).isEqualTo(new ReadProblem("t.json", 1, 5, "$", "input.trailing", InputTexts.trailing()));
    }

    @Test
    void malformedJsonSaysWhatIsWrongWithIt() {
        refused("{\"n\":", Item.class, "input.syntax",
                "p.json:1:6 ($.n): malformed JSON: the document ends in the middle of a value",
                "p.json:1:6 ($.n): JSON sai cú pháp: tài liệu kết thúc giữa chừng");
        refused("{\"n\":1]", Item.class, "input.syntax",
                "p.json:1:7 ($.n): malformed JSON: the closing ']' or '}' does not match what it closes",
                "p.json:1:7 ($.n): JSON sai cú pháp: dấu đóng ']' hoặc '}' không khớp với dấu mở");
        refused("{\"n\":tru}", Item.class, "input.syntax", "p.json:1:6 ($.n): malformed JSON: \"tru\" is not a JSON value",
                "p.json:1:6 ($.n): JSON sai cú pháp: \"tru\" không phải giá trị JSON");
        refused("{\"a\":[1,2,x]}", JsonNode.class, "input.syntax", "p.json:1:11 ($.a[2]): malformed JSON: \"x\" is not a JSON value",
                "p.json:1:11 ($.a[2]): JSON sai cú pháp: \"x\" không phải giá trị JSON");
        refused("{\"n\":NaN}", Item.class, "input.syntax",
                "p.json:1:9 ($.n): malformed JSON: NaN and Infinity are not JSON numbers",
                "p.json:1:9 ($.n): JSON sai cú pháp: NaN và Infinity không phải số JSON");
        refused("{\"s\":\"a\\qb\"}", Item.class, "input.syntax", "p.json:1:9 ($.s): malformed JSON: an invalid escape sequence",
                "p.json:1:9 ($.s): JSON sai cú pháp: chuỗi thoát không hợp lệ");
        refused("{\"s\":\"a\u0001b\"}", Item.class, "input.syntax",
                "p.json:1:8 ($.s): malformed JSON: an unescaped control character in a string",
                "p.json:1:8 ($.s): JSON sai cú pháp: ký tự điều khiển chưa thoát trong chuỗi");
        refused("{\"n\":01}", Item.class, "input.syntax", "p.json:1:7 ($.n): malformed JSON: an invalid number",
                "p.json:1:7 ($.n): JSON sai cú pháp: số không hợp lệ");
        refused("{\"n\":1,}", Item.class, "input.syntax", "p.json:1:8 ($.n): malformed JSON: character '}' is not allowed here",
                "p.json:1:8 ($.n): JSON sai cú pháp: ký tự '}' không được phép ở đây");
    }

    @Test
    void limitsNameTheLimitInBothLanguages() {
        refused("[".repeat(65) + "]".repeat(65), JsonNode.class, "input.limit.depth", "p.json: nested deeper than 64 levels",
                "p.json: lồng sâu quá 64 cấp");
        assertThat(StrictJson.readTree("p.json", "[".repeat(64) + "]".repeat(64)).isArray()).as("exactly the limit").isTrue();
        refused("{\"n\":" + "1".repeat(101) + "}", JsonNode.class, "input.limit.number",
                "p.json: a number is longer than 100 characters", "p.json: số dài quá 100 ký tự");
        refused("{\"" + "a".repeat(50_001) + "\":1}", JsonNode.class, "input.limit.name",
                "p.json: a property name is longer than 50,000 characters", "p.json: tên thuộc tính dài quá 50.000 ký tự");
    }

    @Test
    void syntaxMessagesAreReadByTheirWording() {
        assertThat(JsonProblems.syntax("Unexpected end-of-input within/between Object entries").text())
                .isEqualTo(InputTexts.syntax(Syntax.END, ""));
        assertThat(JsonProblems.syntax("Unexpected end-of-input: expected close marker").text())
                .isEqualTo(InputTexts.syntax(Syntax.END, ""));
        assertThat(JsonProblems.syntax("Illegal unquoted character ((CTRL-CHAR, code 1))").text())
                .isEqualTo(InputTexts.syntax(Syntax.CONTROL, ""));
        assertThat(JsonProblems.syntax("Illegal unquoted character (code 9)").text())
                .isEqualTo(InputTexts.syntax(Syntax.CONTROL, ""));
        assertThat(JsonProblems.syntax("Unexpected close marker '}'").text()).isEqualTo(InputTexts.syntax(Syntax.CLOSE, ""));
        assertThat(JsonProblems.syntax("Unexpected character ('x' (code 120))").text().en())
                .isEqualTo("malformed JSON: character 'x' is not allowed here");
        assertThat(JsonProblems.syntax("Unrecognized token 'nul': was expecting").text().vi())
                .isEqualTo("JSON sai cú pháp: \"nul\" không phải giá trị JSON");
        assertThat(JsonProblems.syntax("Non-standard token 'Infinity'").text()).isEqualTo(InputTexts.syntax(Syntax.NON_NUMERIC, ""));
        assertThat(JsonProblems.syntax("Unrecognized character escape 'q'").text()).isEqualTo(InputTexts.syntax(Syntax.ESCAPE, ""));
        for (String number : List.of("Invalid numeric value: Leading zeroes not allowed", "Leading zeroes not allowed",
                "Invalid number: 1.", "Malformed numeric value ('1e')")) {
            assertThat(JsonProblems.syntax(number).text()).as(number).isEqualTo(InputTexts.syntax(Syntax.NUMBER, ""));
        }
        assertThat(JsonProblems.syntax("Something else").text()).isEqualTo(InputTexts.syntax(Syntax.OTHER, ""));
        assertThat(JsonProblems.syntax("Something else").code()).isEqualTo("input.syntax");
        assertThat(JsonProblems.syntax("Something else").path()).isNull();
    }

    @Test
    void aMalformedByteInTheLibrarysWordingKeepsItsValue() {
        Kind k = JsonProblems.syntax("Invalid UTF-8 start byte 0xfe");
        assertThat(k.code()).isEqualTo("input.utf8");
        assertThat(k.text()).isEqualTo(LocalizedText.of("byte 0xFE không phải UTF-8 hợp lệ", "byte 0xFE is not valid UTF-8"));
        assertThat(JsonProblems.syntax("Invalid UTF-8 middle byte 0x41 at").text().en()).isEqualTo("byte 0x41 is not valid UTF-8");
        assertThat(JsonProblems.syntax("Invalid UTF-8 byte").text().en()).as("no byte named").isEqualTo("byte 0x00 is not valid UTF-8");
        assertThat(JsonProblems.syntax("Invalid UTF-8 byte 0x").text().en()).isEqualTo("byte 0x00 is not valid UTF-8");
        assertThat(JsonProblems.syntax("Invalid UTF-8 byte 0xf").text().en()).isEqualTo("byte 0x00 is not valid UTF-8");
        assertThat(JsonProblems.syntax("Invalid UTF-8 byte 0xzz").text().en()).isEqualTo("byte 0x00 is not valid UTF-8");
    }

    @Test
    void limitMessagesNameTheLimitAndItsValue() {
        ReadLimits small = new ReadLimits(5, 6, 7, 8, 9, 10);
        assertThat(JsonProblems.limit("String value length (9) exceeds", small))
                .isEqualTo(new Kind("input.limit.string", Limit.STRING.text(8)));
        assertThat(JsonProblems.limit("Number value length (10) exceeds", small))
                .isEqualTo(new Kind("input.limit.number", Limit.NUMBER.text(9)));
        assertThat(JsonProblems.limit("Document nesting depth (8) exceeds", small))
                .isEqualTo(new Kind("input.limit.depth", Limit.DEPTH.text(7)));
        assertThat(JsonProblems.limit("Name length (50001) exceeds", small))
                .isEqualTo(new Kind("input.limit.name", Limit.NAME.text(50_000)));
        assertThat(JsonProblems.limit("Token count (2000001) exceeds", small))
                .isEqualTo(new Kind("input.limit.tokens", Limit.TOKENS.text(2_000_000)));
        assertThat(JsonProblems.limit("Document length (7) exceeds", small))
                .isEqualTo(new Kind("input.limit.document", Limit.DOCUMENT.text(6)));
        assertThat(Limit.TOKENS.text(2_000_000)).isEqualTo(LocalizedText.of("tài liệu có quá 2.000.000 phần tử cú pháp",
                "the document has more than 2,000,000 tokens"));
        assertThat(Limit.STRING.text(1_000_000)).isEqualTo(LocalizedText.of("chuỗi dài quá 1.000.000 ký tự",
                "a string is longer than 1,000,000 characters"));
        assertThat(Limit.DOCUMENT.text(67_108_864)).isEqualTo(LocalizedText.of("tài liệu dài quá 67.108.864 byte",
                "the document is longer than 67,108,864 bytes"));
    }

    @Test
    void aDuplicateKeyIsNamedInEitherLibrarysWording() {
        assertThat(JsonProblems.duplicate("Duplicate field 'tên'")).isEqualTo(new Kind("input.duplicate-key",
                LocalizedText.of("khóa \"tên\" xuất hiện hai lần trong một đối tượng", "key \"tên\" appears twice in one object")));
        assertThat(JsonProblems.duplicate("Duplicate Object property \"a\" for ObjectNode").text().en())
                .isEqualTo("key \"a\" appears twice in one object");
        assertThat(JsonProblems.duplicate("Duplicate Object property \"a").text().en()).isEqualTo("key \"\" appears twice in one object");
        assertThat(JsonProblems.duplicate("Duplicate Object property").text().en()).isEqualTo("key \"\" appears twice in one object");
        assertThat(JsonProblems.duplicate("Duplicate field '042095001234'").text().en())
                .as("a value that could be a personal number is masked").isEqualTo("key \"0420******34\" appears twice in one object");
    }

    @Test
    void aMismatchSaysWhichOfItsKindsItIs() {
        assertThat(JsonProblems.mismatch("Trailing token (of type START_OBJECT)", Item.class, JsonType.OBJECT))
                .isEqualTo(new Kind("input.trailing", InputTexts.trailing()));
        assertThat(JsonProblems.mismatch("No content to map due to end-of-input", Item.class, JsonType.END))
                .isEqualTo(new Kind("input.empty", InputTexts.empty(), "$"));
        assertThat(JsonProblems.mismatch("Missing required creator property 'code' (index 0)", Item.class, JsonType.OBJECT))
                .isEqualTo(new Kind("input.missing", LocalizedText.of("thiếu giá trị bắt buộc \"code\" (hoặc giá trị là null)",
                        "the required value \"code\" is missing or null")));
        assertThat(JsonProblems.mismatch("Cannot deserialize value of type `int` from Array value", int.class, JsonType.OBJECT).text().en())
                .as("the type in the message wins").isEqualTo("wrong type: expected an integer, found an array");
        assertThat(JsonProblems.mismatch("Cannot coerce empty String (\"\") to `int`", int.class, JsonType.OBJECT).text().en())
                .isEqualTo("wrong type: expected an integer, found a string");
        assertThat(JsonProblems.mismatch("Cannot coerce Null value", int.class, JsonType.OBJECT).text().en())
                .isEqualTo("wrong type: expected an integer, found null");
        assertThat(JsonProblems.mismatch("Cannot deserialize from Object token", String.class, JsonType.INTEGER).text().en())
                .isEqualTo("wrong type: expected a string, found an object");
        assertThat(JsonProblems.mismatch("Unexpected token", String.class, JsonType.BOOLEAN))
                .as("nothing in the message: the parser's current token")
                .isEqualTo(new Kind("input.wrong-type", LocalizedText.of("sai kiểu: cần chuỗi, nhận được true hoặc false",
                        "wrong type: expected a string, found true or false")));
    }

    @Test
    void aConstructorsRefusalWithoutADvc4jErrorIsAMissingOrInvalidValue() {
        assertThat(JsonProblems.instantiation(new NullPointerException("receivedAt"), Item.class))
                .isEqualTo(new Kind("input.missing", InputTexts.missing("receivedAt")));
        String longest = "a" + "b".repeat(40);
        assertThat(JsonProblems.instantiation(new NullPointerException(longest), null).text())
                .isEqualTo(InputTexts.missing(longest));
        assertThat(JsonProblems.instantiation(new NullPointerException(longest + "c"), null).text())
                .as("not a name: not shown").isEqualTo(InputTexts.missing(null));
        assertThat(JsonProblems.instantiation(new NullPointerException("Cannot invoke \"String.length()\""), null).text())
                .isEqualTo(InputTexts.missing(null));
        assertThat(JsonProblems.instantiation(new NullPointerException("1abc"), null).text()).isEqualTo(InputTexts.missing(null));
        assertThat(JsonProblems.instantiation(new NullPointerException(), null).text())
                .isEqualTo(LocalizedText.of("thiếu giá trị bắt buộc (hoặc giá trị là null)", "a required value is missing or null"));
        assertThat(JsonProblems.instantiation(new IllegalArgumentException("no"), LocalDate.class))
                .isEqualTo(new Kind("input.invalid-value", LocalizedText.of("giá trị không hợp lệ, cần chuỗi ngày ISO-8601 (yyyy-MM-dd)",
                        "invalid value, expected an ISO-8601 date string (yyyy-MM-dd)")));
    }

    @Test
    void anInvalidScalarIsAWrongTypeOnlyWhenItsJsonTypeIsWrong() {
        assertThat(JsonProblems.invalidFormat("x", int.class).text().en()).isEqualTo("wrong type: expected an integer, found a string");
        assertThat(JsonProblems.invalidFormat(true, String.class).text().en()).isEqualTo("wrong type: expected a string, found true or false");
        assertThat(JsonProblems.invalidFormat(1.5d, int.class).text().en()).isEqualTo("wrong type: expected an integer, found a decimal number");
        assertThat(JsonProblems.invalidFormat(1.5f, int.class).text().en()).isEqualTo("wrong type: expected an integer, found a decimal number");
        assertThat(JsonProblems.invalidFormat(new BigDecimal("1.5"), long.class).text().en())
                .isEqualTo("wrong type: expected an integer, found a decimal number");
        assertThat(JsonProblems.invalidFormat(7L, String.class).code()).isEqualTo("input.wrong-type");
        assertThat(JsonProblems.invalidFormat(7L, String.class).text().vi()).isEqualTo("sai kiểu: cần chuỗi, nhận được số nguyên");
        assertThat(JsonProblems.invalidFormat(7, Boolean.class).text().en()).isEqualTo("wrong type: expected true or false, found an integer");
        // an integer is a number; a value of its own form, a date or a date-time is only invalid
        assertThat(JsonProblems.invalidFormat(7, Double.class))
                .isEqualTo(new Kind("input.invalid-value", LocalizedText.of("giá trị \"7\" không hợp lệ, cần số", "invalid value \"7\", expected a number")));
        assertThat(JsonProblems.invalidFormat(1.5d, Double.class).text().en()).isEqualTo("wrong type: expected a number, found a decimal number");
        assertThat(JsonProblems.invalidFormat("x", Object.class).code()).isEqualTo("input.invalid-value");
        assertThat(JsonProblems.invalidFormat(5, LocalDate.class).text().en())
                .isEqualTo("invalid value \"5\", expected an ISO-8601 date string (yyyy-MM-dd)");
        assertThat(JsonProblems.invalidFormat(5, Instant.class).text().en())
                .isEqualTo("invalid value \"5\", expected an ISO-8601 date-time string");
        assertThat(JsonProblems.invalidFormat("x", String.class).text().en()).as("the right type, a wrong value")
                .isEqualTo("invalid value \"x\", expected a string");
        assertThat(JsonProblems.invalidFormat(List.of(), String.class).text().en()).isEqualTo("invalid value \"[]\", expected a string");
        assertThat(JsonProblems.invalidFormat(null, int.class).text())
                .isEqualTo(LocalizedText.of("giá trị không hợp lệ, cần số nguyên", "invalid value, expected an integer"));
    }

    @Test
    void everyTokenHasItsJsonType() {
        assertThat(JsonProblems.found(null)).isEqualTo(JsonType.END);
        assertThat(JsonProblems.found(JsonToken.START_OBJECT)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonProblems.found(JsonToken.END_OBJECT)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonProblems.found(JsonToken.FIELD_NAME)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonProblems.found(JsonToken.START_ARRAY)).isEqualTo(JsonType.ARRAY);
        assertThat(JsonProblems.found(JsonToken.END_ARRAY)).isEqualTo(JsonType.ARRAY);
        assertThat(JsonProblems.found(JsonToken.VALUE_STRING)).isEqualTo(JsonType.STRING);
        assertThat(JsonProblems.found(JsonToken.VALUE_NUMBER_INT)).isEqualTo(JsonType.INTEGER);
        assertThat(JsonProblems.found(JsonToken.VALUE_NUMBER_FLOAT)).isEqualTo(JsonType.DECIMAL);
        assertThat(JsonProblems.found(JsonToken.VALUE_TRUE)).isEqualTo(JsonType.BOOLEAN);
        assertThat(JsonProblems.found(JsonToken.VALUE_FALSE)).isEqualTo(JsonType.BOOLEAN);
        assertThat(JsonProblems.found(JsonToken.VALUE_NULL)).isEqualTo(JsonType.NULL);
        assertThat(JsonProblems.found(JsonToken.VALUE_EMBEDDED_OBJECT)).isEqualTo(JsonType.VALUE);
        assertThat(JsonProblems.found(JsonToken.NOT_AVAILABLE)).isEqualTo(JsonType.VALUE);
    }

    @Test
    void everyJavaTypeIsReadFromItsJsonType() {
        assertThat(JsonType.of(null)).isEqualTo(JsonType.VALUE);
        for (Class<?> t : List.of(String.class, Character.class, char.class, Syntax.class)) {
            assertThat(JsonType.of(t)).as(t.getName()).isEqualTo(JsonType.STRING);
        }
        assertThat(JsonType.of(Boolean.class)).isEqualTo(JsonType.BOOLEAN);
        assertThat(JsonType.of(boolean.class)).isEqualTo(JsonType.BOOLEAN);
        for (Class<?> t : List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class, Byte.class,
                byte.class, BigInteger.class)) {
            assertThat(JsonType.of(t)).as(t.getName()).isEqualTo(JsonType.INTEGER);
        }
        for (Class<?> t : List.of(Double.class, double.class, Float.class, float.class, BigDecimal.class, Number.class)) {
            assertThat(JsonType.of(t)).as(t.getName()).isEqualTo(JsonType.NUMBER);
        }
        for (Class<?> t : List.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class)) {
            assertThat(JsonType.of(t)).as(t.getName()).isEqualTo(JsonType.DATE_TIME);
        }
        assertThat(JsonType.of(LocalDate.class)).isEqualTo(JsonType.DATE);
        assertThat(JsonType.of(List.class)).isEqualTo(JsonType.ARRAY);
        assertThat(JsonType.of(java.util.Set.class)).isEqualTo(JsonType.ARRAY);
        assertThat(JsonType.of(int[].class)).isEqualTo(JsonType.ARRAY);
        assertThat(JsonType.of(Map.class)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(TaxCode.class)).as("a value type is what its @JsonValue writes").isEqualTo(JsonType.STRING);
        assertThat(JsonType.of(dev.dvc4j.core.money.Vnd.class)).isEqualTo(JsonType.INTEGER);
        assertThat(JsonType.of(Written.class)).isEqualTo(JsonType.STRING);
        assertThat(JsonType.of(NotWritten.class)).as("@JsonValue(false)").isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(Itself.class)).as("a value that is itself").isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(Item.class)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(Item.class)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(ObjectNode.class)).isEqualTo(JsonType.OBJECT);
        assertThat(JsonType.of(Object.class)).isEqualTo(JsonType.VALUE);
        assertThat(JsonType.of(JsonNode.class)).isEqualTo(JsonType.VALUE);
        assertThat(JsonType.VALUE.vi()).isEqualTo("giá trị đúng định dạng");
        assertThat(JsonType.VALUE.en()).isEqualTo("a value of the right form");
    }

    @Test
    void textsOfTheProblemsInBothLanguages() {
        assertThat(InputTexts.utf8(0x0A)).isEqualTo(LocalizedText.of("byte 0x0A không phải UTF-8 hợp lệ", "byte 0x0A is not valid UTF-8"));
        assertThat(InputTexts.empty()).isEqualTo(LocalizedText.of("tài liệu rỗng", "the document is empty"));
        assertThat(InputTexts.unknownType(null)).isEqualTo(LocalizedText.of("đối tượng thiếu thuộc tính \"type\"",
                "the object lacks its \"type\" property"));
        assertThat(InputTexts.unknownType("x-ray")).isEqualTo(LocalizedText.of("kiểu \"x-ray\" không tồn tại", "unknown type \"x-ray\""));
        assertThat(InputTexts.io(null)).isEqualTo(LocalizedText.of("lỗi đọc dữ liệu", "the input could not be read"));
        assertThat(InputTexts.io("disk gone")).isEqualTo(LocalizedText.of("lỗi đọc dữ liệu: disk gone", "the input could not be read: disk gone"));
        assertThat(InputTexts.syntax(Syntax.OTHER, "")).isEqualTo(LocalizedText.of("JSON sai cú pháp", "malformed JSON"));
        assertThat(InputTexts.syntax(Syntax.CHARACTER, "x".repeat(50)).en())
                .isEqualTo("malformed JSON: character '" + "x".repeat(37) + "...' is not allowed here");
        assertThat(InputTexts.shown(null)).isEqualTo("null");
        assertThat(InputTexts.shown("y".repeat(40))).as("exactly 40 characters are shown whole").isEqualTo("y".repeat(40));
        assertThat(InputTexts.shown("y".repeat(41))).isEqualTo("y".repeat(37) + "...");
        for (Limit l : Limit.values()) {
            assertThat(l.code()).isEqualTo("input.limit." + l.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void thePathOfAParsersPositionNamesEveryStep() throws IOException {
        try (JsonParser p = StrictJson.shared().getFactory().createParser("{\"data\":[{\"a\":1},{\"MaHoSo\":\"x\"}],\"b\":[]}")) {
            assertThat(JsonProblems.path(p.getParsingContext())).isEqualTo("$");
            p.nextToken();
            p.nextToken();
            assertThat(JsonProblems.path(p.getParsingContext())).isEqualTo("$.data");
            p.nextToken();
            assertThat(JsonProblems.path(p.getParsingContext())).as("an array before its first element").isEqualTo("$.data[0]");
            while (p.nextToken() != JsonToken.VALUE_STRING) {
                assertThat(p.currentToken()).isNotNull();
            }
            assertThat(JsonProblems.path(p.getParsingContext())).isEqualTo("$.data[1].MaHoSo");
        }
        JsonMappingException e = JsonMappingException.from((JsonParser) null, "x");
        e.prependPath(new JsonMappingException.Reference(null, 3));
        e.prependPath(new JsonMappingException.Reference(null, -1));
        e.prependPath(new JsonMappingException.Reference(null, "events"));
        assertThat(JsonProblems.path(e)).isEqualTo("$.events[3]");
    }

    /** A throwable that is its own cause, as some libraries build them. */
    private static final class Loop extends RuntimeException {
        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    @Test
    void theFirstThrowableOfATypeInACauseChain() {
        IOException io = new IOException("x");
        RuntimeException outer = new RuntimeException(new IllegalStateException(io));
        assertThat(JsonProblems.find(outer, IOException.class)).isSameAs(io);
        assertThat(JsonProblems.find(outer, RuntimeException.class)).isSameAs(outer);
        assertThat(JsonProblems.find(outer, Dvc4jException.class)).isNull();
        assertThat(JsonProblems.find(new Loop(), IOException.class)).isNull();
        assertThat(JsonProblems.find(null, IOException.class)).isNull();
    }

    @Test
    void anExceptionBecomesTheProblemItStandsFor() {
        // a failure of the input guard keeps its position; the mapping exception wrapping it adds the path
        InputFormatException guard = new InputFormatException(new ReadProblem("inner", 3, 4, "", "input.utf8", InputTexts.utf8(0xFF)), null);
        JsonMappingException wrapped = JsonMappingException.from((JsonParser) null, "wrapped", guard);
        wrapped.prependPath(new JsonMappingException.Reference(null, "tên"));
        assertThat(JsonProblems.of("d.json", wrapped, LIMITS))
                .isEqualTo(new ReadProblem("d.json", 3, 4, "$.tên", "input.utf8", InputTexts.utf8(0xFF)));
        assertThat(JsonProblems.of("", wrapped, LIMITS).source()).as("an unnamed read keeps the guard's name").isEqualTo("inner");
        InputFormatException withPath = new InputFormatException(new ReadProblem("", 1, 2, "$.own", "c", InputTexts.empty()), null);
        JsonMappingException wrappedWithPath = JsonMappingException.from((JsonParser) null, "wrapped", withPath);
        wrappedWithPath.prependPath(new JsonMappingException.Reference(null, "other"));
        assertThat(JsonProblems.of("d", wrappedWithPath, LIMITS).path()).isEqualTo("$.own");
        assertThat(JsonProblems.of("d", guard, LIMITS).path()).isEmpty();

        // a dvc4j error keeps its code and text
        Dvc4jException domain = new Dvc4jException("id.bad", LocalizedText.of("sai", "bad"));
        assertThat(JsonProblems.of("d", new IllegalStateException(domain), LIMITS))
                .isEqualTo(new ReadProblem("d", 0, 0, "", "id.bad", LocalizedText.of("sai", "bad")));

        // any other failure of the input
        assertThat(JsonProblems.of("d", new IOException("disk gone"), LIMITS))
                .isEqualTo(new ReadProblem("d", 0, 0, "", "input.io", InputTexts.io("disk gone")));
        InputFormatException io = JsonProblems.io("d", new IOException((String) null));
        assertThat(io.code()).isEqualTo("input.io");
        assertThat(io.getMessage(Locale.ENGLISH)).isEqualTo("d: the input could not be read");
        assertThat(io.getMessage(VI)).isEqualTo("d: lỗi đọc dữ liệu");
        assertThat(io.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void aSyntaxErrorThatDataBindingWrappedKeepsItsKind() {
        JsonParseException close = new JsonParseException(null, "Unexpected close marker ']'");
        JsonMappingException wrapped = JsonMappingException.from((JsonParser) null, "wrapper", close);
        assertThat(JsonProblems.of("d", wrapped, LIMITS).message()).isEqualTo(InputTexts.syntax(Syntax.CLOSE, ""));
        JsonMappingException twice = JsonMappingException.from((JsonParser) null, "outer",
                JsonMappingException.from((JsonParser) null, "inner", close));
        assertThat(JsonProblems.of("d", twice, LIMITS).message()).isEqualTo(InputTexts.syntax(Syntax.CLOSE, ""));
        // a mapping failure with a null pointer behind it is a missing value; with anything else an invalid one
        assertThat(JsonProblems.of("d", JsonMappingException.from((JsonParser) null, "m", new NullPointerException("code")), LIMITS))
                .isEqualTo(new ReadProblem("d", 0, 0, "", "input.missing", InputTexts.missing("code")));
        assertThat(JsonProblems.of("d", JsonMappingException.from((JsonParser) null, "m", new IllegalStateException("x")), LIMITS))
                .isEqualTo(new ReadProblem("d", 0, 0, "", "input.invalid-value", InputTexts.invalidValue(null, JsonType.VALUE)));
        assertThat(JsonProblems.of("d", JsonMappingException.from((JsonParser) null, "m"), LIMITS).code()).isEqualTo("input.invalid-value");
        // a message-less library error is malformed JSON
        assertThat(JsonProblems.of("d", new JsonParseException(null, (String) null), LIMITS).message())
                .isEqualTo(InputTexts.syntax(Syntax.OTHER, ""));
    }

    @Test
    void aPositionIsKeptOnlyWhenItsLineIsKnown() {
        JsonParseException noLine = new JsonParseException(null, "Unexpected close marker ']'",
                new com.fasterxml.jackson.core.JsonLocation(null, -1, 0, 5));
        assertThat(JsonProblems.of("d", noLine, LIMITS).line()).isZero();
        assertThat(JsonProblems.of("d", noLine, LIMITS).column()).as("a column without its line means nothing").isZero();
        JsonParseException first = new JsonParseException(null, "Unexpected close marker ']'",
                new com.fasterxml.jackson.core.JsonLocation(null, -1, 1, 0));
        assertThat(JsonProblems.of("d", first, LIMITS).line()).isEqualTo(1);
        assertThat(JsonProblems.of("d", first, LIMITS).column()).isZero();
        assertThat(JsonProblems.duplicate("\"k\" twice").text().en()).as("a name quoted at the very start")
                .isEqualTo("key \"k\" appears twice in one object");
    }

    @Test
    void aKindWithoutAPathTakesThePositionsPath() {
        Kind plain = new Kind("c", InputTexts.empty());
        assertThat(plain.path()).isNull();
        assertThat(JsonProblems.at("s", 2, 3, "$.x", plain)).isEqualTo(new ReadProblem("s", 2, 3, "$.x", "c", InputTexts.empty()));
        assertThat(JsonProblems.at("s", 2, 3, "$.x", new Kind("c", InputTexts.empty(), "$")).path()).isEqualTo("$");
    }

    @Test
    void quotedTextRunsToTheNextQuoteOrAtMostFortyCharacters() {
        assertThat(JsonProblems.quoted("Unrecognized token 'abc': was", "Unrecognized token '")).isEqualTo("abc");
        assertThat(JsonProblems.quoted("no such prefix", "Unrecognized token '")).isEmpty();
        assertThat(JsonProblems.quoted("Unrecognized token 'abc", "Unrecognized token '")).isEqualTo("abc");
        String long45 = "z".repeat(45);
        assertThat(JsonProblems.quoted("Unrecognized token '" + long45, "Unrecognized token '")).isEqualTo("z".repeat(40));
        assertThat(JsonProblems.quoted("x: Unrecognized token 'q'", "Unrecognized token '")).isEqualTo("q");
        assertThat(JsonProblems.quoted("Unexpected character (''' (code 39)): was expecting", "Unexpected character ('"))
                .isEqualTo("'");
    }
}
