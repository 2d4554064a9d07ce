package dev.dvc4j.core.dossier;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

/**
 * Signs dossier heads: the service-provider interface behind {@link Dossier#sign(HistorySigner, java.time.Instant)}
 * and the {@link DossierPoints#SIGNERS signers} a {@link DossierWorkflow} signs with. {@link JdkHistorySigner} signs
 * with a key file on the JDK alone; a host implements this interface for a hardware security module, a PKCS#11 token
 * (through the JDK's SunPKCS11 provider, {@link JdkHistorySigner#of(java.security.PrivateKey, PublicKey)} already
 * does), or a certification authority's remote signing service.
 *
 * <p>An implementation gives its public key, from which the algorithm ({@link SignatureAlgorithm#of}) and the key id
 * ({@link TrustedKeys#keyId}) are derived, so a verifier needs nothing but the public key; and it signs the bytes it
 * is given — the whole message, not a digest of it — in the algorithm's encoding (Ed25519's 64 bytes; for ECDSA
 * P-256 with SHA-256, the DER {@code SEQUENCE {r, s}}). Every signature is verified with the public key before it is
 * kept, so a misconfigured signer fails at once with {@code dossier.signature.signer-invalid} rather than leaving a
 * history that verifies nowhere.
 *
 * <p>Implementations must be thread-safe and must not put key material in {@code toString()}, logs or exceptions.
 */
public interface HistorySigner {

    /**
     * The public half of the signing key.
     *
     * @return an Ed25519 or EC P-256 public key
     */
    PublicKey publicKey();

    /**
     * Signs a message.
     *
     * @param message the bytes to sign ({@link HeadSignature#message}); the implementation may not keep them
     * @return the signature in the algorithm's encoding
     * @throws GeneralSecurityException if the key or the provider refuses
     * @throws IOException if a remote signer cannot be reached
     */
    byte[] sign(byte[] message) throws GeneralSecurityException, IOException;
}
