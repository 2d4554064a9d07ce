package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.id.DossierCode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading signing keys and trusted keys, against keys OpenSSL generated (the test resources) with key ids computed
 * by Python's {@code cryptography} and signatures made by OpenSSL over the documented message.
 */
class SigningKeysTest {

    static final String ED25519_ID = "e36f21098348df7d7e7e47aad6a98555";
    static final String P256_ID = "5408e77591e4a4768b7f16805390d85b";
    static final Instant SIGNED_AT = Instant.parse("2026-03-04T04:00:00Z");
    static final String HEAD = "2864482b8d1ebf525211de8220033e2a7670ff898aecfec1f07f2739fa7d6bcf";
    static final DossierCode CODE = DossierCode.parse("000.00.21.H42-260302-0007");
    /** {@code openssl pkeyutl -sign -inkey ed25519.pem -rawin} over the message of the signature below. */
    static final String OPENSSL_ED25519 =
            "kl9Km2xv/wpmt4mDpfD1ow/H2gDDg8rC43vC4zeiOn/zzbu6MPsnHuvPz4kjPhcSyeX5hxD3K+l06Fa4I1W0AQ==";
    /** {@code openssl dgst -sha256 -sign p256.pem} over the message of the signature below. */
    static final String OPENSSL_P256 =
            "MEUCIQD7gYqSxAy8G9VrNIFbPi7cI3DWR1H+4uXsKQ2lEqrSuAIgctZbgJQYBgsnu8PXhixjW4peTjt835mZzJ3iDZbsWZI=";

    @TempDir
    Path dir;

    static String resource(String name) {
        try (InputStream in = SigningKeysTest.class.getResourceAsStream("keys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    // ------------------------------------------------------------------ the two algorithms, across implementations

    @Test
    void anEd25519KeyFromOpenSslHasTheKeyIdPythonComputesAndItsDerivedPublicKey() {
        JdkHistorySigner signer = JdkHistorySigner.fromPem(resource("ed25519.pem"));
        TrustedKeys trusted = TrustedKeys.fromPem(resource("ed25519.pub.pem"));
        assertThat(signer.keyId()).isEqualTo(ED25519_ID);
        assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(trusted.keyIds()).containsExactly(ED25519_ID);
        assertThat(signer.publicKey()).isEqualTo(trusted.find(ED25519_ID).orElseThrow());
        assertThat(TrustedKeys.keyId(signer.publicKey())).isEqualTo(ED25519_ID);
    }

    @Test
    void aP256KeyFromOpenSslHasTheKeyIdPythonComputesAndItsDerivedPublicKey() {
        JdkHistorySigner signer = JdkHistorySigner.fromPem(resource("p256.pem"));
        TrustedKeys trusted = TrustedKeys.fromPem(resource("p256.pub.pem"));
        assertThat(signer.keyId()).isEqualTo(P256_ID);
        assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
        assertThat(trusted.keyIds()).containsExactly(P256_ID);
        assertThat(signer.publicKey()).isEqualTo(trusted.find(P256_ID).orElseThrow());
        assertThat(SignatureAlgorithm.of(trusted.keys().get(0))).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void signaturesOpenSslMadeOverTheDocumentedMessageVerifyAndAlteredOnesDoNot() {
        TrustedKeys trusted = TrustedKeys.fromPem(resource("ed25519.pub.pem") + resource("p256.pub.pem"));
        HeadSignature ed = new HeadSignature(8, HEAD, ED25519_ID, SignatureAlgorithm.ED25519, SIGNED_AT, OPENSSL_ED25519);
        HeadSignature ec = new HeadSignature(8, HEAD, P256_ID, SignatureAlgorithm.ECDSA_P256_SHA256, SIGNED_AT, OPENSSL_P256);
        for (HeadSignature s : new HeadSignature[] {ed, ec}) {
            PublicKey key = trusted.find(s.keyId()).orElseThrow();
            assertThat(Keys.verify(key, s.algorithm(), s.message(CODE), s.signatureBytes())).as(s.toString()).isTrue();
            assertThat(Keys.verify(key, s.algorithm(), new HeadSignature(8, HEAD, s.keyId(), s.algorithm(),
                    SIGNED_AT.plusSeconds(1), s.signature()).message(CODE), s.signatureBytes())).isFalse();
            byte[] flipped = s.signatureBytes();
            flipped[flipped.length / 2] ^= 1;
            assertThat(Keys.verify(key, s.algorithm(), s.message(CODE), flipped)).isFalse();
        }
    }

    @Test
    void ourSignaturesVerifyWithOpenSslsPublicKeysAndTheOtherKeyRefusesThem() {
        TrustedKeys trusted = TrustedKeys.fromPem(resource("ed25519.pub.pem") + "\n# a comment between keys\n" + resource("p256.pub.pem"));
        assertThat(trusted.size()).isEqualTo(2);
        byte[] message = "any message".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"ed25519.pem", "p256.pem"}) {
            JdkHistorySigner signer = JdkHistorySigner.fromPem(resource(name));
            byte[] sig = sign(signer, message);
            assertThat(Keys.verify(trusted.find(signer.keyId()).orElseThrow(), signer.algorithm(), message, sig)).isTrue();
            String other = signer.keyId().equals(ED25519_ID) ? P256_ID : ED25519_ID;
            assertThat(Keys.verify(trusted.find(other).orElseThrow(), signer.algorithm(), message, sig)).isFalse();
        }
    }

    static byte[] sign(HistorySigner signer, byte[] message) {
        try {
            return signer.sign(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void generatedKeyPairsDeriveTheirOwnPublicKeys() throws Exception {
        for (int i = 0; i < 20; i++) {
            KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
            KeyPair edPair = ed.generateKeyPair();
            assertThat(JdkHistorySigner.of(edPair.getPrivate()).publicKey()).isEqualTo(Keys.canonical(edPair.getPublic()));
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair ecPair = ec.generateKeyPair();
            assertThat(JdkHistorySigner.of(ecPair.getPrivate()).publicKey()).isEqualTo(Keys.canonical(ecPair.getPublic()));
            assertThat(JdkHistorySigner.of(ecPair.getPrivate(), ecPair.getPublic()).keyId())
                    .isEqualTo(TrustedKeys.keyId(ecPair.getPublic()));
        }
    }

    @Test
    void aPrivateKeyWithAnotherKeysPublicKeyIsRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        KeyPair a = g.generateKeyPair();
        KeyPair b = g.generateKeyPair();
        assertThat(JdkHistorySigner.of(a.getPrivate(), a.getPublic()).keyId()).isEqualTo(TrustedKeys.keyId(a.getPublic()));
        assertThatThrownBy(() -> JdkHistorySigner.of(a.getPrivate(), b.getPublic()))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.mismatch"));
    }

    @Test
    void keyFilesAreReadFromDiskAndNamedInErrors() throws Exception {
        Path key = file("signing.pem", resource("ed25519.pem"));
        Path pub = file("trusted.pem", resource("ed25519.pub.pem"));
        assertThat(JdkHistorySigner.read(key).keyId()).isEqualTo(ED25519_ID);
        assertThat(TrustedKeys.read(pub).keyIds()).containsExactly(ED25519_ID);
        assertThatThrownBy(() -> TrustedKeys.read(dir.resolve("missing.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.key.io");
                    assertThat(e.text().en()).contains("missing.pem");
                });
        Path latin = dir.resolve("latin1.pem");
        Files.write(latin, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertThatThrownBy(() -> TrustedKeys.read(latin)).isInstanceOfSatisfying(SigningKeyException.class,
                e -> assertThat(e.text().en()).contains("latin1.pem", "not UTF-8"));
    }

    // ------------------------------------------------------------------ what is refused, and how it is named

    @Test
    void unsupportedKeysAreRefusedWithTheirCode() {
        for (String name : new String[] {"rsa.pub.pem", "p384.pub.pem"}) {
            assertThatThrownBy(() -> TrustedKeys.fromPem(resource(name))).as(name)
                    .isInstanceOfSatisfying(SigningKeyException.class, e -> {
                        assertThat(e.code()).isEqualTo("dossier.key.unsupported");
                        assertThat(e.text().en()).contains("block 1");
                    });
        }
        assertThatThrownBy(() -> TrustedKeys.fromPem(resource("p384.pub.pem")))
                .hasMessageContaining("P-256");
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(resource("ed448.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.unsupported"));
    }

    @Test
    void encryptedAndSec1PrivateKeysAreRefusedWithHowToConvertThem() {
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(resource("p256-encrypted.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.key.unexpected-block");
                    assertThat(e.text().en()).contains("ENCRYPTED PRIVATE KEY", "PKCS#11", "openssl pkcs8");
                    assertThat(e.text().vi()).contains("mật khẩu");
                });
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(resource("p256-sec1.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.text().en())
                        .contains("EC PRIVATE KEY", "openssl pkcs8 -topk8 -nocrypt"));
    }

    @Test
    void aPrivateKeyOrACertificateInATrustedKeysFileIsRefusedWithAdvice() {
        assertThatThrownBy(() -> TrustedKeys.fromPem(resource("ed25519.pub.pem") + resource("ed25519.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.key.unexpected-block");
                    assertThat(e.text().en()).contains("block 2", "private key", "never hand it to verifiers");
                });
        assertThatThrownBy(() -> TrustedKeys.fromPem(resource("p256.cert.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.text().en())
                        .contains("CERTIFICATE", "openssl x509 -pubkey -noout"));
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(resource("ed25519.pub.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.text().en())
                        .contains("PUBLIC KEY", "one \"PRIVATE KEY\" block"));
    }

    @Test
    void filesWithNoKeyOrSeveralPrivateKeysAreRefused() {
        assertThatThrownBy(() -> TrustedKeys.fromPem("just a comment\n"))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.none"));
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(""))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.none"));
        assertThatThrownBy(() -> JdkHistorySigner.fromPem(resource("ed25519.pem") + resource("p256.pem")))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.several"));
    }

    @Test
    void malformedPemIsRefusedNamingTheLine() {
        String pub = resource("ed25519.pub.pem");
        String[][] cases = {
                {pub.replace("-----END PUBLIC KEY-----", ""), "not closed"},
                {pub.replace("-----END PUBLIC KEY-----", "-----END PRIVATE KEY-----"), "not closed by its own label"},
                {pub.replace("-----END PUBLIC KEY-----", "-----BEGIN PUBLIC KEY-----"), "not closed"},
                {"-----BEGIN PUBLIC KEY-----\nnot*base64\n-----END PUBLIC KEY-----\n", "not Base64"},
                {"-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n", "empty"},
                {"-----BEGIN PUBLIC KEY-----\nProc-Type: 4,ENCRYPTED\nAAAA\n-----END PUBLIC KEY-----\n", "header lines"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> TrustedKeys.fromPem(c[0])).as(c[1])
                    .isInstanceOfSatisfying(SigningKeyException.class, e -> {
                        assertThat(e.code()).isEqualTo("dossier.key.malformed-pem");
                        assertThat(e.text().en()).contains("line ", c[1]);
                    });
        }
        // Base64 of something that is not a key
        assertThatThrownBy(() -> TrustedKeys.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.unsupported"));
        assertThatThrownBy(() -> JdkHistorySigner.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.unsupported"));
        // CRLF line ends and indentation are fine
        assertThat(TrustedKeys.fromPem(pub.replace("\n", "\r\n  ")).keyIds()).containsExactly(ED25519_ID);
    }

    @Test
    void aPemTextAtTheLimitIsReadAndOneCharacterMoreIsRefused() {
        String pub = resource("ed25519.pub.pem");
        String padded = pub + "#".repeat(Keys.MAX_PEM_LENGTH - pub.length());
        assertThat(TrustedKeys.fromPem(padded).size()).isEqualTo(1);
        assertThatThrownBy(() -> TrustedKeys.fromPem(padded + "#"))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.too-large"));
    }

    @Test
    void theSameKeyTwiceIsKeptOnceAndSetsCombine() {
        TrustedKeys twice = TrustedKeys.fromPem(resource("ed25519.pub.pem") + resource("ed25519.pub.pem"));
        assertThat(twice.size()).isEqualTo(1);
        TrustedKeys both = twice.plus(TrustedKeys.fromPem(resource("p256.pub.pem")));
        assertThat(both.keyIds()).containsExactly(ED25519_ID, P256_ID);
        assertThat(both).isEqualTo(TrustedKeys.of(both.keys())).hasSameHashCodeAs(TrustedKeys.of(both.keys()));
        assertThat(both).isNotEqualTo(twice);
        assertThat(both.toString()).isEqualTo("TrustedKeys[" + ED25519_ID + ", " + P256_ID + "]");
        assertThat(TrustedKeys.none().size()).isZero();
        assertThat(both.find("0".repeat(32))).isEmpty();
    }

    @Test
    void anEcPointOffTheCurveIsRefused() throws Exception {
        ECPublicKey real = (ECPublicKey) TrustedKeys.fromPem(resource("p256.pub.pem")).keys().get(0);
        ECPoint off = new ECPoint(real.getW().getAffineX(), real.getW().getAffineY().add(BigInteger.ONE));
        ECPublicKey forged = new ECPublicKey() {
            @Override
            public ECPoint getW() {
                return off;
            }

            @Override
            public ECParameterSpec getParams() {
                return real.getParams();
            }

            @Override
            public String getAlgorithm() {
                return "EC";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };
        assertThatThrownBy(() -> TrustedKeys.of(forged))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.invalid"));
    }

    @Test
    void noTextShowsKeyMaterial() throws Exception {
        String pem = resource("ed25519.pem");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").strip();
        byte[] der = Base64.getMimeDecoder().decode(body);
        String seedB64 = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(der, der.length - 32, der.length));
        JdkHistorySigner signer = JdkHistorySigner.fromPem(pem);
        assertThat(signer.toString()).isEqualTo("JdkHistorySigner[keyId=" + ED25519_ID + ", algorithm=ed25519]")
                .doesNotContain(body).doesNotContain(seedB64);
        for (String bad : new String[] {pem.replace("-----END", "x-----END"), pem + pem}) {
            try {
                JdkHistorySigner.fromPem(bad);
            } catch (Dvc4jException e) {
                assertThat(e.getMessage()).doesNotContain(body).doesNotContain(seedB64);
            }
        }
    }
}
