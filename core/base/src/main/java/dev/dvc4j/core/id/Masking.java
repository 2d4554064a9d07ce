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
