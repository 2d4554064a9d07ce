package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

/** An EC key on another curve than P-256 is refused wherever a key enters: private, public, or to derive from. */
class OtherCurvesTest {

    private static KeyPair p384() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        return g.generateKeyPair();
    }

    private static void isNotP256(Throwable e) {
        assertThat(e).isInstanceOf(SigningKeyException.class);
        SigningKeyException k = (SigningKeyException) e;
        assertThat(k.code()).isEqualTo("dossier.key.unsupported");
        assertThat(k.text().en()).isEqualTo("The EC key is not on the P-256 curve (secp256r1), the only curve supported");
        assertThat(k.text().vi()).isEqualTo(
                "Khóa EC không nằm trên đường cong P-256 (secp256r1), đường cong duy nhất được hỗ trợ");
    }

    @Test
    void aP384PrivateKeyIsRefused() throws Exception {
        KeyPair pair = p384();
        assertThatThrownBy(() -> Keys.privateKey(pair.getPrivate().getEncoded())).satisfies(OtherCurvesTest::isNotP256);
        assertThatThrownBy(() -> Keys.derivePublic(pair.getPrivate())).satisfies(OtherCurvesTest::isNotP256);
    }

    @Test
    void aP384PublicKeyIsRefused() throws Exception {
        KeyPair pair = p384();
        assertThatThrownBy(() -> Keys.canonical(pair.getPublic())).satisfies(OtherCurvesTest::isNotP256);
        assertThatThrownBy(() -> Keys.publicKey(pair.getPublic().getEncoded())).isInstanceOf(SigningKeyException.class);
    }

    @Test
    void aP256PairIsAccepted() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = g.generateKeyPair();
        assertThat(Keys.privateKey(pair.getPrivate().getEncoded())).isNotNull();
        assertThat(Keys.derivePublic(pair.getPrivate())).isEqualTo(Keys.canonical(pair.getPublic()));
    }
}
