package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A key that cannot be used to sign or verify dossier histories: a malformed PEM file, an encrypted or SEC1 private
 * key, an algorithm or curve other than Ed25519 and EC P-256, or a file with no key. Codes start with
 * {@code dossier.key.}; no message contains key material.
 */
public class SigningKeyException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable code such as {@code dossier.key.unsupported}
     * @param text what is wrong
     */
    public SigningKeyException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param code a stable code
     * @param text what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public SigningKeyException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
