package dev.dvc4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every predicate of an amount both ways, at zero and one đồng either side, and the smaller and larger of two. */
class VndPredicatesTest {

    @ParameterizedTest
    @CsvSource({
        "-26000, false, true, false",
        "-1, false, true, false",
        "0, true, false, false",
        "1, false, false, true",
        "26000, false, false, true",
    })
    void zeroNegativeAndPositiveAreExclusive(long dong, boolean zero, boolean negative, boolean positive) {
        Vnd v = Vnd.of(dong);
        assertThat(v.dong()).isEqualTo(dong);
        assertThat(v.isZero()).isEqualTo(zero);
        assertThat(v.isNegative()).isEqualTo(negative);
        assertThat(v.isPositive()).isEqualTo(positive);
    }

    @ParameterizedTest
    @CsvSource({"-1, 0", "0, 1", "5, 5", "-7, -7", "10000, 26000"})
    void minAndMaxPickTheSmallerAndTheLarger(long small, long large) {
        Vnd a = Vnd.of(small);
        Vnd b = Vnd.of(large);
        assertThat(a.min(b)).isEqualTo(a);
        assertThat(b.min(a)).isEqualTo(a);
        assertThat(a.max(b)).isEqualTo(b);
        assertThat(b.max(a)).isEqualTo(b);
    }
}
