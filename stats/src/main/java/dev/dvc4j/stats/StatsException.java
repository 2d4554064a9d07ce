package dev.dvc4j.stats;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A statistics error: invalid facts, an inconsistent merge, a malformed configuration or input file. Codes start
 * with {@code stats.}.
 */
public class StatsException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the stable code, such as {@code "stats.facts.invalid"}
     * @param text the message in Vietnamese and English
     */
    public StatsException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code the stable code
     * @param text the message in Vietnamese and English
     * @param cause the underlying cause, or {@code null}
     */
    public StatsException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
