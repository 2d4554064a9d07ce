package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese phone number in national form: a mobile number, {@code 0} and 9 digits with prefix 03, 05, 07, 08
 * or 09 ({@code 0912345678}), or a landline, {@code 02} and 9 digits (area code and subscriber number since the
 * 2017 renumbering, {@code 02438251234}); {@code +84} and {@code 84} prefixes, spaces, dots, dashes and brackets are
 * accepted on parsing. {@link #toString()} masks it.
 *
 * @param value the national form: ten digits (mobile) or eleven (landline), starting with 0
 */
public record PhoneNumber(String value) implements Serializable {

    /** Validates the format. */
    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new InvalidIdentifierException("PhoneNumber", Masking.mask(value), LocalizedText.of(
                    "Số điện thoại \"%s\" không hợp lệ (di động: 0 và 9 chữ số, đầu số 03, 05, 07, 08, 09; "
                            + "cố định: 02 và 9 chữ số)",
                    "Phone number \"%s\" is invalid (mobile: 0 and 9 digits, prefixes 03, 05, 07, 08, 09; "
                            + "landline: 02 and 9 digits)")
                    .formatted(Masking.mask(value)));
        }
    }

    /**
     * Parses a phone number, removing spaces, dots, dashes and brackets and converting {@code +84}/{@code 84} to
     * {@code 0}.
     *
     * @param text the text
     * @return the number
     * @throws InvalidIdentifierException if invalid
     */
    @JsonCreator
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = withoutSeparators(text);
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("84") && (s.length() == 11 || s.length() == 12)) {
            s = "0" + s.substring(2);
        }
        return new PhoneNumber(s);
    }

    /** Mobile {@code 0[35789]} and 8 digits, or landline {@code 02} and 9 digits. */
    private static boolean wellFormed(String s) {
        if (s == null || s.length() < 10 || s.charAt(0) != '0' || !Chars.digits(s, 1, s.length())) {
            return false;
        }
        char c = s.charAt(1);
        return s.length() == 10 ? c == '3' || c == '5' || c == '7' || c == '8' || c == '9' : s.length() == 11 && c == '2';
    }

    /** The text without white space ({@code [ \t\n\u000B\f\r]}), dots, dashes and brackets. */
    private static String withoutSeparators(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || (c >= '\t' && c <= '\r');
            if (separator && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!separator && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Whether a text is a valid phone number ({@link #parse(String)} would accept it).
     *
     * @param text the text, or {@code null} (never valid)
     * @return whether it is valid
     */
    public static boolean isValid(@Nullable String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** @return the number, unmasked (never log this) */
    @JsonValue
    public String value() {
        return value;
    }

    /** @return whether this is a landline number ({@code 02…}) */
    public boolean isLandline() {
        return value.length() == 11;
    }

    /** @return the international form, {@code +84912345678} */
    public String international() {
        return "+84" + value.substring(1);
    }

    /** The masked number. */
    @Override
    public String toString() {
        return Masking.mask(value);
    }
}
