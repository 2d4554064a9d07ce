package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.json.VnTime;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signature over a dossier's head ("đã ký"): an attestation, by the holder of a key, that the first
 * {@code version} events of the dossier's history hash to {@code headHash}. Because each event carries the hash of
 * the one before, the signature covers every one of those events: changing any of them, even with every later hash
 * recomputed, changes the head and so no longer matches the signature, and nobody without the key can sign the new
 * head.
 *
 * <p>Signatures are kept beside the events, not among them: they are not part of the hash chain and not of
 * {@link Dossier#equals}; every transition carries them forward, {@link Dossier#replay} (which starts from events
 * alone) has none. On the wire a dossier lists them in an optional top-level {@code signatures} array.
 *
 * <p>The signed bytes are {@link #message(DossierCode)}: a versioned UTF-8 text of the dossier code and every
 * property but the signature, specified in {@code docs/WIRE-FORMATS.md} so any language can verify it. A signature is
 * made with {@link Dossier#sign(HistorySigner, Instant)} and checked with {@link Dossier#verifyHistory(TrustedKeys)}.
 *
 * @param version the number of events covered, from the first (the dossier's {@link Dossier#version()} when signed)
 * @param headHash the hash of the last covered event, 64 lower-case hex digits (the dossier's
 *                 {@link Dossier#headHash()} when signed)
 * @param keyId the signing key's id ({@link TrustedKeys#keyId}: derived from the public key, so a verifier needs no
 *              other mapping)
 * @param algorithm the signature algorithm
 * @param signedAt when the signer says it signed; a claim of the signer, covered by the signature
 * @param signature the signature bytes in standard Base64 with padding (RFC 4648 §4)
 */
public record HeadSignature(int version, String headHash, String keyId, SignatureAlgorithm algorithm,
                            @VnTime Instant signedAt, String signature) implements Serializable {

    /** The first line of every signed message: the format and its version. */
    public static final String MESSAGE_FORMAT = "dvc4j-head-signature-v1";

    /** Validates every part. */
    public HeadSignature {
        if (version < 1) {
            throw malformed(LocalizedText.of("số sự kiện được ký phải từ 1 trở lên, nhận được %d",
                    "the number of signed events must be at least 1, got %d").formatted(version));
        }
        if (!Hashing.isSha256Hex(headHash)) {
            throw malformed(LocalizedText.of("mã băm đầu chuỗi phải gồm 64 chữ số hệ 16 viết thường",
                    "the head hash must be 64 lower-case hex digits"));
        }
        if (!Keys.isKeyId(keyId)) {
            throw malformed(LocalizedText.of("mã khóa phải gồm %d chữ số hệ 16 viết thường",
                    "the key id must be %d lower-case hex digits").formatted(Keys.KEY_ID_LENGTH));
        }
        if (algorithm == null) {
            throw malformed(LocalizedText.of("thiếu thuật toán ký", "the algorithm is missing"));
        }
        if (signedAt == null) {
            throw malformed(LocalizedText.of("thiếu thời điểm ký (signedAt)",
                    "the signing time (signedAt) is missing"));
        }
        byte[] bytes = decode(signature);
        if (bytes == null) {
            throw malformed(LocalizedText.of("chữ ký phải là Base64 chuẩn có đệm (RFC 4648)",
                    "the signature must be standard Base64 with padding (RFC 4648)"));
        }
        if (bytes.length < algorithm.minSignatureLength() || bytes.length > algorithm.maxSignatureLength()) {
            throw malformed(LocalizedText.of("chữ ký %s không thể dài %d byte", "a signature by %s cannot be %d bytes long")
                    .formatted(algorithm.wireName(), bytes.length));
        }
    }

    /**
     * The bytes a signer signs and a verifier checks: UTF-8 text, each line ended by a line feed (U+000A), in this
     * order —
     * <pre>
     * dvc4j-head-signature-v1
     * code=000.00.21.H42-260302-0007
     * version=8
     * headHash=2864482b8d1ebf525211de8220033e2a7670ff898aecfec1f07f2739fa7d6bcf
     * keyId=3f1c0b9a5e2d4c6b8a7f9e0d1c2b3a49
     * algorithm=ed25519
     * signedAt=2026-03-04T11:00:00+07:00
     * </pre>
     * the dossier code in its canonical form, the version in decimal without leading zeros, the algorithm by its wire
     * name and the time in the wire format's form (+07:00, seconds always, a fraction only when non-zero and without
     * trailing zeros).
     *
     * @param code the dossier's code
     * @param version the number of events covered
     * @param headHash the head hash at that number
     * @param keyId the key id
     * @param algorithm the algorithm
     * @param signedAt the signing time
     * @return the message, a new array
     */
    public static byte[] message(DossierCode code, int version, String headHash, String keyId,
                                 SignatureAlgorithm algorithm, Instant signedAt) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signedAt, "signedAt");
        String text = MESSAGE_FORMAT + "\n"
                + "code=" + code + "\n"
                + "version=" + version + "\n"
                + "headHash=" + headHash + "\n"
                + "keyId=" + keyId + "\n"
                + "algorithm=" + algorithm.wireName() + "\n"
                + "signedAt=" + VnTimes.format(signedAt) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * This signature's message ({@link #message(DossierCode, int, String, String, SignatureAlgorithm, Instant)}).
     *
     * @param code the code of the dossier it belongs to
     * @return the signed bytes
     */
    public byte[] message(DossierCode code) {
        return message(code, version, headHash, keyId, algorithm, signedAt);
    }

    /** @return the signature's bytes, a new array */
    public byte[] signatureBytes() {
        return Base64.getDecoder().decode(signature);
    }

    /** The version, key id, algorithm and time; the signature's bytes are public but not useful in a log. */
    @Override
    public String toString() {
        return "HeadSignature[version=" + version + ", keyId=" + keyId + ", algorithm=" + algorithm.wireName()
                + ", signedAt=" + signedAt + "]";
    }

    /** @return the decoded bytes of canonical standard Base64 with padding, or {@code null} */
    private static byte[] decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HistorySignatureException malformed(LocalizedText why) {
        return new HistorySignatureException("dossier.signature.malformed", LocalizedText.of(
                "Chữ ký đầu chuỗi không hợp lệ: " + why.vi(), "Invalid head signature: " + why.en()));
    }
}
