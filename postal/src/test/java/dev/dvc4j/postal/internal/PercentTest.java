package dev.dvc4j.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Percentages of whole đồng: an exact half rounds up, just under a half rounds down, on both arithmetic paths. */
class PercentTest {

    @ParameterizedTest
    @CsvSource({
        "50, 1, 1", // 0.5: exactly half, up
        "50, 3, 2", // 1.5
        "50, 4, 2",
        "10, 15, 2", // 1.5
        "10, 14, 1", // 1.4
        "10, 16, 2", // 1.6
        "12.5, 4, 1", // 0.5
        "12.5, 12, 2", // 1.5
        "12.5, 11, 1", // 1.375
        "33.333333, 3, 1", // 0.99999999
        "0.000001, 49999999, 0", // 0.49999999
        "0.000001, 50000000, 1", // 0.5
        "100, 26000, 26000",
        "0, 26000, 0",
        "50, 0, 0",
    })
    void roundsHalfUpToTheWholeDong(String percent, long amount, long expected) {
        assertThat(new Percent(new BigDecimal(percent)).of(amount)).isEqualTo(expected);
    }

    @Test
    void amountsTooLargeForLongArithmeticGiveTheExactResult() {
        long big = Long.MAX_VALUE / 3;
        for (String p : new String[] {"50", "12.5", "33.333333", "99.999999"}) {
            BigDecimal exact = BigDecimal.valueOf(big).multiply(new BigDecimal(p))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
            assertThat(new Percent(new BigDecimal(p)).of(big)).as(p).isEqualTo(exact.longValueExact());
        }
        // just past the point where amount × unscaled overflows a long
        long edge = Long.MAX_VALUE / 125 + 1;
        assertThat(new Percent(new BigDecimal("12.5")).of(edge)).isEqualTo(BigDecimal.valueOf(edge)
                .multiply(new BigDecimal("12.5")).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    @Test
    void negativeAmountsRoundHalfAwayFromZero() {
        assertThat(new Percent(new BigDecimal("50")).of(-3)).isEqualTo(-2);
        assertThat(new Percent(new BigDecimal("50")).of(-1)).isEqualTo(-1);
        assertThat(new Percent(new BigDecimal("10")).of(-14)).isEqualTo(-1);
    }

    @Test
    void describesItself() {
        Percent p = new Percent(new BigDecimal("12.500"));
        assertThat(p.text()).isEqualTo("12.5");
        assertThat(p.value()).isEqualByComparingTo("12.5");
        assertThat(p.full()).isFalse();
        assertThat(new Percent(new BigDecimal("100.00")).full()).isTrue();
        assertThat(new Percent(new BigDecimal("100.00")).text()).isEqualTo("100");
        assertThat(new Percent(new BigDecimal("99.999999")).full()).isFalse();
    }
}
