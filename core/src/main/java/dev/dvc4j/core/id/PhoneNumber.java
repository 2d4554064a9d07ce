package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;

/**
 * A Vietnamese phone number in national form, {@code 0} and 9 digits ({@code 0912345678}); {@code +84} and
 * {@code 84} prefixes are accepted on parsing. {@link #toString()} masks it.
 *
 * @param value the national form, ten digits starting with 0
 */
public record PhoneNumber(String value) implements Serializable {

    /** Validates the format. */
    public PhoneNumber {
        if (value == null || !value.matches("0[235789]\\d{8}")) {
            throw new InvalidIdentifierException("PhoneNumber", Masking.mask(value), LocalizedText.of(
                    "Số điện thoại \"%s\" không hợp lệ (0 và 9 chữ số, đầu số 02, 03, 05, 07, 08, 09)",
                    "Phone number \"%s\" is invalid (0 and 9 digits, prefixes 02, 03, 05, 07, 08, 09)")
                    .formatted(Masking.mask(value)));
        }
    }

    /**
     * Parses a phone number, removing spaces, dots and dashes and converting {@code +84}/{@code 84} to {@code 0}.
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
        } else if (s.startsWith("84") && s.length() == 11) {
            s = "0" + s.substring(2);
        }
        return new PhoneNumber(s);
    }

    /** @return the number, unmasked (never log this) */
    @JsonValue
    public String value() {
        return value;
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
