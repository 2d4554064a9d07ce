package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.HistorySignatureException;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.dossier.SignatureCheck;
import dev.dvc4j.core.dossier.SignatureStatus;
import dev.dvc4j.core.dossier.SignedHistoryVerification;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.json.Dvc4jJson;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Signed histories over arbitrary legal dossiers signed at random points: they verify, every consistently re-hashed
 * single-event edit is reported with the right first uncovered event, and signatures survive the wire format.
 */
class SignedHistoryProperties {

    static final HistorySigner ED = generate("Ed25519");
    static final HistorySigner EC = generate("EC");
    static final TrustedKeys TRUSTED = TrustedKeys.of(ED.publicKey(), EC.publicKey());

    static HistorySigner generate(String algorithm) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return JdkHistorySigner.of(g.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<Dossier> signed() {
        return DossierArbitraries.signed(DossierArbitraries.dossiers(), List.of(ED, EC));
    }

    static int lastSigned(Dossier d) {
        return d.signatures().stream().mapToInt(HeadSignature::version).max().orElse(0);
    }

    @Property(tries = 150)
    void anyLegalHistorySignedAtRandomPointsVerifies(@ForAll("signed") Dossier d) {
        SignedHistoryVerification v = d.verifyHistory(TRUSTED);
        assertThat(v.isValid()).isTrue();
        assertThat(v.signatures()).hasSameSizeAs(d.signatures()).allMatch(SignatureCheck::isValid);
        assertThat(v.covered()).isEqualTo(lastSigned(d));
        assertThat(v.isFullyCovered()).isEqualTo(lastSigned(d) == d.version());
        if (lastSigned(d) < d.version()) {
            assertThat(v.firstUncovered()).hasValue(lastSigned(d));
        } else {
            assertThat(v.firstUncovered()).isEmpty();
        }
        assertThat(Dossier.replay(d.events())).isEqualTo(d);
        // Only the signer's own key counts: with the other key alone, its signatures cover nothing.
        SignedHistoryVerification edOnly = d.verifyHistory(TrustedKeys.of(ED.publicKey()));
        int byEd = d.signatures().stream().filter(s -> s.keyId().equals(TrustedKeys.keyId(ED.publicKey())))
                .mapToInt(HeadSignature::version).max().orElse(0);
        assertThat(edOnly.covered()).isEqualTo(byEd);
        assertThat(edOnly.isValid()).isTrue();
    }

    @Property(tries = 150)
    void anySingleEventEditWithConsistentRehashingIsReported(@ForAll("signed") Dossier d, @ForAll int pick) {
        int index = Math.floorMod(pick, d.version());
        List<DossierEvent> forged = HistoryForgery.rehashed(d.events(), index, "impostor-" + pick);
        assertThat(Dossier.verifyHistory(forged, null).intact()).as("the chain alone sees nothing").isTrue();
        SignedHistoryVerification v = Dossier.verifyHistory(forged, d.signatures(), TRUSTED);
        for (SignatureCheck c : v.signatures()) {
            assertThat(c.status()).as(c.message().en())
                    .isEqualTo(c.signature().version() > index ? SignatureStatus.HEAD_MISMATCH : SignatureStatus.VALID);
        }
        int coveredBefore = d.signatures().stream().mapToInt(HeadSignature::version).filter(n -> n <= index).max().orElse(0);
        assertThat(v.covered()).isEqualTo(coveredBefore);
        assertThat(v.firstUncovered()).hasValue(coveredBefore);
        assertThat(v.firstUncovered().getAsInt()).isLessThanOrEqualTo(index);
        assertThat(v.isValid()).isEqualTo(lastSigned(d) <= index);
        if (lastSigned(d) > index) {
            String document = HistoryForgery.rehashedDocument(d, index, "impostor-" + pick, HistoryForgery.Signatures.KEEP);
            assertThatThrownBy(() -> Dvc4jJson.read(document, Dossier.class))
                    .hasRootCauseInstanceOf(HistorySignatureException.class);
            Dossier moved = Dvc4jJson.read(HistoryForgery.rehashedDocument(d, index, "impostor-" + pick,
                    HistoryForgery.Signatures.MOVE_TO_FORGED_HEADS), Dossier.class);
            assertThat(moved.verifyHistory().intact()).isTrue();
            assertThat(moved.verifyHistory(TRUSTED).failures()).isNotEmpty()
                    .extracting(SignatureCheck::status).containsOnly(SignatureStatus.BAD_SIGNATURE);
        }
        Dossier dropped = Dvc4jJson.read(HistoryForgery.rehashedDocument(d, index, "impostor-" + pick,
                HistoryForgery.Signatures.DROP), Dossier.class);
        assertThat(dropped.verifyHistory().intact()).isTrue();
        assertThat(dropped.verifyHistory(TRUSTED).covered()).isZero();
    }

    @Property(tries = 150)
    void signaturesSurviveTheWireFormat(@ForAll("signed") Dossier d) throws Exception {
        String json = Dvc4jJson.write(d);
        Dossier back = Dvc4jJson.read(json, Dossier.class);
        assertThat(back).isEqualTo(d);
        assertThat(back.signatures()).isEqualTo(d.signatures());
        assertThat(Dvc4jJson.write(back)).isEqualTo(json);
        assertThat(json.contains("\"signatures\"")).isEqualTo(!d.signatures().isEmpty());
        assertThat(back.verifyHistory(TRUSTED).covered()).isEqualTo(lastSigned(d));
    }
}
