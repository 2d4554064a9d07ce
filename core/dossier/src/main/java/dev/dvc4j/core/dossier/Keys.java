package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.KeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Keys for head signatures, on the JDK alone: PEM blocks (RFC 7468), Ed25519 and EC P-256 keys in their standard
 * encodings (X.509 SubjectPublicKeyInfo, PKCS#8), key ids, and signing and verifying. No message contains key
 * material. Not part of the API.
 */
final class Keys {

    /** The length of a key id in hex digits (the first 128 bits of a SHA-256). */
    static final int KEY_ID_LENGTH = 32;
    /** The largest PEM text read, in characters. */
    static final int MAX_PEM_LENGTH = 1 << 20;

    private static final ECParameterSpec P256 = p256();
    private static final byte[] PROBE = "dvc4j key pair check".getBytes(StandardCharsets.US_ASCII);

    private Keys() {
    }

    private static ECParameterSpec p256() {
        try {
            java.security.AlgorithmParameters p = java.security.AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            return p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java platform has no P-256 curve", e);
        }
    }

    /** @return whether the text is a key id: {@link #KEY_ID_LENGTH} lower-case hex digits */
    static boolean isKeyId(String s) {
        if (s == null || s.length() != KEY_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ public keys

    /**
     * The key in the JDK's own encoding: an EC point on P-256 encoded uncompressed with the curve named, an Ed25519
     * point as RFC 8410 encodes it. Key ids are computed over this encoding, so the same key has the same id however
     * it was read (a file, a token, a certificate).
     */
    static PublicKey canonical(PublicKey key) {
        Objects.requireNonNull(key, "key");
        try {
            if (key instanceof ECPublicKey ec) {
                requireP256(ec.getParams());
                requireOnCurve(ec.getW());
                return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(ec.getW(), P256));
            }
            if (key instanceof EdECPublicKey ed) {
                requireEd25519(ed.getParams());
                return KeyFactory.getInstance("Ed25519").generatePublic(
                        new EdECPublicKeySpec(NamedParameterSpec.ED25519, ed.getPoint()));
            }
        } catch (GeneralSecurityException e) {
            throw unsupported();
        }
        byte[] der = key.getEncoded();
        if (der != null && "X.509".equals(key.getFormat())) {
            PublicKey parsed = parsePublic(der);
            if (parsed instanceof ECPublicKey || parsed instanceof EdECPublicKey) {
                return canonical(parsed);
            }
        }
        throw unsupported();
    }

    /** @return the algorithm of an Ed25519 or P-256 key */
    static SignatureAlgorithm algorithmOf(PublicKey key) {
        return canonical(key) instanceof EdECPublicKey ? SignatureAlgorithm.ED25519 : SignatureAlgorithm.ECDSA_P256_SHA256;
    }

    /** @return the key id: the first 128 bits of the SHA-256 of the key's canonical SubjectPublicKeyInfo, in hex */
    static String keyId(PublicKey key) {
        byte[] digest = Hashing.sha256(canonical(key).getEncoded());
        return HexFormat.of().formatHex(digest, 0, KEY_ID_LENGTH / 2);
    }

    /** @return the public key in a SubjectPublicKeyInfo, or {@code null} when neither Ed25519 nor EC reads it */
    private static PublicKey parsePublic(byte[] der) {
        for (String algorithm : new String[] {"Ed25519", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this algorithm (or not a key at all): try the next one
            }
        }
        return null;
    }

    /**
     * A public key from a DER SubjectPublicKeyInfo.
     *
     * @throws SigningKeyException if it is not an Ed25519 or P-256 public key
     */
    static PublicKey publicKey(byte[] der) {
        PublicKey key = parsePublic(der);
        if (key == null) {
            throw unsupported();
        }
        return canonical(key);
    }

    /**
     * A private key from a DER PKCS#8 PrivateKeyInfo; the bytes are zeroed.
     *
     * @throws SigningKeyException if it is not an Ed25519 or P-256 private key
     */
    static PrivateKey privateKey(byte[] der) {
        try {
            for (String algorithm : new String[] {"Ed25519", "EC"}) {
                KeySpec spec = new PKCS8EncodedKeySpec(der);
                PrivateKey key;
                try {
                    key = KeyFactory.getInstance(algorithm).generatePrivate(spec);
                } catch (GeneralSecurityException | RuntimeException e) {
                    continue;
                }
                if (key instanceof ECPrivateKey ec) {
                    requireP256(ec.getParams());
                } else if (key instanceof EdECPrivateKey ed) {
                    requireEd25519(ed.getParams());
                }
                return key;
            }
            throw unsupported();
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private static void requireP256(ECParameterSpec params) {
        if (params == null || !params.getCurve().equals(P256.getCurve()) || !params.getGenerator().equals(P256.getGenerator())
                || !params.getOrder().equals(P256.getOrder()) || params.getCofactor() != P256.getCofactor()) {
            throw new SigningKeyException("dossier.key.unsupported", LocalizedText.of(
                    "Khóa EC không nằm trên đường cong P-256 (secp256r1), đường cong duy nhất được hỗ trợ",
                    "The EC key is not on the P-256 curve (secp256r1), the only curve supported"));
        }
    }

    private static void requireEd25519(AlgorithmParameterSpec params) {
        if (!(params instanceof NamedParameterSpec n) || !n.getName().equalsIgnoreCase("Ed25519")) {
            throw unsupported();
        }
    }

    private static void requireOnCurve(ECPoint w) {
        BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
        if (w == null || w.equals(ECPoint.POINT_INFINITY)) {
            throw notOnCurve();
        }
        BigInteger x = w.getAffineX();
        BigInteger y = w.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0
                || !y.multiply(y).mod(p).equals(rhs(x, p))) {
            throw notOnCurve();
        }
    }

    /** @return x³ + ax + b mod p on P-256 */
    private static BigInteger rhs(BigInteger x, BigInteger p) {
        return x.pow(3).add(P256.getCurve().getA().multiply(x)).add(P256.getCurve().getB()).mod(p);
    }

    private static SigningKeyException notOnCurve() {
        return new SigningKeyException("dossier.key.invalid", LocalizedText.of(
                "Khóa công khai EC không phải một điểm của đường cong P-256", "The EC public key is not a point of the P-256 curve"));
    }

    static SigningKeyException unsupported() {
        return new SigningKeyException("dossier.key.unsupported", LocalizedText.of(
                "Khóa không được hỗ trợ: chỉ dùng được khóa Ed25519 hoặc EC P-256",
                "Unsupported key: only Ed25519 and EC P-256 keys can be used"));
    }

    // ------------------------------------------------------------------ key pairs

    /**
     * The public key of a private key read from a file: for Ed25519, the JDK's own key generation run on the key's
     * seed; for P-256, the x-coordinate of d·G from the JDK's ECDH and the y-coordinate (of the two roots) that
     * verifies a signature. Both use the JDK's constant-time code on the secret.
     *
     * @throws SigningKeyException if the key is another kind (a token's handle) or the derivation fails
     */
    static PublicKey derivePublic(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        PublicKey derived = null;
        try {
            if (key instanceof EdECPrivateKey ed) {
                derived = ed25519Public(ed);
            } else if (key instanceof ECPrivateKey ec) {
                requireP256(ec.getParams());
                derived = p256Public(ec);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof SigningKeyException ske) {
                throw ske;
            }
            derived = null;
        }
        if (derived == null) {
            throw new SigningKeyException("dossier.key.public-key-needed", LocalizedText.of(
                    "Không suy ra được khóa công khai từ khóa bí mật này: hãy cung cấp cả khóa công khai",
                    "The public key cannot be derived from this private key: give the public key too"));
        }
        return derived;
    }

    private static PublicKey ed25519Public(EdECPrivateKey key) throws GeneralSecurityException {
        requireEd25519(key.getParams());
        byte[] seed = key.getBytes().orElse(null);
        if (seed == null) {
            return null;
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            PublicKey candidate = canonical(g.generateKeyPair().getPublic());
            return matches(key, candidate, SignatureAlgorithm.ED25519) ? candidate : null;
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static PublicKey p256Public(ECPrivateKey key) throws GeneralSecurityException {
        KeyFactory ecKeys = KeyFactory.getInstance("EC");
        javax.crypto.KeyAgreement ecdh = javax.crypto.KeyAgreement.getInstance("ECDH");
        ecdh.init(key);
        ecdh.doPhase(ecKeys.generatePublic(new ECPublicKeySpec(P256.getGenerator(), P256)), true);
        BigInteger x = new BigInteger(1, ecdh.generateSecret());
        BigInteger p = ((ECFieldFp) P256.getCurve().getField()).getP();
        BigInteger y = rhs(x, p).modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        for (BigInteger candidateY : new BigInteger[] {y, p.subtract(y).mod(p)}) {
            PublicKey candidate = ecKeys.generatePublic(new ECPublicKeySpec(new ECPoint(x, candidateY), P256));
            if (matches(key, candidate, SignatureAlgorithm.ECDSA_P256_SHA256)) {
                return candidate;
            }
        }
        return null;
    }

    /** @return whether a signature by the private key verifies with the public key */
    static boolean matches(PrivateKey privateKey, PublicKey publicKey, SignatureAlgorithm algorithm) {
        try {
            return verify(publicKey, algorithm, PROBE, sign(privateKey, algorithm, PROBE));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** A random source that gives one seed once: how the JDK's key generator is made to rebuild a known key. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        SeedRandom(byte[] seed) {
            super(new SeedSpi(seed), null);
        }
    }

    private static final class SeedSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final transient byte[] seed;
        private boolean used;

        SeedSpi(byte[] seed) {
            this.seed = seed;
        }

        @Override
        protected void engineSetSeed(byte[] s) {
            // the seed is fixed
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("the key generator asked for other random bytes than one seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            used = true;
        }

        @Override
        protected byte[] engineGenerateSeed(int n) {
            throw new IllegalStateException("no seed is generated");
        }
    }

    // ------------------------------------------------------------------ signing and verifying

    static byte[] sign(PrivateKey key, SignatureAlgorithm algorithm, byte[] message) throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm.jcaName());
        s.initSign(key);
        s.update(message);
        return s.sign();
    }

    /** @return whether the signature verifies; {@code false} for any malformed input, never an exception */
    static boolean verify(PublicKey key, SignatureAlgorithm algorithm, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(algorithm.jcaName());
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ PEM

    /**
     * One PEM block.
     *
     * @param label the label, such as {@code PUBLIC KEY}
     * @param der the decoded content
     * @param number the block's position in the text, from 1
     */
    record Block(String label, byte[] der, int number) {
    }

    /**
     * The PEM blocks of a text (RFC 7468, strict Base64 inside a block; text between blocks is ignored, so a file
     * may carry comments).
     *
     * @param text the text
     * @param source the file name or a description, for messages
     * @return the blocks in order
     * @throws SigningKeyException if the text is too large, a block is not closed by its own label, or its content is
     *         not Base64
     */
    static List<Block> pemBlocks(String text, String source) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_PEM_LENGTH) {
            throw new SigningKeyException("dossier.key.too-large", LocalizedText.of(
                    "%s: tệp khóa lớn hơn %d ký tự", "%s: the key file is larger than %d characters")
                    .formatted(source, MAX_PEM_LENGTH));
        }
        List<Block> blocks = new ArrayList<>();
        String label = null;
        StringBuilder body = null;
        int lineNumber = 0;
        int opened = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            lineNumber++;
            String line = raw.strip();
            if (label == null) {
                if (line.startsWith("-----BEGIN ") && line.endsWith("-----") && line.length() > 16) {
                    label = line.substring(11, line.length() - 5);
                    body = new StringBuilder();
                    opened = lineNumber;
                }
                continue;
            }
            if (line.startsWith("-----END ")) {
                if (!line.equals("-----END " + label + "-----")) {
                    throw malformedPem(source, lineNumber, LocalizedText.of(
                            "khối mở ở dòng %d không được đóng bằng nhãn của nó", "the block opened on line %d is not closed by its own label")
                            .formatted(opened));
                }
                blocks.add(new Block(label, decode(body, source, opened), blocks.size() + 1));
                label = null;
                continue;
            }
            if (line.startsWith("-----BEGIN ")) {
                throw malformedPem(source, lineNumber, LocalizedText.of(
                        "khối mở ở dòng %d chưa được đóng", "the block opened on line %d is not closed").formatted(opened));
            }
            if (line.indexOf(':') >= 0) {
                throw malformedPem(source, lineNumber, LocalizedText.of(
                        "khối có dòng tiêu đề (khóa mã hóa kiểu OpenSSL cũ?); chỉ đọc khối PEM chuẩn RFC 7468",
                        "the block has header lines (an old-style OpenSSL encrypted key?); only RFC 7468 blocks are read"));
            }
            body.append(line);
        }
        if (label != null) {
            throw malformedPem(source, lineNumber, LocalizedText.of(
                    "khối mở ở dòng %d chưa được đóng", "the block opened on line %d is not closed").formatted(opened));
        }
        return blocks;
    }

    private static byte[] decode(StringBuilder body, String source, int line) {
        try {
            byte[] der = Base64.getDecoder().decode(body.toString());
            if (der.length == 0) {
                throw malformedPem(source, line, LocalizedText.of("khối rỗng", "the block is empty"));
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw malformedPem(source, line, LocalizedText.of(
                    "nội dung khối không phải Base64", "the block's content is not Base64"));
        } finally {
            body.setLength(0);
        }
    }

    /**
     * The error for a PEM block of a kind the file may not hold.
     *
     * @param source the file name or a description
     * @param b the block
     * @param advice what to do instead
     * @return the exception, to throw
     */
    static SigningKeyException unexpectedBlock(String source, Block b, LocalizedText advice) {
        return new SigningKeyException("dossier.key.unexpected-block", LocalizedText.of(
                source + ", khối " + b.number() + " (\"" + b.label() + "\"): " + advice.vi(),
                source + ", block " + b.number() + " (\"" + b.label() + "\"): " + advice.en()));
    }

    private static SigningKeyException malformedPem(String source, int line, LocalizedText why) {
        return new SigningKeyException("dossier.key.malformed-pem", LocalizedText.of(
                source + ", dòng " + line + ": PEM không hợp lệ: " + why.vi(),
                source + ", line " + line + ": malformed PEM: " + why.en()));
    }

    /**
     * Reads a key file as UTF-8 text, within {@link #MAX_PEM_LENGTH}.
     *
     * @param file the file
     * @return its text
     * @throws SigningKeyException if it cannot be read, is too large or is not UTF-8
     */
    static String readPem(java.nio.file.Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        try {
            if (java.nio.file.Files.size(file) > 4L * MAX_PEM_LENGTH) {
                throw new SigningKeyException("dossier.key.too-large", LocalizedText.of(
                        "%s: tệp khóa lớn hơn %d ký tự", "%s: the key file is larger than %d characters")
                        .formatted(name, MAX_PEM_LENGTH));
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new SigningKeyException("dossier.key.malformed-pem", LocalizedText.of(
                        "%s: tệp khóa không phải văn bản UTF-8", "%s: the key file is not UTF-8 text").formatted(name));
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (java.io.IOException e) {
            throw new SigningKeyException("dossier.key.io", LocalizedText.of(
                    "Không đọc được tệp khóa %s", "Cannot read the key file %s").formatted(name), e);
        }
    }
}
