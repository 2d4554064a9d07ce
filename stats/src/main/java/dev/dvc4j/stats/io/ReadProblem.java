package dev.dvc4j.stats.io;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * One malformed row.
 *
 * @param line the 1-based line number in the input
 * @param code the stable error code ({@code stats.read.json}, {@code stats.read.value}, {@code stats.facts.invalid}, …)
 * @param message why, in Vietnamese and English
 */
public record ReadProblem(long line, String code, LocalizedText message) implements Serializable {

    /** Validates the fields. */
    public ReadProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code "line 12: Invalid value for \"channel\": \"fax\""}. */
    @Override
    public String toString() {
        return "line " + line + ": " + message.en();
    }
}
