package dev.dvc4j.core.id;

import dev.dvc4j.core.LocalizedText;

/** A person's sex as the personal identification number encodes it (digit 4, together with the birth century). */
public enum Sex {
    /** Male (nam): even century digit. */
    MALE(LocalizedText.of("nam", "male")),
    /** Female (nữ): odd century digit. */
    FEMALE(LocalizedText.of("nữ", "female"));

    private final LocalizedText label;

    Sex(LocalizedText label) {
        this.label = label;
    }

    /**
     * The word for this sex in Vietnamese and English.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }
}
