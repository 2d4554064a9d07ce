package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void roundsLikeThePortal() {
        assertThat(Rate.of(2073, 2114).percent()).contains(new BigDecimal("98.06"));
        assertThat(Rate.of(177, 488).percent()).contains(new BigDecimal("36.27"));
        assertThat(Rate.of(1, 8).percent()).contains(new BigDecimal("12.50"));
        // Half-up at the third decimal: 1/1600 = 0.0625% -> 0.06; 1/800 = 0.125% -> 0.13.
        assertThat(Rate.of(1, 800).percent()).contains(new BigDecimal("0.13"));
        assertThat(Rate.of(2073, 2114)).hasToString("98.06% (2073/2114)");
    }

    @Test
    void zeroDenominatorIsNotApplicableNeverNaN() {
        Rate r = Rate.of(0, 0);
        assertThat(r.isApplicable()).isFalse();
        assertThat(r.percent()).isEmpty();
        assertThat(r.wilson()).isEmpty();
        assertThat(r.wilsonLower()).isZero();
        assertThat(r).hasToString("N/A (0/0)");
    }

    @Test
    void wilsonIntervalMatchesTheTextbookFormula() {
        // Wilson 95% for 1/1: [0.2065, 1]; for 2073/2114 the interval is narrow around 98.06%.
        Rate.ConfidenceInterval one = Rate.of(1, 1).wilson().orElseThrow();
        assertThat(one.lower()).isBetween(0.2065, 0.2066);
        assertThat(one.upper()).isEqualTo(1.0);
        Rate.ConfidenceInterval seed = Rate.of(2073, 2114).wilson().orElseThrow();
        assertThat(seed.lowerPercent()).isEqualByComparingTo("97.38");
        assertThat(seed.upperPercent()).isEqualByComparingTo("98.57");
    }

    @Test
    void largeCountsUseTheSameFormula() {
        Rate big = Rate.of(3_000_000_000L, 4_000_000_000L);
        Rate.ConfidenceInterval i = big.wilson().orElseThrow();
        assertThat(i.lower()).isLessThan(0.75).isGreaterThan(0.7499);
        assertThat(i.upper()).isGreaterThan(0.75).isLessThan(0.7501);
    }

    /**
     * The Wilson bounds are the roots of (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0: solved here in 50-digit decimals, an
     * oracle independent of both the library and the closed form dvc4j uses above {@code Integer.MAX_VALUE}.
     */
    static double[] wilsonRoots(long x, long n) {
        java.math.MathContext mc = new java.math.MathContext(50);
        BigDecimal z = new BigDecimal("1.959963984540054");
        BigDecimal z2n = z.multiply(z).divide(BigDecimal.valueOf(n), mc);
        BigDecimal ph = BigDecimal.valueOf(x).divide(BigDecimal.valueOf(n), mc);
        BigDecimal a = BigDecimal.ONE.add(z2n);
        BigDecimal b = ph.multiply(BigDecimal.valueOf(2)).add(z2n).negate();
        BigDecimal c = ph.multiply(ph);
        BigDecimal root = b.multiply(b).subtract(a.multiply(c).multiply(BigDecimal.valueOf(4))).sqrt(mc);
        BigDecimal twoA = a.multiply(BigDecimal.valueOf(2));
        return new double[] {b.negate().subtract(root).divide(twoA, mc).doubleValue(),
            b.negate().add(root).divide(twoA, mc).doubleValue()};
    }

    @Test
    void largeCountsAgreeWithTheQuadraticsRootsAndWithTheLibraryAcrossItsLimit() {
        long max = Integer.MAX_VALUE;
        for (long n : new long[] {max + 1, max + 1_000, 4_000_000_000L, 123_456_789_012L, Long.MAX_VALUE / 1_000}) {
            for (double share : new double[] {0, 1e-9, 0.003, 0.3, 0.5, 0.75, 0.999, 1}) {
                long x = Math.min(n, Math.round(share * n));
                Rate.ConfidenceInterval i = Rate.of(x, n).wilson().orElseThrow();
                double[] expected = wilsonRoots(x, n);
                assertThat(i.lower()).as("%d / %d", x, n).isCloseTo(Math.max(0, expected[0]), org.assertj.core.data.Offset.offset(1e-12));
                assertThat(i.upper()).as("%d / %d", x, n).isCloseTo(Math.min(1, expected[1]), org.assertj.core.data.Offset.offset(1e-12));
                assertThat(i.lower()).isLessThanOrEqualTo(x / (double) n + 1e-15).isGreaterThanOrEqualTo(0);
                assertThat(i.upper()).isGreaterThanOrEqualTo(x / (double) n - 1e-15).isLessThanOrEqualTo(1);
            }
        }
        // Across the library's limit the interval moves continuously: n = 2^31 − 1 by the library, 2^31 by the formula.
        for (double share : new double[] {0, 0.3, 1}) {
            long x = Math.round(share * max);
            Rate.ConfidenceInterval library = Rate.of(x, max).wilson().orElseThrow();
            Rate.ConfidenceInterval formula = Rate.of(x, max + 1).wilson().orElseThrow();
            assertThat(formula.lower()).isCloseTo(library.lower(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(formula.upper()).isCloseTo(library.upper(), org.assertj.core.data.Offset.offset(1e-9));
            double[] expected = wilsonRoots(x, max);
            assertThat(library.lower()).isCloseTo(Math.max(0, expected[0]), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Rate.of(3, 2)).isInstanceOf(StatsException.class)
                .hasMessageContaining("3 / 2").extracting(e -> ((StatsException) e).code()).isEqualTo("stats.rate.invalid");
        assertThatThrownBy(() -> Rate.of(-1, 2)).isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> Rate.of(0, -2)).isInstanceOf(StatsException.class);
    }

    @Test
    void comparesExactly() {
        assertThat(Rate.of(1, 3)).isLessThan(Rate.of(34, 100));
        assertThat(Rate.of(2, 6).compareTo(Rate.of(1, 3))).isPositive();
        assertThat(Rate.NOT_APPLICABLE).isLessThan(Rate.of(0, 5));
        assertThat(Rate.of(1, 2).plus(Rate.of(1, 3))).isEqualTo(Rate.of(2, 5));
    }
}
