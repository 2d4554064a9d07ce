package dev.dvc4j.core.id;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * One disagreement between what a personal identification number encodes and what its holder declared.
 *
 * @param field which fact disagrees
 * @param declared the declared value ({@code "1990"}, {@code "FEMALE"})
 * @param encoded the value the number encodes
 * @param text the explanation in Vietnamese and English
 */
public record PersonalIdMismatch(Field field, String declared, String encoded, LocalizedText text) {

    /** Validates the fields. */
    public PersonalIdMismatch {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(text, "text");
    }

    /** A fact the personal identification number encodes. */
    public enum Field {
        /** The year of birth (digits 4–6). */
        BIRTH_YEAR,
        /** The sex (digit 4). */
        SEX
    }
}
