package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The workflow signs heads with the runtime's signers at the points its signing policy names. */
class DossierWorkflowSigningTest {

    static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");
    static final JdkHistorySigner ED = SignedHistoryTest.ED;
    static final JdkHistorySigner EC = SignedHistoryTest.EC;

    static Dvc4j runtime(Consumer<SetupContext> setup) {
        return Dvc4j.builder().clock(Clock.fixed(NOW, Dvc4j.VIETNAM)).register(new Dvc4jModule() {
            @Override
            public String name() {
                return "signing";
            }

            @Override
            public void setup(SetupContext context) {
                context.provide(CalendarPoints.DEADLINE_POLICY, new SimpleDeadlinePolicy(SupplementClock.RESTART));
                setup.accept(context);
            }
        }).build();
    }

    static Filing filing(DossierWorkflow wf) {
        Filed f = (Filed) DossierLifecycleTest.filed().events().get(0);
        return new Filing(f.code(), f.procedure(), f.agency(), f.applicant(), f.channel(), f.resultDelivery(), f.period(),
                f.summary(), f.vneidAuthenticated(), f.documents(), f.fees(), wf.now(), "portal", null);
    }

    static Dossier toTheEnd(DossierWorkflow wf) {
        Dossier d = wf.receive(wf.file(filing(wf)), "officer");
        d = wf.apply(d, x -> x.startProcessing(wf.now(), "officer", null));
        d = wf.apply(d, x -> x.approve(wf.now(), "leader", List.of()));
        d = wf.apply(d, x -> x.pay(wf.now(), "citizen", new Payment(d(50_000), PaymentMethod.CASH, null)));
        return wf.apply(d, x -> x.returnResult(wf.now(), "officer"));
    }

    static dev.dvc4j.core.money.Vnd d(long amount) {
        return dev.dvc4j.core.money.Vnd.of(amount);
    }

    @Test
    void byDefaultNothingIsSignedWithoutASigner() {
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> { }));
        assertThat(wf.signers()).isEmpty();
        assertThat(wf.signingPolicy()).isSameAs(SigningPolicy.DEFAULT);
        assertThat(toTheEnd(wf).signatures()).isEmpty();
        Dossier filed = wf.file(filing(wf));
        assertThatThrownBy(() -> wf.sign(filed))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.no-signer"));
    }

    @Test
    void withSignersTheDefaultSignsAtReceptionAndAtTheResultWithEverySigner() {
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> {
            c.provide(DossierPoints.SIGNERS, ED);
            c.provide(DossierPoints.SIGNERS, EC);
        }));
        assertThat(wf.signers()).containsOnlyKeys(ED.keyId(), EC.keyId());
        Dossier d = toTheEnd(wf);
        assertThat(d.signatures()).extracting(HeadSignature::version).containsExactly(2, 2, 6, 6);
        assertThat(d.signatures()).extracting(HeadSignature::keyId).containsExactly(ED.keyId(), EC.keyId(), ED.keyId(), EC.keyId());
        assertThat(d.signatures()).extracting(HeadSignature::signedAt).containsOnly(NOW);
        assertThat(d.verifyHistory(SignedHistoryTest.TRUSTED).isFullyCovered()).isTrue();
    }

    @Test
    void theDefaultSignsEveryWayADossierCloses() {
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> c.provide(DossierPoints.SIGNERS, ED)));
        Dossier filed = wf.file(filing(wf));
        assertThat(filed.signatures()).isEmpty();
        assertThat(wf.apply(filed, x -> x.refuse(wf.now(), "o", "Thiếu giấy tờ")).signatures()).hasSize(1);
        assertThat(wf.apply(filed, x -> x.withdraw(wf.now(), "c", null)).signatures()).hasSize(1);
        Dossier received = wf.receive(filed, "o");
        Dossier processing = wf.apply(received, x -> x.startProcessing(wf.now(), "o", null));
        assertThat(processing.signatures()).hasSize(1);
        assertThat(wf.apply(processing, x -> x.stop(wf.now(), "o", "Dừng")).signatures()).hasSize(2);
        assertThat(wf.apply(processing, x -> x.requestSupplement(wf.now(), "o", "Thiếu")).signatures()).hasSize(1);
    }

    @Test
    void aTransitionThatPassesThroughASignedStatusIsSigned() {
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> c.provide(DossierPoints.SIGNERS, ED)));
        Dossier filed = wf.file(filing(wf));
        Dossier d = wf.apply(filed, x -> x.receive(wf.now(), "o", wf.deadlinePolicy()).startProcessing(wf.now(), "o", null));
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.signatures()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(3));
        Dossier twoSteps = wf.apply(d, x -> x.requestSupplement(wf.now(), "o", "Thiếu")
                .supplement(wf.now(), "c", List.of(), wf.deadlinePolicy()));
        assertThat(twoSteps.signatures()).hasSize(1);
        Dossier noChange = wf.apply(d, x -> x);
        assertThat(noChange.signatures()).hasSize(1);
    }

    @Test
    void aContributedPolicyDecidesWhenAndAVariantMayHaveItsOwn() {
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> {
            c.provide(DossierPoints.SIGNERS, ED);
            c.provide(DossierPoints.SIGNING, SigningPolicy.afterEveryEvent());
            c.provide(DossierPoints.SIGNING, "H42", SigningPolicy.never());
        }));
        assertThat(toTheEnd(wf).signatures()).extracting(HeadSignature::version).containsExactly(1, 2, 3, 4, 5, 6);
        DossierWorkflow h42 = DossierWorkflow.of(runtime(c -> {
            c.provide(DossierPoints.SIGNERS, ED);
            c.provide(DossierPoints.SIGNING, "H42", SigningPolicy.never());
        }), "H42");
        assertThat(h42.signingPolicy()).isEqualTo(SigningPolicy.never());
        assertThat(toTheEnd(h42).signatures()).isEmpty();
        assertThat(h42.sign(h42.file(filing(h42))).signatures()).hasSize(1);
    }

    @Test
    void theSigningPolicyNamesItsStatuses() {
        assertThat(SigningPolicy.DEFAULT).isEqualTo(SigningPolicy.afterStatuses(DossierStatus.STOPPED, DossierStatus.WITHDRAWN,
                DossierStatus.REFUSED_AT_RECEPTION, DossierStatus.RESULT_RETURNED, DossierStatus.RECEIVED));
        assertThat(((SigningPolicy.AfterStatuses) SigningPolicy.DEFAULT).statuses()).containsExactly(DossierStatus.RECEIVED,
                DossierStatus.REFUSED_AT_RECEPTION, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_RETURNED);
        assertThat(((SigningPolicy.AfterStatuses) SigningPolicy.never()).statuses()).isEmpty();
        assertThat(((SigningPolicy.AfterStatuses) SigningPolicy.afterEveryEvent()).statuses()).hasSize(10);
        Dossier filed = DossierLifecycleTest.filed();
        assertThat(SigningPolicy.DEFAULT.signsAfter(filed)).isFalse();
        assertThat(SigningPolicy.DEFAULT.signsAfter(filed.receive(DossierLifecycleTest.t(1), "o", DossierLifecycleTest.POLICY))).isTrue();
        assertThatThrownBy(() -> SigningPolicy.afterStatuses((DossierStatus) null)).hasMessage("status");
    }

    @Test
    void listenersHearTheSignedDossier() {
        List<Integer> heard = new CopyOnWriteArrayList<>();
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> {
            c.provide(DossierPoints.SIGNERS, ED);
            c.provide(DossierPoints.LISTENERS, "store", (DossierListener) (d, e) -> heard.add(d.signatures().size()));
        }));
        wf.receive(wf.file(filing(wf)), "o");
        assertThat(heard).containsExactly(0, 1);
    }

    @Test
    void aFailingSignerStopsTheTransitionFromBeingHandedOutUnsigned() {
        HistorySigner down = new HistorySigner() {
            @Override
            public PublicKey publicKey() {
                return ED.publicKey();
            }

            @Override
            public byte[] sign(byte[] message) throws java.io.IOException {
                throw new java.io.IOException("token removed");
            }
        };
        List<String> heard = new CopyOnWriteArrayList<>();
        DossierWorkflow wf = DossierWorkflow.of(runtime(c -> {
            c.provide(DossierPoints.SIGNERS, down);
            c.provide(DossierPoints.LISTENERS, "store", (DossierListener) (d, e) -> heard.add(e.type()));
        }));
        Dossier filed = wf.file(filing(wf));
        assertThatThrownBy(() -> wf.receive(filed, "o"))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.signer-failed"));
        assertThat(heard).containsExactly("filed");
        assertThat(filed.version()).isEqualTo(1);
    }
}
