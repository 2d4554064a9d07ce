package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.Outcome;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.SupplementRound;
import dev.dvc4j.testkit.DossierArbitraries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dossier → portal payload → JSON → read model keeps every field the portal defines, at second precision
 * (portal issue, done-means 1).
 */
class PortalRoundTripProperties {

    static final PortalMapper MAPPER = PortalMapper.defaults();
    static final PortalReader READER = PortalReader.defaults();
    static final PortalCodes CODES = PortalCodes.defaults();

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers();
    }

    @Provide
    Arbitrary<List<Dossier>> batches() {
        return DossierArbitraries.dossiers().list().ofMinSize(1).ofMaxSize(6).uniqueElements(d -> d.code());
    }

    @Property(tries = 300)
    void theReadModelKeepsEveryPortalFieldOfTheDossier(@ForAll("dossiers") Dossier d) {
        PortalDossier written = MAPPER.toPortal(d);
        ReadResult read = READER.read(SyncRequest.ofDossiers(List.of(written), d.version() % 2 == 0).toJson());

        assertThat(read.problems()).isEmpty();
        PortalDossier p = read.dossiers().get(0);
        assertThat(p).isEqualTo(written);
        assertKeepsTheDossier(p, d);
    }

    @Property(tries = 100)
    void requestsOfSeveralDossiersReadBackStrictlyInOrder(@ForAll("batches") List<Dossier> batch) {
        SyncRequest request = MAPPER.syncRequest(batch, false);
        SyncRequest read = READER.readStrict(request.toJson());
        assertThat(read).isEqualTo(request);
        for (int i = 0; i < batch.size(); i++) {
            assertKeepsTheDossier(read.dossiers().get(i), batch.get(i));
        }
    }

    @Property(tries = 200)
    void progressHasOneEntryPerEventAndEndsInTheDossiersState(@ForAll("dossiers") Dossier d) {
        List<PortalProgress> written = MAPPER.toProgress(d);
        SyncRequest read = READER.readStrict(SyncRequest.ofProgress(written, true).toJson());

        assertThat(read.progress()).isEqualTo(written);
        List<DossierEvent> events = d.events();
        assertThat(written).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            PortalProgress e = written.get(i);
            assertThat(e.code()).isEqualTo(d.code().toString());
            assertThat(e.at()).isEqualTo(sec(events.get(i).at()));
            assertThat(e.handler()).isEqualTo(events.get(i).actor());
            // the status and due date after each event are those of the dossier replayed up to it
            Dossier upTo = Dossier.replay(events.subList(0, i + 1));
            assertThat(e.status()).isEqualTo(upTo.status());
            assertThat(e.dueAt()).isEqualTo(sec(upTo.dueAt()));
            assertThat(e.department()).isEqualTo(upTo.processingUnit());
        }
    }

    /** Compares the read model with the dossier itself, not only with what was written. */
    static void assertKeepsTheDossier(PortalDossier p, Dossier d) {
        assertThat(p.code()).isEqualTo(d.code().toString());
        assertThat(p.procedureCode()).isEqualTo(d.procedure().toString());
        assertThat(p.channel()).isEqualTo(d.channel());
        assertThat(p.status()).isEqualTo(d.status());
        assertThat(p.applicantName()).isEqualTo(d.applicant().displayName());
        assertThat(p.applicantId()).isEqualTo(d.applicant().identifier());
        assertThat(CODES.applicantKindFor(p.applicantType())).contains(d.applicant() instanceof Citizen
                ? PortalCodes.ApplicantKind.CITIZEN : PortalCodes.ApplicantKind.ORGANISATION);
        assertThat(p.email()).isEqualTo(d.applicant().contact().email());
        assertThat(p.phone()).isEqualTo(d.applicant().contact().phone() == null ? null : d.applicant().contact().phone().value());
        assertThat(p.summary()).isEqualTo(d.summary());
        assertThat(p.filedAt()).isEqualTo(sec(d.filedAt()));
        assertThat(p.receivedAt()).isEqualTo(sec(d.receivedAt()));
        assertThat(p.dueAt()).isEqualTo(sec(d.dueAt()));
        assertThat(p.returnedAt()).isEqualTo(sec(d.returnedAt()));
        assertThat(p.processingEndedAt()).isEqualTo(sec(d.processingEndedAt()));
        assertThat(p.endedAt().orElse(null)).isEqualTo(sec(d.processingEndedAt() != null ? d.processingEndedAt() : d.returnedAt()));
        assertThat(p.processingUnit()).isEqualTo(d.processingUnit());
        assertThat(CODES.deliveryFor(p.deliveryForm())).contains(d.returnedBy().orElse(d.resultDelivery()));
        boolean refused = d.status() == DossierStatus.REFUSED_AT_RECEPTION || d.outcome().orElse(null) == Outcome.REJECTED;
        assertThat(p.refusedAt()).isEqualTo(refused ? sec(d.processingEndedAt()) : null);
        assertThat(p.vneidAuthenticated()).isEqualTo(d.vneidAuthenticated());
        assertThat(p.onlinePayment()).isEqualTo(d.onlinePaymentFlag().orElse(0));
        assertThat(p.paidOnline()).isEqualTo(d.onlinePaymentFlag().isPresent());
        assertThat(p.hasDigitisedComponent()).isEqualTo(d.documents().stream().anyMatch(SubmittedDocument::digitised));
        assertThat(p.hasReusedData()).isEqualTo(d.documents().stream().anyMatch(SubmittedDocument::reused));

        assertThat(p.documents()).hasSameSizeAs(d.documents());
        for (int i = 0; i < d.documents().size(); i++) {
            SubmittedDocument s = d.documents().get(i);
            PortalDocument r = p.documents().get(i);
            assertThat(r).isEqualTo(new PortalDocument(s.componentCode(), s.name(), s.digitised(), s.reused(), s.fromNationalStore()));
        }

        assertThat(p.fees()).hasSameSizeAs(d.fees());
        for (int i = 0; i < d.fees().size(); i++) {
            Fee f = d.fees().get(i);
            PortalFee r = p.fees().get(i);
            assertThat(r.name()).isEqualTo(f.name());
            assertThat(r.code()).isEqualTo(CODES.portalFeeCode(f.code()));
            assertThat(r.amount()).isEqualTo(f.amount());
            assertThat(CODES.feeKindFor(r.kind())).contains(f.kind());
            if (r.collection() != null) {
                assertThat(CODES.collectionFor(r.collection())).isPresent();
            }
        }
        assertThat(p.totalFees()).isEqualTo(d.totalFees());
        // once everything is paid, every fee above zero has a collection method
        if (d.outstanding().isZero()) {
            assertThat(p.fees()).filteredOn(f -> f.amount().isPositive()).allSatisfy(f -> assertThat(f.collection()).isNotNull());
        }

        assertThat(p.supplements()).hasSameSizeAs(d.supplements());
        for (int i = 0; i < d.supplements().size(); i++) {
            SupplementRound s = d.supplements().get(i);
            assertThat(p.supplements().get(i)).isEqualTo(new PortalSupplement(s.reason(), sec(s.requestedAt()),
                    sec(s.completedAt()), sec(s.dueBefore()), sec(s.dueAfter())));
        }
        assertThat(p.hasOpenSupplement()).isEqualTo(d.hasOpenSupplement());

        assertThat(p.results()).hasSameSizeAs(d.results());
        for (int i = 0; i < d.results().size(); i++) {
            ResultDocument r = d.results().get(i);
            PortalResult q = p.results().get(i);
            assertThat(q.name()).isEqualTo(r.name());
            assertThat(q.code()).isEqualTo(r.code());
            assertThat(q.electronic()).isEqualTo(r.electronic());
        }
        assertThat(p.hasElectronicResult()).isEqualTo(d.results().stream().anyMatch(ResultDocument::electronic));
    }

    static Instant sec(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS);
    }
}
