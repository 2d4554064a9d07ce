package dev.dvc4j.core.json;

import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadProblem;
import org.jspecify.annotations.Nullable;

/**
 * JSON that is not dvc4j's wire format: malformed text or bytes, an unknown property, a wrong type, an invalid value
 * (a bad identifier, an impossible date), a document that is empty or {@code null}, a limit passed, or a history that
 * does not verify. Its {@link #problem()} names the input, line, column and JSON path ({@code $.events[3].at}) and what
 * went wrong, in Vietnamese and English, with a code of its own ({@code input.duplicate-key}, {@code id.invalid.TaxCode},
 * …); the exception's code is always {@code json.wire-format}.
 */
public class WireFormatException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    /** The code of every wire-format error. */
    public static final String CODE = "json.wire-format";

    /**
     * Creates the exception.
     *
     * @param problem where and why
     * @param cause the parser's exception, or {@code null}
     */
    public WireFormatException(ReadProblem problem, @Nullable Throwable cause) {
        super(CODE, problem, cause);
    }

    /**
     * The typed error of a failure while reading JSON with a Jackson 2 mapper (or of an I/O failure): the policy's
     * code, position and bilingual text, never Jackson's wording; the failure stays the cause.
     *
     * @param source the input's name in messages, or empty
     * @param e the failure
     * @return the error
     */
    public static WireFormatException of(String source, Throwable e) {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(e, "e");
        return new WireFormatException(dev.dvc4j.core.internal.json.JsonProblems.of(source, e,
                dev.dvc4j.core.internal.json.StrictJson.LIMITS), e);
    }

    /**
     * The same error as a reading-policy error, as the readers of other formats raise it.
     *
     * @param e the reading-policy error
     * @return the wire-format error, with the same problem and cause
     */
    public static WireFormatException of(InputFormatException e) {
        return e instanceof WireFormatException w ? w : new WireFormatException(e.problem(), e.getCause() == null ? e : e.getCause());
    }
}
