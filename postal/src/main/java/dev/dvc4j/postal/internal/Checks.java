package dev.dvc4j.postal.internal;

import dev.dvc4j.postal.TariffFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation helpers shared by the postal value types. Not part of the API. */
public final class Checks {

    /** Identifiers of tariffs, subsidies, categories, zones and add-ons. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** A 2-digit province code. */
    public static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    /** A 5-digit commune code. */
    public static final Pattern COMMUNE = Pattern.compile("\\d{5}");
    /** A 3-digit former district code. */
    public static final Pattern DISTRICT = Pattern.compile("\\d{3}");

    /** The largest price accepted in postal data, in đồng (one trillion): keeps every quote far from overflow. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    /**
     * A code matching {@link #CODE}.
     *
     * @param what the field, for the message
     * @param value the value
     * @return the value
     */
    public static String code(String what, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw TariffFormatException.of("%s \"%s\" không hợp lệ (chữ thường, số, '.', '_', '-'; tối đa 64 ký tự)",
                    "Invalid %s \"%s\" (lower-case letters, digits, '.', '_', '-'; at most 64 characters)", what, value);
        }
        return value;
    }

    /**
     * A non-null value.
     *
     * @param what the field
     * @param value the value
     * @param <T> its type
     * @return the value
     */
    public static <T> T present(String what, T value) {
        if (value == null) {
            throw TariffFormatException.of("Thiếu %s", "Missing %s", what);
        }
        return value;
    }

    /**
     * A non-blank string.
     *
     * @param what the field
     * @param value the value
     */
    public static void text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw TariffFormatException.of("Thiếu %s", "Missing %s", what);
        }
    }

    /**
     * Province codes, deduplicated check, unmodifiable copy.
     *
     * @param what the field
     * @param codes the codes, or {@code null} for none
     * @param pattern the pattern each must match
     * @return an unmodifiable list
     */
    public static List<String> codes(String what, Collection<String> codes, Pattern pattern) {
        if (codes == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(codes.size());
        for (String c : codes) {
            if (c == null || !pattern.matcher(c).matches()) {
                throw TariffFormatException.of("%s: mã \"%s\" không hợp lệ", "%s: invalid code \"%s\"", what, c);
            }
            if (!seen.add(c)) {
                throw TariffFormatException.of("%s: mã \"%s\" bị lặp", "%s: duplicate code \"%s\"", what, c);
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /**
     * A list without nulls, copied.
     *
     * @param what the field
     * @param list the list, or {@code null} for empty
     * @param <T> element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(String what, List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw TariffFormatException.of("%s có phần tử rỗng", "%s has a null element", what);
            }
        }
        return List.copyOf(list);
    }

    /**
     * An amount between 0 and {@link #MAX_AMOUNT}.
     *
     * @param what the field
     * @param v the amount
     */
    public static void amount(String what, dev.dvc4j.core.money.Vnd v) {
        if (v.dong() < 0 || v.dong() > MAX_AMOUNT) {
            throw TariffFormatException.of("%s: số tiền %s phải từ 0 đến %d đồng", "%s: amount %s must be between 0 and %d đồng",
                    what, v, MAX_AMOUNT);
        }
    }

    /**
     * A validity period: from present, to absent or not before from.
     *
     * @param what the owner, for the message
     * @param from first day
     * @param to last day, or {@code null}
     */
    public static void period(String what, LocalDate from, LocalDate to) {
        if (from == null) {
            throw TariffFormatException.of("%s: thiếu ngày bắt đầu hiệu lực (validFrom)", "%s: missing validFrom", what);
        }
        if (to != null && to.isBefore(from)) {
            throw TariffFormatException.of("%s: ngày hết hiệu lực %s trước ngày bắt đầu %s",
                    "%s: validTo %s is before validFrom %s", what, to, from);
        }
    }

    /**
     * A percentage in (0, 100].
     *
     * @param what the field
     * @param p the percentage
     */
    public static void percent(String what, BigDecimal p) {
        if (p == null || p.signum() <= 0 || p.compareTo(HUNDRED) > 0 || p.scale() > 6) {
            throw TariffFormatException.of("%s phải lớn hơn 0 và không quá 100 (tối đa 6 chữ số thập phân), nhận %s",
                    "%s must be above 0 and at most 100 (at most 6 decimals), got %s", what, p);
        }
    }

    /**
     * Whether a day falls in a period.
     *
     * @param day the day
     * @param from first day, or {@code null} for open
     * @param to last day, or {@code null} for open
     * @return whether in force
     */
    public static boolean inForce(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
