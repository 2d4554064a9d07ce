package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The public keys whose head signatures a verifier accepts ({@link Dossier#verifyHistory(TrustedKeys)}), by key id.
 * Read from PEM files of X.509 SubjectPublicKeyInfo blocks ({@code -----BEGIN PUBLIC KEY-----}, as
 * {@code openssl pkey -pubout} writes them; several per file, text between blocks ignored) or given as JCA keys (a
 * certificate's {@code getPublicKey()}, a token's public key).
 *
 * <p>A key id is the first 128 bits of the SHA-256 of the key's DER SubjectPublicKeyInfo (an EC point uncompressed,
 * the curve named), in lower-case hex: it is derived from the key alone, so signer and verifier agree on it without
 * exchanging anything else. Trusting a key here means trusting every signature it made; this class checks no
 * certificate, validity period or revocation — a host that needs those checks them before it builds the set.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrustedKeys {

    private static final TrustedKeys NONE = new TrustedKeys(Map.of());

    private final Map<String, PublicKey> byId;

    private TrustedKeys(Map<String, PublicKey> byId) {
        this.byId = byId;
    }

    /**
     * The key id of a public key.
     *
     * @param key an Ed25519 or EC P-256 public key
     * @return 32 lower-case hex digits
     * @throws SigningKeyException {@code dossier.key.unsupported} for another key
     */
    public static String keyId(PublicKey key) {
        return Keys.keyId(key);
    }

    /** @return a set that trusts no key */
    public static TrustedKeys none() {
        return NONE;
    }

    /**
     * The set of some keys. The same key given twice is kept once.
     *
     * @param keys Ed25519 or EC P-256 public keys
     * @return the set
     * @throws SigningKeyException {@code dossier.key.unsupported} for another key
     */
    public static TrustedKeys of(PublicKey... keys) {
        return of(Arrays.asList(Objects.requireNonNull(keys, "keys")));
    }

    /**
     * The set of some keys. The same key given twice is kept once.
     *
     * @param keys Ed25519 or EC P-256 public keys
     * @return the set
     * @throws SigningKeyException {@code dossier.key.unsupported} for another key
     */
    public static TrustedKeys of(Collection<? extends PublicKey> keys) {
        Objects.requireNonNull(keys, "keys");
        Map<String, PublicKey> m = new LinkedHashMap<>();
        for (PublicKey k : keys) {
            add(m, Keys.canonical(Objects.requireNonNull(k, "key")));
        }
        return new TrustedKeys(Collections.unmodifiableMap(m));
    }

    /**
     * The keys of PEM text: one or more {@code PUBLIC KEY} blocks.
     *
     * @param pem the text
     * @return the set
     * @throws SigningKeyException if the text is malformed, holds no public key, holds another kind of block (a
     *         private key — which must never be handed to verifiers — or a certificate, each named), or an
     *         unsupported key
     */
    public static TrustedKeys fromPem(String pem) {
        return fromPem(pem, "PEM");
    }

    /**
     * The keys of a PEM file ({@link #fromPem(String)}).
     *
     * @param file the file
     * @return the set
     * @throws SigningKeyException as {@link #fromPem(String)}, or {@code dossier.key.io} if it cannot be read
     */
    public static TrustedKeys read(Path file) {
        return fromPem(Keys.readPem(file), String.valueOf(file.getFileName()));
    }

    private static TrustedKeys fromPem(String pem, String source) {
        Objects.requireNonNull(pem, "pem");
        Map<String, PublicKey> m = new LinkedHashMap<>();
        for (Keys.Block b : Keys.pemBlocks(pem, source)) {
            if (!b.label().equals("PUBLIC KEY")) {
                throw unexpected(source, b);
            }
            try {
                add(m, Keys.publicKey(b.der()));
            } catch (SigningKeyException e) {
                throw new SigningKeyException(e.code(), LocalizedText.of(
                        source + ", khối " + b.number() + ": " + e.text().vi(), source + ", block " + b.number() + ": " + e.text().en()));
            }
        }
        if (m.isEmpty()) {
            throw new SigningKeyException("dossier.key.none", LocalizedText.of(
                    "%s: không có khối \"PUBLIC KEY\" nào", "%s: no \"PUBLIC KEY\" block").formatted(source));
        }
        return new TrustedKeys(Collections.unmodifiableMap(m));
    }

    private static void add(Map<String, PublicKey> m, PublicKey canonical) {
        String id = Keys.keyId(canonical);
        PublicKey before = m.putIfAbsent(id, canonical);
        if (before != null && !before.equals(canonical)) {
            throw new SigningKeyException("dossier.key.duplicate-id", LocalizedText.of(
                    "Hai khóa khác nhau có cùng mã khóa %s", "Two different keys have the same key id %s").formatted(id));
        }
    }

    private static SigningKeyException unexpected(String source, Keys.Block b) {
        LocalizedText advice = b.label().contains("PRIVATE KEY")
                ? LocalizedText.of("đây là khóa bí mật: không bao giờ đưa nó cho bên kiểm tra; chỉ đưa khóa công khai (openssl pkey -pubout)",
                        "this is a private key: never hand it to verifiers; give the public key (openssl pkey -pubout)")
                : b.label().equals("CERTIFICATE")
                ? LocalizedText.of("chứng thư số không được đọc: lấy khóa công khai của nó (openssl x509 -pubkey -noout) sau khi đã kiểm tra chứng thư",
                        "certificates are not read: take its public key (openssl x509 -pubkey -noout) once you have checked the certificate")
                : LocalizedText.of("tệp khóa tin cậy chỉ chứa các khối \"PUBLIC KEY\"", "a trusted keys file holds \"PUBLIC KEY\" blocks only");
        return Keys.unexpectedBlock(source, b, advice);
    }

    /**
     * The key with an id.
     *
     * @param keyId the key id
     * @return the key, if trusted
     */
    public Optional<PublicKey> find(String keyId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(keyId, "keyId")));
    }

    /** @return the ids of the trusted keys, in the order given */
    public Set<String> keyIds() {
        return byId.keySet();
    }

    /** @return the trusted keys, in the order given */
    public List<PublicKey> keys() {
        return List.copyOf(byId.values());
    }

    /** @return the number of trusted keys */
    public int size() {
        return byId.size();
    }

    /**
     * This set and another.
     *
     * @param other more keys
     * @return the union
     */
    public TrustedKeys plus(TrustedKeys other) {
        Objects.requireNonNull(other, "other");
        Map<String, PublicKey> m = new LinkedHashMap<>(byId);
        other.byId.values().forEach(k -> add(m, k));
        return new TrustedKeys(Collections.unmodifiableMap(m));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedKeys t && t.byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    /** The key ids. */
    @Override
    public String toString() {
        return "TrustedKeys" + byId.keySet();
    }
}
