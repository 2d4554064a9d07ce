package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How processing ended for a processed dossier. */
public enum Outcome {
    /** The request was granted. */
    APPROVED,
    /** The request was refused with reasons (the result is a refusal notice). */
    REJECTED;

    /** Computed once: Jackson calls {@link #wireName()} for every value it writes. */
    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** @return the wire name */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
