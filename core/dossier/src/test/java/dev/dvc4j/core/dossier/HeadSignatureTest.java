package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The head signature record: its validation, and the exact bytes that are signed. */
class HeadSignatureTest {

    static final String HEAD = SigningKeysTest.HEAD;
    static final String KEY = SigningKeysTest.ED25519_ID;
    static final Instant AT = SigningKeysTest.SIGNED_AT;

    static String b64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    static HeadSignature ed(int version) {
        return new HeadSignature(version, HEAD, KEY, SignatureAlgorithm.ED25519, AT, b64(64));
    }

    @Test
    void theSignedMessageIsTheDocumentedText() {
        byte[] message = HeadSignature.message(SigningKeysTest.CODE, 8, HEAD, KEY, SignatureAlgorithm.ED25519, AT);
        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo("""
                dvc4j-head-signature-v1
                code=000.00.21.H42-260302-0007
                version=8
                headHash=2864482b8d1ebf525211de8220033e2a7670ff898aecfec1f07f2739fa7d6bcf
                keyId=e36f21098348df7d7e7e47aad6a98555
                algorithm=ed25519
                signedAt=2026-03-04T11:00:00+07:00
                """);
        assertThat(ed(8).message(SigningKeysTest.CODE)).isEqualTo(message);
        String fraction = new String(HeadSignature.message(SigningKeysTest.CODE, 12, HEAD, KEY,
                SignatureAlgorithm.ECDSA_P256_SHA256, AT.plusMillis(120)), StandardCharsets.UTF_8);
        assertThat(fraction).contains("\nversion=12\n", "\nalgorithm=ecdsa-p256-sha256\n",
                "\nsignedAt=2026-03-04T11:00:00.12+07:00\n");
        assertThatThrownBy(() -> HeadSignature.message(null, 1, HEAD, KEY, SignatureAlgorithm.ED25519, AT)).hasMessage("code");
        assertThatThrownBy(() -> HeadSignature.message(SigningKeysTest.CODE, 1, HEAD, KEY, SignatureAlgorithm.ED25519, null))
                .hasMessage("signedAt");
    }

    @Test
    void theVersionStartsAtOne() {
        assertThat(ed(1).version()).isEqualTo(1);
        assertThatThrownBy(() -> ed(0)).isInstanceOfSatisfying(HistorySignatureException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.signature.malformed");
            assertThat(e.text().en()).contains("at least 1, got 0");
            assertThat(e.text().vi()).contains("từ 1 trở lên");
        });
    }

    @Test
    void theHeadHashAndKeyIdAreLowerCaseHexOfTheirLength() {
        for (String bad : new String[] {null, HEAD.toUpperCase(), HEAD.substring(1), HEAD + "0"}) {
            assertThatThrownBy(() -> new HeadSignature(1, bad, KEY, SignatureAlgorithm.ED25519, AT, b64(64)))
                    .hasMessageContaining("head hash");
        }
        for (String bad : new String[] {null, KEY.toUpperCase(), KEY.substring(1), KEY + "0", "g".repeat(32)}) {
            assertThatThrownBy(() -> new HeadSignature(1, HEAD, bad, SignatureAlgorithm.ED25519, AT, b64(64)))
                    .hasMessageContaining("key id must be 32");
        }
        assertThatThrownBy(() -> new HeadSignature(1, HEAD, KEY, null, AT, b64(64))).hasMessageContaining("algorithm");
        assertThatThrownBy(() -> new HeadSignature(1, HEAD, KEY, SignatureAlgorithm.ED25519, null, b64(64)))
                .hasMessageContaining("signing time");
    }

    @Test
    void theSignatureIsCanonicalBase64OfAPossibleLength() {
        assertThat(ed(1).signatureBytes()).hasSize(64);
        for (int n : new int[] {63, 65}) {
            assertThatThrownBy(() -> new HeadSignature(1, HEAD, KEY, SignatureAlgorithm.ED25519, AT, b64(n)))
                    .hasMessageContaining("cannot be " + n + " bytes");
        }
        for (int n : new int[] {8, 72}) {
            assertThat(new HeadSignature(1, HEAD, KEY, SignatureAlgorithm.ECDSA_P256_SHA256, AT, b64(n)).signatureBytes()).hasSize(n);
        }
        for (int n : new int[] {7, 73}) {
            assertThatThrownBy(() -> new HeadSignature(1, HEAD, KEY, SignatureAlgorithm.ECDSA_P256_SHA256, AT, b64(n)))
                    .hasMessageContaining("by ecdsa-p256-sha256 cannot be " + n);
        }
        String good = b64(64);
        String urlSafe = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xff}).replace('+', '-').replace('/', '_');
        String unpadded = good.replace("=", "");
        String nonCanonicalBits = good.substring(0, good.length() - 3) + "B==";
        for (String bad : new String[] {null, "", urlSafe, unpadded, nonCanonicalBits, good + "\n", " " + good}) {
            assertThatThrownBy(() -> new HeadSignature(1, HEAD, KEY, SignatureAlgorithm.ED25519, AT, bad))
                    .isInstanceOf(HistorySignatureException.class).hasMessageContaining("Base64");
        }
    }

    @Test
    void signatureBytesAreACopyAndToStringIsShort() {
        HeadSignature s = ed(3);
        s.signatureBytes()[0] = 9;
        assertThat(s.signatureBytes()[0]).isZero();
        assertThat(s.toString()).isEqualTo("HeadSignature[version=3, keyId=" + KEY + ", algorithm=ed25519, signedAt=" + AT + "]");
        assertThat(s).isEqualTo(ed(3)).hasSameHashCodeAs(ed(3)).isNotEqualTo(ed(4));
    }

    @Test
    void algorithmsHaveWireNamesLabelsAndJcaNames() {
        assertThat(SignatureAlgorithm.ED25519.wireName()).isEqualTo("ed25519");
        assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.wireName()).isEqualTo("ecdsa-p256-sha256");
        assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.label().vi()).isEqualTo("ECDSA P-256 với SHA-256");
        assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.label().en()).isEqualTo("ECDSA P-256 with SHA-256");
        assertThat(SignatureAlgorithm.ECDSA_P256_SHA256.jcaName()).isEqualTo("SHA256withECDSA");
        assertThat(SignatureAlgorithm.ED25519.jcaName()).isEqualTo("Ed25519");
        assertThat(SignatureStatus.HEAD_MISMATCH.wireName()).isEqualTo("head-mismatch");
        assertThat(SignatureStatus.MISSING_EVENTS.label().vi()).isEqualTo("Thiếu sự kiện");
    }
}
