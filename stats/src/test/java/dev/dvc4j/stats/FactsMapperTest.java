package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.core.procedure.ServiceLevels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts from a dossier, with and without a procedure catalogue. */
class FactsMapperTest {

    static final AgencyCode AGENCY = AgencyCode.parse("000.00.99.Z01");
    static final DeadlinePolicy POLICY = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.SUBTRACT);

    static Dossier dossier() {
        return dossier(true);
    }

    static Dossier dossier(boolean supplemented) {
        Instant t0 = Instant.parse("2026-03-02T09:00:00+07:00");
        Dossier d = Dossier.file(Filing.builder().code(new DossierCode(AGENCY, LocalDate.of(2026, 3, 2), 3))
                .procedure(ProcedureCode.parse("9.900003")).agency(AGENCY)
                .applicant(new Citizen("Phạm Thu Dung", PersonalId.parse("079195001234"), null, null, null))
                .channel(Channel.ONLINE).resultDelivery(ResultDelivery.POSTAL).period(ProcessingPeriod.workingDays(5))
                .vneidAuthenticated(true)
                .document(new SubmittedDocument("GIAY-KHAM-SUC-KHOE", "Giấy khám sức khỏe", "d".repeat(64), true, true, true))
                .fee(new dev.dvc4j.core.dossier.Fee("LE-PHI-GPLX", "Lệ phí", Vnd.of(115_000), dev.dvc4j.core.dossier.FeeKind.FEE))
                .at(t0).actor("portal").build());
        d = d.pay(t0.plusSeconds(60), "citizen", new Payment(Vnd.of(115_000), PaymentMethod.NATIONAL_PORTAL, "TX"))
                .receive(t0.plusSeconds(3600), "o", POLICY);
        if (supplemented) {
            d = d.requestSupplement(Instant.parse("2026-03-03T09:00:00+07:00"), "o", "Ảnh mờ")
                    .supplement(Instant.parse("2026-03-04T09:00:00+07:00"), "c", List.of(), POLICY);
        }
        return d.approve(Instant.parse("2026-03-06T10:00:00+07:00"), "l", List.of(new ResultDocument("GPLX", "Giấy phép lái xe", true, null)))
                .returnResult(Instant.parse("2026-03-06T15:00:00+07:00"), "o");
    }

    @Test
    void factsWithoutACatalogue() {
        Dossier d = dossier();
        DossierFacts f = FactsMapper.defaults().fromDossier(d);
        assertThat(f.code()).isEqualTo(d.code().toString());
        assertThat(f.province()).isEqualTo("Z01");
        assertThat(f.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(f.paymentFlag()).isEqualTo(1);
        assertThat(f.feeBearing()).isTrue();
        assertThat(f.digitised()).isTrue();
        assertThat(f.reused()).isTrue();
        assertThat(f.populationData()).isTrue();
        assertThat(f.electronicResult()).isTrue();
        assertThat(f.vneid()).isTrue();
        assertThat(f.supplements()).hasSize(1);
        assertThat(f.legacyLevel()).isZero();
        assertThat(f.sector()).isEmpty();
        // the due time given to statistics is the one set at receipt, not the one extended for the supplement
        assertThat(f.dueAt()).isEqualTo(d.originalDueAt());
        assertThat(d.dueAt()).isAfter(d.originalDueAt());
        assertThat(f.legalMaxMinutes()).isEqualTo(5 * 480);
    }

    @Test
    void aCatalogueAddsSectorAndServiceLevel() {
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().build();
        FactsMapper m = FactsMapper.defaults().withProvince(a -> "42")
                .withCatalogue(CatalogueLoader.withDefaultValidator().loadSample(), ServiceLevels.from(dvc4j));
        DossierFacts f = m.fromDossier(dossier());
        assertThat(f.sector()).isEqualTo("DUONG-BO");
        assertThat(f.province()).isEqualTo("42");
        assertThat(f.legacyLevel()).isBetween(3, 4);
        assertThat(f.onlineMode()).isEqualTo(f.legacyLevel() == 4 ? OnlineMode.FULL : OnlineMode.PARTIAL);
    }

    /** What a portal payload does not carry: the legal maximum and the level the dossier's own catalogue assessed. */
    static DossierFacts withoutWhatThePortalLacks(DossierFacts f) {
        return f.toBuilder().legalMaxMinutes(-1).build();
    }

    @Test
    void aDossierSyncedToThePortalGivesTheSameFactsAsTheDossier() {
        Dossier d = dossier();
        PortalDossier p = dev.dvc4j.core.portal.PortalMapper.defaults().toPortal(d);
        // The due time a supplement extended is the first round's "due before" on the portal: the one statistics use.
        assertThat(p.supplements()).singleElement().satisfies(s -> assertThat(s.dueBefore()).isEqualTo(d.originalDueAt()));
        assertThat(p.dueAt()).isEqualTo(d.dueAt());
        assertThat(FactsMapper.defaults().fromPortal(p)).isEqualTo(withoutWhatThePortalLacks(FactsMapper.defaults().fromDossier(d)));
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().build();
        FactsMapper m = FactsMapper.defaults().withProvince(a -> "42")
                .withCatalogue(CatalogueLoader.withDefaultValidator().loadSample(), ServiceLevels.from(dvc4j));
        DossierFacts fromPortal = m.fromPortal(p);
        assertThat(fromPortal).isEqualTo(withoutWhatThePortalLacks(m.fromDossier(d)));
        assertThat(fromPortal.sector()).isEqualTo("DUONG-BO");
        assertThat(fromPortal.legacyLevel()).isBetween(3, 4);
        assertThat(fromPortal.populationData()).isTrue();
        assertThat(fromPortal.vneid()).isTrue();
        // Without supplements the due time is the payload's own.
        Dossier plain = dossier(false);
        PortalDossier q = dev.dvc4j.core.portal.PortalMapper.defaults().toPortal(plain);
        assertThat(q.supplements()).isEmpty();
        assertThat(m.fromPortal(q)).isEqualTo(withoutWhatThePortalLacks(m.fromDossier(plain)));
        assertThat(m.fromPortal(q).dueAt()).isEqualTo(plain.dueAt()).isEqualTo(q.dueAt());
    }

    @Test
    void aPortalPayloadWithoutItsEssentialsIsRefused() {
        PortalDossier empty = new PortalDossier(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> FactsMapper.defaults().fromPortal(empty)).isInstanceOf(StatsException.class)
                .hasMessageContaining("lacks its code, filing time, status or channel");
    }
}
