package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.security.PublicKey;

/**
 * The signature algorithms of {@link HeadSignature}s, both in every Java 17 runtime without another provider:
 * Ed25519 (RFC 8032) and ECDSA on the NIST P-256 curve with SHA-256 (FIPS 186-4), which hardware tokens and key
 * services also offer. On the wire: {@code ed25519}, {@code ecdsa-p256-sha256}.
 *
 * <p>Signature encodings: an Ed25519 signature is its 64 bytes; an ECDSA signature is the DER
 * {@code SEQUENCE {INTEGER r, INTEGER s}} that the JDK's {@code SHA256withECDSA}, OpenSSL and Python's
 * {@code cryptography} produce (a raw {@code r‖s} from a PKCS#11 {@code CKM_ECDSA} call or a key vault must be DER
 * encoded first).
 */
public enum SignatureAlgorithm implements Labelled {
    /** Ed25519: 32-byte keys, 64-byte deterministic signatures. */
    ED25519("Ed25519", "Ed25519"),
    /** ECDSA on P-256 (secp256r1, prime256v1) with SHA-256, DER-encoded signatures. */
    ECDSA_P256_SHA256("SHA256withECDSA", "ECDSA P-256 với SHA-256");

    private final String jcaName;
    private final LocalizedText label;

    SignatureAlgorithm(String jcaName, String vi) {
        this.jcaName = jcaName;
        this.label = LocalizedText.of(vi, vi.replace(" với ", " with "));
    }

    /** @return the label in both languages */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** @return the JCA name of the signature algorithm ({@code Ed25519}, {@code SHA256withECDSA}) */
    public String jcaName() {
        return jcaName;
    }

    /**
     * The algorithm of a public key.
     *
     * @param key an Ed25519 or EC P-256 public key
     * @return its algorithm
     * @throws SigningKeyException {@code dossier.key.unsupported} for any other key
     */
    public static SignatureAlgorithm of(PublicKey key) {
        return Keys.algorithmOf(key);
    }

    /** @return the largest signature this algorithm produces, in bytes */
    int maxSignatureLength() {
        return this == ED25519 ? 64 : 72;
    }

    /** @return the smallest signature this algorithm produces, in bytes */
    int minSignatureLength() {
        return this == ED25519 ? 64 : 8;
    }
}
