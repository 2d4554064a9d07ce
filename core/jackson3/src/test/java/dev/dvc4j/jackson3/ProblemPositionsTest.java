package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed document's problem as Jackson 3 reports it: the same code, path, line and column as Jackson 2, for
 * syntax errors inside objects and arrays, duplicate keys, wrong types and limits, from a string and from bytes — but
 * for a repeated key, which dvc4j's own check (Jackson 2) places at the key and Jackson 3's detector just after it.
 */
class ProblemPositionsTest {

    private static ReadProblem problem(Supplier<Object> read) {
        try {
            read.get();
        } catch (WireFormatException e) {
            return e.problem();
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"code\": }                                       | input.syntax | $.code",
            "{\"applicant\": {\"fullName\": ]}}                 | input.syntax | $.applicant",
            "{\"reasons\": [\"a\", ]}                          | input.syntax | $.reasons[1]",
            "{\"applicant\": {\"type\": \"citizen\", \"type\": \"x\"}} | input.duplicate-key | $.applicant",
            "{\"version\": \"two\"}                             | input.wrong-type | $.version",
            "{\"documents\": {}}                                | input.wrong-type | $.documents"})
    void aProblemIsNamedAlikeWithItsPathAndPosition(String doc, String code, String path) {
        ReadProblem two = problem(() -> Dvc4jJson.read(doc, Dossier.class));
        ReadProblem three = problem(() -> Dvc4jJson3.read(doc, Dossier.class));
        ReadProblem bytes = problem(() -> Dvc4jJson3.read("d.json",
                new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), Dossier.class));
        assertThat(three.code()).isEqualTo(code).isEqualTo(two.code());
        assertThat(three.path()).isEqualTo(path).isEqualTo(two.path());
        if (three.line() > 0) { // Jackson 3 loses the position inside a polymorphic value it buffered
            assertThat(three.line()).isEqualTo(two.line());
            if (code.equals("input.duplicate-key")) { // dvc4j's check points at the repeated key, Jackson 3 after it
                assertThat(three.column()).isEqualTo(two.column() + "\"type\"".length());
            } else {
                assertThat(three.column()).isBetween(two.column() - (code.equals("input.syntax") ? 1 : 0), two.column());
            }
        }
        assertThat(bytes.code()).isEqualTo(code);
        assertThat(bytes.path()).isEqualTo(path);
        assertThat(bytes.source()).isEqualTo("d.json");
        assertThat(three.message().en()).isEqualTo(two.message().en());
    }
}
