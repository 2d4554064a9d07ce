package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;

/** What a verifier found of one {@link HeadSignature} ({@link SignatureCheck}). */
public enum SignatureStatus implements Labelled {
    /** Made by a trusted key over the head the history has at that number of events: it covers them. */
    VALID("Hợp lệ", "Valid"),
    /** Made by a key that is not trusted: it proves nothing and covers nothing (not an error in itself). */
    UNKNOWN_KEY("Khóa không được tin cậy", "Unknown key"),
    /**
     * The bytes are not a signature of this message by the trusted key: the signature, or a property it signs (the
     * head hash, the number of events, the time, the dossier code), was altered, or forged.
     */
    BAD_SIGNATURE("Chữ ký sai", "Bad signature"),
    /**
     * A valid signature, but the history's events up to that number do not hash to the signed head: an event it
     * covers was edited (even with every later hash recomputed), or the chain inside them is broken.
     */
    HEAD_MISMATCH("Không khớp mã băm đầu chuỗi", "Head mismatch"),
    /** A valid signature over more events than the history holds: events were removed after it was signed. */
    MISSING_EVENTS("Thiếu sự kiện", "Missing events");

    private final LocalizedText label;

    SignatureStatus(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * Whether this finding means the history or the signature was tampered with: a bad signature, a head mismatch or
     * missing events. A valid signature and one by an unknown key are not failures.
     *
     * @return whether it is a failure
     */
    public boolean isFailure() {
        return this == BAD_SIGNATURE || this == HEAD_MISMATCH || this == MISSING_EVENTS;
    }
}
