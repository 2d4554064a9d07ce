package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Filing a dossier through the procedure rules: refused with every reason and nothing filed, or filed. */
class DossierFilingRulesTest {

    static final AgencyCode AGENCY = AgencyCode.parse("000.00.99.Z01");
    static final ProcedureCode LICENCE_EXCHANGE = ProcedureCode.parse("9.900003");
    static final Dvc4j DVC4J = Dvc4j.builder().findAndRegisterModules().build();
    static final DossierRules RULES = DossierRules.from(DVC4J, CatalogueLoader.withDefaultValidator().loadSample());

    static Filing.Builder filing() {
        return Filing.builder().code(new DossierCode(AGENCY, LocalDate.of(2026, 3, 2), 1)).procedure(LICENCE_EXCHANGE)
                .agency(AGENCY).applicant(new Citizen("Phạm Thu Dung", PersonalId.parse("079195001234"), null, null, null))
                .channel(Channel.ONLINE).resultDelivery(ResultDelivery.POSTAL).period(ProcessingPeriod.workingDays(5))
                .at(Instant.parse("2026-03-02T09:00:00+07:00")).actor("portal");
    }

    @Test
    void fullOnlineFilingWithoutDocumentsOrOnlinePaymentIsRefusedWithEveryReason() {
        Filing incomplete = filing().document(new SubmittedDocument("TO-KHAI", "Tờ khai", "c".repeat(64), true, false, false)).build();
        FilingFacts facts = DossierRules.factsOf(incomplete).payment(PaymentMethod.CASH).build();
        assertThatThrownBy(() -> RULES.file(incomplete, facts))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(RuleViolation::code).contains(
                            "filing.document-missing", "filing.online-payment-required");
                    assertThat(e.violations()).filteredOn(v -> v.code().equals("filing.document-missing")).hasSize(2);
                    assertThat(e.getMessage(Locale.ENGLISH)).isNotBlank();
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isNotBlank();
                });
    }

    @Test
    void completeFilingIsFiled() {
        Filing complete = filing()
                .document(new SubmittedDocument("TO-KHAI", "Tờ khai", "c".repeat(64), true, false, false))
                .document(new SubmittedDocument("GIAY-KHAM-SUC-KHOE", "Giấy khám sức khỏe", "d".repeat(64), true, true, true))
                .document(new SubmittedDocument("BAN-SAO-GPLX", "Bản sao GPLX", "e".repeat(64), true, false, false))
                .build();
        Dossier d = RULES.file(complete, DossierRules.factsOf(complete).payment(PaymentMethod.NATIONAL_PORTAL).build());
        assertThat(d.status()).isEqualTo(DossierStatus.FILED);
        assertThat(d.procedure()).isEqualTo(LICENCE_EXCHANGE);
    }

    @Test
    void factsThatDescribeAnotherFilingAreRejected() {
        Filing f = filing().build();
        FilingFacts other = DossierRules.factsOf(f).channel(Channel.IN_PERSON).build();
        assertThatThrownBy(() -> RULES.file(f, other)).isInstanceOf(ProcedureException.class)
                .hasMessageContaining("do not match the filing");
    }
}
