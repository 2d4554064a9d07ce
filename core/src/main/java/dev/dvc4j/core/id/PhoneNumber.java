package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A Vietnamese phone number in national form: a mobile number, {@code 0} and 9 digits with prefix 03, 05, 07, 08
 * or 09 ({@code 0912345678}), or a landline, {@code 02} and 9 digits (area code and subscriber number since the
 * 2017 renumbering, {@code 02438251234}); {@code +84} and {@code 84} prefixes, spaces, dots, dashes and brackets are
 * accepted on parsing. {@link #toString()} masks it.
 *
 * @param value the national form: ten digits (mobile) or eleven (landline), starting with 0
 */
public record PhoneNumber(String value) implements Serializable {

    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    /** Validates the format. */
    public PhoneNumber {
        if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
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
        if (text == null) {
            return new PhoneNumber(null);
        }
        String s = text.replaceAll("[\\s.\\-()]", "");
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("84") && (s.length() == 11 || s.length() == 12)) {
            s = "0" + s.substring(2);
        }
        return new PhoneNumber(s);
    }

    /**
     * Whether a text is a valid phone number ({@link #parse(String)} would accept it).
     *
     * @param text the text
     * @return whether it is valid
     */
    public static boolean isValid(String text) {
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
