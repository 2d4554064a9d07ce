package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A procedure, offer, regime or rule that cannot be built or applied: bad data, or nothing in force on a date. */
public class ProcedureException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable machine code, {@code procedure.*}
     * @param text the message
     */
    public ProcedureException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param code a stable machine code
     * @param text the message
     * @param cause the cause, or {@code null}
     */
    public ProcedureException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }

    static ProcedureException invalid(String what, String vi, String en, Object... args) {
        return new ProcedureException("procedure.invalid." + what, LocalizedText.of(vi, en).formatted(args));
    }
}
