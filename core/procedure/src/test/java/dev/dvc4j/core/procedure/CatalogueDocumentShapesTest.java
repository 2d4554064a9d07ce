package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A catalogue document that is not an object, is empty, is null or has text after it: one problem, named plainly. */
class CatalogueDocumentShapesTest {

    private final CatalogueLoader loader = CatalogueLoader.withValidator(Fixtures.validator());

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private CatalogueProblem onlyProblem(String doc) {
        CatalogueException e = org.assertj.core.api.Assertions.catchThrowableOfType(CatalogueException.class,
                () -> loader.load("c.json", json(doc)));
        assertThat(e).as(doc).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void anEmptyDocumentAndANullDocumentAreEachNamed() {
        CatalogueProblem empty = onlyProblem("  ");
        assertThat(empty.code()).isEqualTo("catalogue.empty");
        CatalogueProblem nothing = onlyProblem("null");
        assertThat(nothing.code()).isEqualTo("catalogue.empty");
        assertThat(nothing.message().en()).isNotEqualTo(empty.message().en());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"catalogue\"", "42"})
    void aDocumentThatIsNotAnObjectIsOneShapeProblem(String doc) {
        CatalogueProblem p = onlyProblem(doc);
        assertThat(p.code()).isEqualTo("catalogue.wrong-type");
        assertThat(p.path()).isEmpty();
        assertThat(p.message().en()).contains("expected an object");
    }

    @Test
    void textAfterTheDocumentIsATrailingProblemWithItsPosition() {
        CatalogueProblem p = onlyProblem("{\"procedures\": []}\n {}");
        assertThat(p.code()).isEqualTo("catalogue.malformed-json");
        assertThat(p.line()).isEqualTo(OptionalInt.of(2));
        assertThat(p.column()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void aSyntaxErrorHasItsLineAndColumn() {
        CatalogueProblem p = onlyProblem("{\"procedures\": [}");
        assertThat(p.code()).isEqualTo("catalogue.malformed-json");
        assertThat(p.line()).isEqualTo(OptionalInt.of(1));
        assertThat(p.column()).isPresent();
        assertThat(p.column().getAsInt()).isPositive();
    }

    @Test
    void anUnknownPropertyIsAShapeProblemWithItsPath() {
        assertThatThrownBy(() -> loader.load("c.json", json("{\"procedures\": [], \"extra\": 1}")))
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems())
                        .extracting(q -> q.path() + " " + q.code()).containsExactly("extra catalogue.unknown-property"));
    }
}
