package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.checkIgnored;
import static dev.dvc4j.testkit.wiring.VendorModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.DossierListener;
import dev.dvc4j.core.dossier.DossierPoints;
import dev.dvc4j.core.dossier.SigningPolicy;
import dev.dvc4j.core.id.DossierSequenceSource;
import dev.dvc4j.core.id.IdentifierPoints;
import org.junit.jupiter.api.Test;

/**
 * The dossier side of the wiring checks: a sequence source, listener and signing policy the dossier workflow uses
 * pass; one it does not use is reported under its point (and its variant).
 */
class DossierWiringChecksTest {

    static final DossierSequenceSource MAIN = (agency, day) -> 4_242;
    static final DossierSequenceSource H42 = (agency, day) -> 42;
    static final DossierListener AUDIT = (d, e) -> { };

    /** A host whose agency H42 numbers dossiers its own way. */
    static final Dvc4j HOST = Dvc4j.builder().register(module("numbering", c -> {
        c.provide(IdentifierPoints.DOSSIER_SEQUENCE, MAIN);
        c.provide(IdentifierPoints.DOSSIER_SEQUENCE, "H42", H42);
    })).build();

    @Test
    void aSequenceSourceAndAListenerTheWorkflowUsesAreHonoured() {
        assertThat(WiringChecks.check(HOST, "numbering")).isEmpty();
        assertThat(check("audit", c -> c.provide(DossierPoints.LISTENERS, "audit", AUDIT))).isEmpty();
    }

    @Test
    void aSequenceSourceTheWorkflowDoesNotUseIsReportedWithItsVariant() {
        assertThat(checkIgnored(DossierChecks::register, HOST, IdentifierPoints.DOSSIER_SEQUENCE, "H42", MAIN))
                .containsExactly(IdentifierPoints.DOSSIER_SEQUENCE.id()
                        + " [H42]: the dossier workflow numbers dossiers with another sequence source");
        assertThat(checkIgnored(DossierChecks::register, HOST, IdentifierPoints.DOSSIER_SEQUENCE, null, H42))
                .containsExactly(IdentifierPoints.DOSSIER_SEQUENCE.id()
                        + ": the dossier workflow numbers dossiers with another sequence source");
        assertThat(checkIgnored(DossierChecks::register, HOST, IdentifierPoints.DOSSIER_SEQUENCE, null, MAIN)).isEmpty();
    }

    @Test
    void aListenerSignerOrSigningPolicyTheWorkflowDoesNotUseIsReported() {
        assertThat(checkIgnored(DossierChecks::register, Dvc4j.defaults(), DossierPoints.LISTENERS, "audit", AUDIT))
                .containsExactly("dossier.listeners [audit]: the dossier workflow does not tell this listener");
        assertThat(checkIgnored(DossierChecks::register, Dvc4j.defaults(), DossierPoints.SIGNERS, "key",
                WiringChecksTest.ed25519()))
                .containsExactly("dossier.signers [key]: the dossier workflow does not sign with this signer");
        assertThat(checkIgnored(DossierChecks::register, Dvc4j.defaults(), DossierPoints.SIGNING, null,
                SigningPolicy.afterEveryEvent()))
                .containsExactly("dossier.signing: the dossier workflow decides when to sign with another policy");
        assertThat(checkIgnored(DossierChecks::register, Dvc4j.defaults(), DossierPoints.SIGNING, "H42",
                SigningPolicy.afterEveryEvent()))
                .containsExactly("dossier.signing [H42]: the dossier workflow decides when to sign with another policy");
        assertThat(checkIgnored(DossierChecks::register, Dvc4j.defaults(), DossierPoints.SIGNING, null,
                SigningPolicy.DEFAULT)).isEmpty();
    }
}
