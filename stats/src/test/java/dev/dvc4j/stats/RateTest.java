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
