package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A signature of a dossier's head that cannot be made or kept: a signature over a head the history does not have,
 * one that covers more events than the history holds, a malformed signature record, or a signer that failed. The
 * dossier the call was made on is unchanged. Codes start with {@code dossier.signature.}; no message contains key
 * material.
 */
public class HistorySignatureException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable code such as {@code dossier.signature.head-mismatch}
     * @param text what is wrong
     */
    public HistorySignatureException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param code a stable code
     * @param text what is wrong
     * @param cause the underlying failure (a signer's exception), or {@code null}
     */
    public HistorySignatureException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
