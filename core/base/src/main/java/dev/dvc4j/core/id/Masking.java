package dev.dvc4j.core.id;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data for {@code toString()} and logs: keeps the first four and last two characters,
 * {@code 079123456745 → 0791******45}.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Masks an identifier or phone number.
     *
     * @param value the value, may be {@code null}
     * @return the masked value; values of six characters or fewer are masked entirely
     */
    public static String mask(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        int n = value.length();
        if (n <= 6) {
            return "*".repeat(n);
        }
        return value.substring(0, 4) + "*".repeat(n - 6) + value.substring(n - 2);
    }

    /**
     * A value as an error message may show it: unchanged, unless it could be someone's personal number (a personal
     * ID, a phone number, a personal tax code) typed into another field, which is masked as {@link #mask(String)} does.
     * A value counts as such when it holds a run of nine or more digits, or nine or more digits in all once spaces,
     * dots, dashes, parentheses and a leading {@code +} are set aside; fourteen digits are the national portal's
     * {@code yyyyMMddHHmmss} time and stay readable. Codes of agencies, procedures and dossiers never count, so they
     * stay readable too.
     *
     * @param value the value, may be {@code null}
     * @return the value, or its masked form ({@code "null"} for {@code null})
     */
    public static String inMessage(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        int run = 0;
        int digits = 0;
        boolean onlyNumberish = true;
        boolean personalRun = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                digits++;
                run++;
                continue;
            }
            personalRun |= personal(run);
            run = 0;
            if (i < value.length() && c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && !(c == '+' && i == 0)) {
                onlyNumberish = false;
            }
        }
        return personalRun || onlyNumberish && personal(digits) ? mask(value) : value;
    }

    /** Nine to thirteen digits (identity, phone and tax numbers) or more than fourteen; fourteen is a portal time. */
    private static boolean personal(int digits) {
        return digits >= 9 && digits != 14;
    }

    /**
     * Masks a person's name: keeps each word's first letter, {@code "Nguyễn Văn An" → "N*** V** A*"}.
     *
     * @param name the name, may be {@code null}
     * @return the masked name
     */
    public static String maskName(@Nullable String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            int first = w.offsetByCodePoints(0, 1);
            sb.append(w, 0, first).append("*".repeat(Math.max(0, w.codePointCount(first, w.length()))));
        }
        return sb.toString();
    }
}
