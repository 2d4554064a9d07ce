package dev.dvc4j.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of Vietnamese đồng: whole đồng over a {@code long}, as every Vietnamese fee, charge and tariff is
 * stated. Arithmetic is exact and throws {@link MoneyException} on overflow instead of wrapping; nothing here uses
 * floating point. Amounts may be negative (a discount line, a refund).
 *
 * <p>On the wire (JSON) an amount is a plain integer number of đồng.
 *
 * @param dong the amount in đồng
 */
public record Vnd(long dong) implements Comparable<Vnd>, Serializable {

    /** Zero đồng. */
    public static final Vnd ZERO = new Vnd(0);

    /**
     * An amount.
     *
     * @param dong whole đồng
     * @return the amount
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Vnd of(long dong) {
        return dong == 0 ? ZERO : new Vnd(dong);
    }

    /**
     * The amount in đồng; also the JSON form (a plain integer).
     *
     * @return whole đồng
     */
    @JsonValue
    @Override
    public long dong() {
        return dong;
    }

    /**
     * Parses an amount written as digits with optional thousands separators ({@code .}, {@code ,}, space) and an
     * optional {@code đ}, {@code ₫}, {@code VND} or {@code VNĐ} suffix: {@code "26.000"}, {@code "26,000 VND"},
     * {@code "-8000"}.
     *
     * @param text the text
     * @return the amount
     * @throws MoneyException if the text is not a whole amount of đồng
     */
    public static Vnd parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        for (String suffix : new String[] {"VNĐ", "VND", "Đ", "₫"}) {
            if (upper.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length()).strip();
                break;
            }
        }
        String digits = s.replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("-?\\d{1,19}")) {
            throw new MoneyException("money.parse", LocalizedText.of(
                    "Số tiền không hợp lệ: \"%s\" (phải là số đồng nguyên)",
                    "Invalid amount: \"%s\" (must be whole đồng)").formatted(text));
        }
        try {
            return of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw overflow("parse");
        }
    }

    /**
     * This amount plus another.
     *
     * @param other the other amount
     * @return the sum
     * @throws MoneyException on overflow
     */
    public Vnd plus(Vnd other) {
        try {
            return of(Math.addExact(dong, other.dong));
        } catch (ArithmeticException e) {
            throw overflow("plus");
        }
    }

    /**
     * This amount minus another.
     *
     * @param other the other amount
     * @return the difference
     * @throws MoneyException on overflow
     */
    public Vnd minus(Vnd other) {
        try {
            return of(Math.subtractExact(dong, other.dong));
        } catch (ArithmeticException e) {
            throw overflow("minus");
        }
    }

    /**
     * This amount times a whole factor.
     *
     * @param factor the factor
     * @return the product
     * @throws MoneyException on overflow
     */
    public Vnd times(long factor) {
        try {
            return of(Math.multiplyExact(dong, factor));
        } catch (ArithmeticException e) {
            throw overflow("times");
        }
    }

    /**
     * A percentage of this amount, rounded half up to the whole đồng (the rounding Vietnamese invoices use).
     *
     * @param percent the percentage, 0 to 100 or more, with any scale (e.g. {@code 50}, {@code 12.5})
     * @return the rounded share
     */
    public Vnd percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        BigDecimal v = BigDecimal.valueOf(dong).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        try {
            return of(v.longValueExact());
        } catch (ArithmeticException e) {
            throw overflow("percent");
        }
    }

    /**
     * The negated amount.
     *
     * @return {@code -this}
     */
    public Vnd negate() {
        return times(-1);
    }

    /**
     * The smaller of two amounts.
     *
     * @param other the other amount
     * @return the smaller
     */
    public Vnd min(Vnd other) {
        return of(Math.min(dong, other.dong));
    }

    /**
     * The larger of two amounts.
     *
     * @param other the other amount
     * @return the larger
     */
    public Vnd max(Vnd other) {
        return of(Math.max(dong, other.dong));
    }

    /** @return whether this amount is zero */
    public boolean isZero() {
        return dong == 0;
    }

    /** @return whether this amount is below zero */
    public boolean isNegative() {
        return dong < 0;
    }

    /** @return whether this amount is above zero */
    public boolean isPositive() {
        return dong > 0;
    }

    @Override
    public int compareTo(Vnd o) {
        return Long.compare(dong, o.dong);
    }

    /**
     * The amount as Vietnamese write it: {@code "26.000 ₫"}.
     *
     * @return the Vietnamese form
     */
    public String toVietnamese() {
        return group(dong, '.') + " ₫";
    }

    /** The amount as English text: {@code "26,000 VND"}. */
    @Override
    public String toString() {
        return group(dong, ',') + " VND";
    }

    private static String group(long v, char sep) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(sep);
        return new DecimalFormat("#,##0", symbols).format(v);
    }

    private static MoneyException overflow(String op) {
        return new MoneyException("money.overflow", LocalizedText.of(
                "Tràn số khi tính tiền (%s)", "Amount overflow in %s").formatted(op));
    }
}
