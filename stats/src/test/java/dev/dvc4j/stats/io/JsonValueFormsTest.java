package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fact reader's JSON values at the edges of their grammar: each digit and hex-digit range on both sides, integers
 * of nine and ten digits, fractions and exponents (refused as whole numbers), and \\u escapes decoding to UTF-8
 * sequences of each length and to surrogate pairs.
 */
class JsonValueFormsTest {

    static final String BODY = FactsReaderPolicyTest.BODY;

    static List<DossierFacts> read(String line, List<ReadProblem> problems) {
        List<DossierFacts> got = new ArrayList<>();
        ReadSummary s = FactsReader.jsonLines().read(new StringReader(line), got::add);
        problems.addAll(s.problems());
        assertThat(s.accepted() + s.malformed()).isEqualTo(1);
        return got;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | 0
            9          | 9
            90         | 90
            909        | 909
            999999999  | 999999999
            9 ,        | 9
            """)
    void anIntegerOfUpToNineDigitsIsItsValue(String number, int km) {
        List<ReadProblem> problems = new ArrayList<>();
        List<DossierFacts> got = read("{\"distanceKm\":" + number + (number.endsWith(",") ? "" : ",") + BODY + "}", problems);
        assertThat(problems).isEmpty();
        assertThat(got).singleElement().extracting(DossierFacts::distanceKm).isEqualTo(km);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1000000000 | stats.read.value | 15 | Invalid value for "distanceKm": "1000000000"
            1.0        | stats.read.type  | 15 | "distanceKm" must be a whole number
            1.9        | stats.read.type  | 15 | "distanceKm" must be a whole number
            1e0        | stats.read.type  | 15 | "distanceKm" must be a whole number
            1E+9       | stats.read.type  | 15 | "distanceKm" must be a whole number
            1e-9       | stats.read.type  | 15 | "distanceKm" must be a whole number
            09         | input.json       | 16 | Malformed JSON: expected ',', '}' or ']'
            1.         | input.json       | 17 | Malformed JSON: expected a digit
            1.:        | input.json       | 17 | Malformed JSON: expected a digit
            1.a        | input.json       | 17 | Malformed JSON: expected a digit
            1e         | input.json       | 17 | Malformed JSON: expected a digit
            1e:        | input.json       | 17 | Malformed JSON: expected a digit
            1e+/       | input.json       | 18 | Malformed JSON: expected a digit
            -/         | input.json       | 16 | Malformed JSON: expected a digit
            -:         | input.json       | 16 | Malformed JSON: expected a digit
            /          | input.json       | 15 | Malformed JSON: expected a value
            :          | input.json       | 15 | Malformed JSON: expected a value
            """)
    void otherNumbersAreRefusedAtTheirFirstCharacterOrAtTheBadOne(String number, String code, long column, String en) {
        List<ReadProblem> problems = new ArrayList<>();
        assertThat(read("{\"distanceKm\":" + number + "," + BODY + "}", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.path()).isEqualTo("$.distanceKm");
            assertThat(p.message().en()).isEqualTo(en);
            assertThat(p.message().vi()).isNotBlank().isNotEqualTo(en);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \\u007F                   | 7f
            \\u0080\\u07FF             | 80 7ff
            \\u0800\\uFFFF             | 800 ffff
            \\uD800\\uDC00\\uDBFF\\uDFFF | 10000 10ffff
            \\uDBFF\\uDC00             | 10fc00
            \\uD7FF\\uE000             | d7ff e000
            \\u09aF\\uA0f9             | 9af a0f9
            """)
    void anEscapeIsDecodedToItsCodePoint(String escaped, String codePoints) {
        List<ReadProblem> problems = new ArrayList<>();
        List<DossierFacts> got = read("{\"sector\":\"" + escaped + "\"," + BODY + "}", problems);
        assertThat(problems).isEmpty();
        assertThat(got.get(0).sector().codePoints().mapToObj(Integer::toHexString).toList())
                .containsExactly(codePoints.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \\u0/00       | 12 | four hex digits
            \\u0:00       | 12 | four hex digits
            \\u0`00       | 12 | four hex digits
            \\u0g00       | 12 | four hex digits
            \\u0@00       | 12 | four hex digits
            \\u0G00       | 12 | four hex digits
            \\uD800\\uDBFF | 18 | a complete UTF-16 surrogate pair
            \\uD800\\uE000 | 18 | a complete UTF-16 surrogate pair
            \\uD800x      | 12 | a complete UTF-16 surrogate pair
            \\uDFFF       | 12 | a complete UTF-16 surrogate pair
            \\uDC00       | 12 | a complete UTF-16 surrogate pair
            """)
    void aBadEscapeIsRefusedAtItsBackslash(String escaped, long column, String expected) {
        List<ReadProblem> problems = new ArrayList<>();
        assertThat(read("{\"sector\":\"" + escaped + "\"," + BODY + "}", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("input.json");
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.path()).isEqualTo("$.sector");
            assertThat(p.message().en()).isEqualTo("Malformed JSON: expected " + expected);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {                                   | 2  | $                            | a quoted key
            {"                                  | 3  | $                            | the closing quote of a string
            {"code                              | 7  | $                            | the closing quote of a string
            {"code"                             | 8  | $.code                       | ':'
            {"code":                            | 9  | $.code                       | a value
            {"code":"ab                         | 12 | $.code                       | the closing quote of a string
            {"code":"a\\                        | 11 | $.code                       | an escape
            {"code":"a\\u12                     | 11 | $.code                       | four hex digits
            {"code":"a\\uD800                   | 11 | $.code                       | a complete UTF-16 surrogate pair
            {"code":"a\\uD800\\                 | 11 | $.code                       | a complete UTF-16 surrogate pair
            {"code":"a\\uD800\\u                | 17 | $.code                       | four hex digits
            {"code":"a\\uD800\\uDC0             | 17 | $.code                       | four hex digits
            {"code":"ab"                        | 13 | $                            | ',' or '}'
            {"code":"ab",                       | 14 | $                            | a quoted key
            {"distanceKm":-                     | 16 | $.distanceKm                 | a digit
            {"distanceKm":1                     | 16 | $                            | ',' or '}'
            {"distanceKm":1.                    | 17 | $.distanceKm                 | a digit
            {"distanceKm":1e+                   | 18 | $.distanceKm                 | a digit
            {"feeBearing":t                     | 15 | $.feeBearing                 | a value
            {"feeBearing":true                  | 19 | $                            | ',' or '}'
            {"supplements":                     | 16 | $.supplements                | a value
            {"supplements":[                    | 17 | $.supplements[0]             | a supplement object
            {"supplements":[{                   | 18 | $.supplements[0]             | a quoted key
            {"supplements":[{"requestedAt"      | 31 | $.supplements[0].requestedAt | ':'
            {"supplements":[{"requestedAt":     | 32 | $.supplements[0].requestedAt | a value
            {"supplements":[{"requestedAt":null | 36 | $.supplements[0]             | ',' or '}'
            {"supplements":[{"requestedAt":null}  | 37 | $.supplements              | ',' or ']'
            {"supplements":[{"requestedAt":null}, | 38 | $.supplements[1]           | a supplement object
            {"supplements":[{},]                | 20 | $.supplements[1]             | a supplement object
            {"supplements":[{}}                 | 19 | $.supplements                | ',' or ']'
            {"supplements":[{"requestedAt":null,}] | 37 | $.supplements[0]          | a quoted key
            {"supplements":[{"requestedAt":null "x"}] | 37 | $.supplements[0]       | ',' or '}'
            BODY} x                             | 82 | $                            | nothing after the object
            BODY,"sector"                       | 89 | $.sector                     | ':'
            BODY,"sector":nul                   | 90 | $.sector                     | a value
            BODY,"sector":nulx}                 | 90 | $.sector                     | a value
            """)
    void aLineCutShortIsRefusedWhereItEndsAtTheEndOfTheInputAndOfALine(String line, long column, String path, String expected) {
        String text = line.replace("BODY", "{" + BODY);
        for (String after : new String[] {"", "\n" + FactsReaderPolicyTest.GOOD, "\r\n" + FactsReaderPolicyTest.GOOD}) {
            List<ReadProblem> problems = new ArrayList<>();
            List<DossierFacts> got = new ArrayList<>();
            ReadSummary s = FactsReader.jsonLines().read(new StringReader(text + after), got::add);
            assertThat(got).hasSize(after.isEmpty() ? 0 : 1);
            assertThat(s.problems()).as(after).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("input.json");
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(column);
                assertThat(p.path()).isEqualTo(path);
                // Before a line break the parser meets the break itself: a string then holds a control character.
                assertThat(p.message().en()).startsWith("Malformed JSON: expected ");
                if (after.isEmpty()) {
                    assertThat(p.message().en()).isEqualTo("Malformed JSON: expected " + expected);
                }
            });
        }
    }
}
