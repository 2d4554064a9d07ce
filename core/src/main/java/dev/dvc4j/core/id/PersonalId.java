package dev.dvc4j.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A Vietnamese personal identification number (số định danh cá nhân, printed on the CCCD): 12 digits. Digits 1–3
 * are the place of birth registration, digit 4 the century and sex, digits 5–6 the last two digits of the birth
 * year, then six random digits. There is no check digit. {@link #toString()} masks the number.
 *
 * @param value the 12 digits
 */
public record PersonalId(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    /** Validates the format. */
    public PersonalId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException("PersonalId", Masking.mask(value), LocalizedText.of(
                    "Số định danh cá nhân \"%s\" phải gồm đúng 12 chữ số",
                    "Personal identification number \"%s\" must be exactly 12 digits").formatted(Masking.mask(value)));
        }
    }

    /**
     * Parses a personal identification number.
     *
     * @param text the text
     * @return the number
     * @throws InvalidIdentifierException if malformed
     */
    @JsonCreator
    public static PersonalId parse(String text) {
        return new PersonalId(text == null ? null : text.strip());
    }

    /** @return the digits, unmasked (for the wire format; never log this) */
    @JsonValue
    public String value() {
        return value;
    }

    /** The masked number, {@code 0791******45}. */
    @Override
    public String toString() {
        return Masking.mask(value);
    }
}
