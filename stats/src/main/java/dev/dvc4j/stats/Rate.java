package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * A rate as the portal reports it: a numerator, a denominator, the percentage rounded half-up to 2 decimals, and a
 * 95% Wilson score interval. A denominator of 0 makes the rate "not applicable": {@link #percent()} and
 * {@link #wilson()} are then empty, never NaN.
 *
 * @param numerator the count that meets the criterion, {@code 0 <= numerator <= denominator}
 * @param denominator the count measured, non-negative
 */
public record Rate(long numerator, long denominator) implements Serializable, Comparable<Rate> {

    /** The not-applicable rate 0 / 0. */
    public static final Rate NOT_APPLICABLE = new Rate(0, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The 0.975 quantile of the standard normal distribution. */
    private static final double Z95 = 1.959963984540054;

    /** Validates the counts. */
    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new StatsException("stats.rate.invalid", LocalizedText.of(
                    "Tỷ lệ không hợp lệ: %d / %d (cần 0 ≤ tử số ≤ mẫu số)",
                    "Invalid rate %d / %d (need 0 ≤ numerator ≤ denominator)").formatted(numerator, denominator));
        }
    }

    /**
     * A rate.
     *
     * @param numerator the count meeting the criterion
     * @param denominator the count measured
     * @return the rate
     */
    public static Rate of(long numerator, long denominator) {
        return denominator == 0 && numerator == 0 ? NOT_APPLICABLE : new Rate(numerator, denominator);
    }

    /** @return whether the denominator is positive */
    public boolean isApplicable() {
        return denominator > 0;
    }

    /**
     * The percentage rounded half-up to 2 decimals (98.06 for 2,073 / 2,114), as the portal reports it.
     *
     * @return the percentage, empty when not applicable
     */
    public Optional<BigDecimal> percent() {
        return isApplicable() ? Optional.of(percent(numerator, denominator, 2)) : Optional.empty();
    }

    /**
     * The exact fraction to a number of decimals, rounded half-up.
     *
     * @param scale decimals
     * @return the fraction in [0, 1], empty when not applicable
     */
    public Optional<BigDecimal> fraction(int scale) {
        return isApplicable()
                ? Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    static BigDecimal percent(long num, long den, int scale) {
        return BigDecimal.valueOf(num).multiply(HUNDRED).divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_UP);
    }

    /**
     * The 95% Wilson score interval of the underlying proportion (Apache Commons Statistics; computed directly
     * with the same formula when a count exceeds {@code Integer.MAX_VALUE}).
     *
     * @return the interval as fractions in [0, 1], empty when not applicable
     */
    public Optional<ConfidenceInterval> wilson() {
        if (!isApplicable()) {
            return Optional.empty();
        }
        if (denominator <= Integer.MAX_VALUE) {
            Interval i = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) denominator, (int) numerator, 0.05);
            return Optional.of(new ConfidenceInterval(clip(i.getLowerBound()), clip(i.getUpperBound())));
        }
        double n = denominator;
        double p = numerator / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Optional.of(new ConfidenceInterval(clip(centre - half), clip(centre + half)));
    }

    private static double clip(double v) {
        return Math.min(1, Math.max(0, v));
    }

    /**
     * The lower bound of the 95% Wilson interval, 0 when not applicable: a ranking key that keeps a 1-of-1 sample
     * from topping a table.
     *
     * @return the lower bound in [0, 1]
     */
    public double wilsonLower() {
        return wilson().map(ConfidenceInterval::lower).orElse(0.0);
    }

    /**
     * Pools two rates: numerators and denominators added.
     *
     * @param other the other rate
     * @return the pooled rate
     */
    public Rate plus(Rate other) {
        return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /**
     * Orders by exact value (cross-multiplied), not-applicable rates first; equal values order by denominator.
     */
    @Override
    public int compareTo(Rate o) {
        if (!isApplicable() || !o.isApplicable()) {
            return Boolean.compare(isApplicable(), o.isApplicable());
        }
        int c = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(o.denominator))
                .compareTo(BigDecimal.valueOf(o.numerator).multiply(BigDecimal.valueOf(denominator)));
        return c != 0 ? c : Long.compare(denominator, o.denominator);
    }

    /** {@code "98.06% (2073/2114)"}, or {@code "N/A (0/0)"}. */
    @Override
    public String toString() {
        return (isApplicable() ? percent().orElseThrow().toPlainString() + "%" : "N/A") + " (" + numerator + "/"
                + denominator + ")";
    }

    /**
     * A confidence interval of a proportion.
     *
     * @param lower the lower bound in [0, 1]
     * @param upper the upper bound in [0, 1]
     */
    public record ConfidenceInterval(double lower, double upper) implements Serializable {

        /** @return the lower bound as a percentage, 2 decimals half-up */
        public BigDecimal lowerPercent() {
            return BigDecimal.valueOf(lower * 100).setScale(2, RoundingMode.HALF_UP);
        }

        /** @return the upper bound as a percentage, 2 decimals half-up */
        public BigDecimal upperPercent() {
            return BigDecimal.valueOf(upper * 100).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
