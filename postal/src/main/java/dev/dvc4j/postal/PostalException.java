package dev.dvc4j.postal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The root of the postal module's typed exceptions. Codes start with {@code postal.}; subclasses name the common
 * problems (a bad weight, an unknown zone, no tariff in force, overlapping tariffs, malformed tariff data, an unknown
 * beneficiary category).
 */
public class PostalException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable machine code starting with {@code postal.}
     * @param text the message in both languages
     */
    public PostalException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param code a stable machine code starting with {@code postal.}
     * @param text the message in both languages
     * @param cause the cause, or {@code null}
     */
    public PostalException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
