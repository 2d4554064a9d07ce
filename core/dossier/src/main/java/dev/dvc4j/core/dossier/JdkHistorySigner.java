package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A {@link HistorySigner} on the JDK alone: an Ed25519 or EC P-256 private key, from a PKCS#8 PEM file as
 * {@code openssl genpkey} writes it or from any JCA key (a PKCS#11 token's through the SunPKCS11 provider).
 *
 * <pre>{@code
 * // openssl genpkey -algorithm ed25519 -out signing-key.pem
 * // openssl pkey -in signing-key.pem -pubout -out signing-key.pub.pem   (give this one to verifiers)
 * HistorySigner signer = JdkHistorySigner.read(Path.of("signing-key.pem"));
 * Dossier signed = dossier.sign(signer, clock.instant());
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the key id and algorithm only.
 */
public final class JdkHistorySigner implements HistorySigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final SignatureAlgorithm algorithm;
    private final String keyId;

    private JdkHistorySigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = Keys.canonical(publicKey);
        this.algorithm = Keys.algorithmOf(this.publicKey);
        this.keyId = Keys.keyId(this.publicKey);
    }

    /**
     * A signer with a private key and its public key; for a key the JDK cannot read (a token's handle), give the
     * public key from the token or its certificate.
     *
     * @param privateKey the private key
     * @param publicKey its public key
     * @return the signer
     * @throws SigningKeyException {@code dossier.key.unsupported} for a key other than Ed25519 or EC P-256,
     *         {@code dossier.key.mismatch} if the two keys are not a pair
     */
    public static JdkHistorySigner of(PrivateKey privateKey, PublicKey publicKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        JdkHistorySigner signer = new JdkHistorySigner(privateKey, publicKey);
        if (!Keys.matches(privateKey, signer.publicKey, signer.algorithm)) {
            throw new SigningKeyException("dossier.key.mismatch", LocalizedText.of(
                    "Khóa bí mật và khóa công khai %s không thành cặp", "The private key and the public key %s are not a pair")
                    .formatted(signer.keyId));
        }
        return signer;
    }

    /**
     * A signer with an Ed25519 or EC P-256 private key whose public key is derived from it.
     *
     * @param privateKey the private key, as the JDK reads it
     * @return the signer
     * @throws SigningKeyException {@code dossier.key.unsupported} for another key,
     *         {@code dossier.key.public-key-needed} if the public key cannot be derived (use {@link #of(PrivateKey,
     *         PublicKey)})
     */
    public static JdkHistorySigner of(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        return new JdkHistorySigner(privateKey, Keys.derivePublic(privateKey));
    }

    /**
     * A signer from PEM text holding one unencrypted PKCS#8 {@code PRIVATE KEY} block (text outside the block is
     * ignored).
     *
     * @param pem the PEM text
     * @return the signer
     * @throws SigningKeyException if the text holds no such block, several, or another kind of block (an encrypted
     *         key, a SEC1 {@code EC PRIVATE KEY}: each named with how to convert it), or an unsupported key
     */
    public static JdkHistorySigner fromPem(String pem) {
        return fromPem(pem, "PEM");
    }

    /**
     * A signer from a PEM file ({@link #fromPem(String)}).
     *
     * @param file the file
     * @return the signer
     * @throws SigningKeyException as {@link #fromPem(String)}, or {@code dossier.key.io} if the file cannot be read
     */
    public static JdkHistorySigner read(Path file) {
        return fromPem(Keys.readPem(file), String.valueOf(file.getFileName()));
    }

    private static JdkHistorySigner fromPem(String pem, String source) {
        Objects.requireNonNull(pem, "pem");
        Keys.Block found = null;
        for (Keys.Block b : Keys.pemBlocks(pem, source)) {
            if (!b.label().equals("PRIVATE KEY")) {
                throw unexpected(source, b);
            }
            if (found != null) {
                throw new SigningKeyException("dossier.key.several", LocalizedText.of(
                        "%s: có nhiều hơn một khóa bí mật; mỗi tệp chỉ chứa một khóa",
                        "%s: more than one private key; a file holds one key").formatted(source));
            }
            found = b;
        }
        if (found == null) {
            throw new SigningKeyException("dossier.key.none", LocalizedText.of(
                    "%s: không có khối \"PRIVATE KEY\" (PKCS#8)", "%s: no \"PRIVATE KEY\" (PKCS#8) block").formatted(source));
        }
        return of(Keys.privateKey(found.der()));
    }

    private static SigningKeyException unexpected(String source, Keys.Block b) {
        LocalizedText advice = switch (b.label()) {
            case "ENCRYPTED PRIVATE KEY" -> LocalizedText.of(
                    "khóa được mã hóa bằng mật khẩu không được đọc: dùng token PKCS#11 hoặc giải mã (openssl pkcs8 -in KHOA.pem) vào tệp được bảo vệ",
                    "password-encrypted keys are not read: use a PKCS#11 token, or decrypt it (openssl pkcs8 -in KEY.pem) into a protected file");
            case "EC PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY" -> LocalizedText.of(
                    "đổi sang PKCS#8: openssl pkcs8 -topk8 -nocrypt -in KHOA.pem",
                    "convert it to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in KEY.pem");
            default -> LocalizedText.of("tệp khóa ký chỉ chứa một khối \"PRIVATE KEY\"",
                    "a signing key file holds one \"PRIVATE KEY\" block");
        };
        return Keys.unexpectedBlock(source, b, advice);
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    /** @return the key id verifiers look the public key up by */
    public String keyId() {
        return keyId;
    }

    /** @return the signature algorithm */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        Objects.requireNonNull(message, "message");
        return Keys.sign(privateKey, algorithm, message);
    }

    /** The key id and algorithm; never the key. */
    @Override
    public String toString() {
        return "JdkHistorySigner[keyId=" + keyId + ", algorithm=" + algorithm.wireName() + "]";
    }
}
