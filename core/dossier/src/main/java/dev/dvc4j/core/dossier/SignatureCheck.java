package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * The verification of one head signature ({@link SignedHistoryVerification#signatures()}).
 *
 * @param index the signature's position in the dossier's {@code signatures}, from 0
 * @param signature the signature
 * @param status what was found
 * @param message what was found, in words, naming the signature and the events concerned
 */
public record SignatureCheck(int index, HeadSignature signature, SignatureStatus status, LocalizedText message) {

    /** Validates the parts. */
    public SignatureCheck {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** @return whether the signature is valid and so covers its events */
    public boolean isValid() {
        return status == SignatureStatus.VALID;
    }
}
