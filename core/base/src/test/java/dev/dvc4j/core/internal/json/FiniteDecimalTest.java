package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers of a tree too large for a double have no exact value; every other number keeps its own. */
class FiniteDecimalTest {

    private static BigDecimal of(String json) {
        return StrictJson.finiteDecimal(StrictJson.readTree("", "{\"n\": " + json + "}").get("n"));
    }

    @Test
    void aNumberTooLargeForADoubleHasNoExactValue() {
        assertThat(of("1e999")).isNull();
        assertThat(of("-1e999")).isNull();
    }

    @Test
    void everyOtherNumberKeepsItsValue() {
        assertThat(of("1e300")).isEqualByComparingTo("1e300");
        assertThat(of("95.5")).isEqualByComparingTo("95.5");
        assertThat(of("12")).isEqualByComparingTo("12");
        assertThat(of("123456789012345678901234567890")).isEqualByComparingTo("123456789012345678901234567890");
        assertThatThrownBy(() -> StrictJson.finiteDecimal(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
    }
}
