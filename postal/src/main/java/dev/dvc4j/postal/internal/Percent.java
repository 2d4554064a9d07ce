package dev.dvc4j.postal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage applied to whole đồng with half-up rounding, in exact long arithmetic (BigDecimal only when the product
 * overflows a long).
 * Not part of the API.
 */
public final class Percent {

    private final BigDecimal value;
    private final long unscaled;
    private final long denominator;

    /**
     * Creates the percentage.
     *
     * @param percent the percentage, 0 to 100, at most 6 decimals
     */
    public Percent(BigDecimal percent) {
        this.value = percent;
        BigDecimal p = percent.stripTrailingZeros();
        int scale = Math.max(0, p.scale());
        this.unscaled = p.movePointRight(scale).longValueExact();
        long d = 100;
        for (int i = 0; i < scale; i++) {
            d = Math.multiplyExact(d, 10L);
        }
        this.denominator = d;
    }

    /**
     * The percentage of an amount, rounded half up to the whole đồng.
     *
     * @param amount a non-negative amount in đồng
     * @return the share
     */
    public long of(long amount) {
        long num;
        try {
            num = Math.multiplyExact(amount, unscaled);
        } catch (ArithmeticException overflow) {
            return BigDecimal.valueOf(amount).multiply(value).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
        long q = num / denominator; // towards zero
        long r = num % denominator; // the sign of num, |r| < denominator
        return 2 * r >= denominator ? q + 1 : 2 * r <= -denominator ? q - 1 : q; // half away from zero, as HALF_UP
    }

    /**
     * The percentage as given.
     *
     * @return the value
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * The percentage as plain text without trailing zeros ({@code "50"}, {@code "12.5"}).
     *
     * @return the text
     */
    public String text() {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether this is 100%.
     *
     * @return whether full
     */
    public boolean full() {
        return value.compareTo(BigDecimal.valueOf(100)) == 0;
    }
}
