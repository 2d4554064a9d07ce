package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.FeeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcedureModelTest {

    private static FeeRate rate(Validity v, long amount) {
        return new FeeRate(v, Vnd.of(amount), Optional.empty(), "basis");
    }

    @Test
    void badValuesAreRejectedWithTypedBilingualErrors() {
        assertThatThrownBy(() -> new DocumentRequirement("D", Fixtures.t("d"), true, 0, Optional.empty(), false, false))
                .isInstanceOfSatisfying(ProcedureException.class, e -> {
                    assertThat(e.code()).isEqualTo("procedure.invalid.document");
                    assertThat(e.text().vi()).contains("số bản phải ít nhất là 1");
                });
        assertThatThrownBy(() -> new FeeItem("F", Fixtures.t("f"), FeeKind.FEE, FeeCollection.AT_RECEIPT, List.of(
                rate(Validity.from(LocalDate.of(2020, 1, 1)), 1), rate(Validity.from(LocalDate.of(2021, 1, 1)), 2)),
                List.of())).isInstanceOfSatisfying(ProcedureException.class,
                        e -> assertThat(e.text().en()).contains("two rates in force at once"));
        assertThatThrownBy(() -> new FeeItem("F", Fixtures.t("f"), FeeKind.FEE, FeeCollection.AT_RECEIPT, List.of(), List.of()))
                .isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> rate(Validity.ALWAYS, -1)).isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new FeeRate(Validity.ALWAYS, Vnd.of(1), Optional.empty(), " "))
                .isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new FeeExemption("c", 0, Fixtures.t("c"), "b")).isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new FeeExemption("c", 101, Fixtures.t("c"), "b")).isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> Validity.between(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(ProcedureException.class);
        Procedure p = Fixtures.licence();
        assertThatThrownBy(() -> new Procedure(p.code(), p.name(), p.sector(), p.competentLevel(),
                ProcessingPeriod.workingDays(0), p.fees(), p.documents(), p.result(), false, false, Set.of(), "",
                Validity.ALWAYS)).isInstanceOfSatisfying(ProcedureException.class,
                        e -> assertThat(e.text().en()).contains("longer than zero"));
        assertThatThrownBy(() -> new Procedure(p.code(), p.name(), p.sector(), p.competentLevel(), p.duration(), p.fees(),
                List.of(p.documents().get(0), p.documents().get(0)), p.result(), false, false, Set.of(), "",
                Validity.ALWAYS)).isInstanceOfSatisfying(ProcedureException.class,
                        e -> assertThat(e.text().en()).contains("appears twice"));
        assertThatThrownBy(() -> new Sector(" ", Fixtures.t("s"))).isInstanceOf(ProcedureException.class);
    }

    @Test
    void accessorsForStatisticsAndChannels() {
        Procedure p = Fixtures.licence();
        assertThat(p.hasFees()).isTrue();
        assertThat(p.hasFeesOn(LocalDate.of(2010, 1, 1))).isFalse();
        assertThat(p.hasFeesOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(p.fee("LP")).isPresent();
        assertThat(p.requiresPhysicalStep()).isFalse();
        ServiceOffer counter = ServiceOffer.counterOnly(p.code(), Fixtures.AGENCY);
        assertThat(counter.offersOnline()).isFalse();
        assertThat(counter.offersOnlinePayment()).isFalse();
        assertThat(counter.channels()).containsExactly(Channel.IN_PERSON);
        assertThat(counter.paymentMethods()).containsExactly(PaymentMethod.CASH);
        ServiceOffer full = Fixtures.fullOffer().with(ServiceCapability.ONLINE_PAYMENT_OWN_GATEWAY)
                .with(ServiceCapability.BCCI_DOSSIER_PICKUP);
        assertThat(full.offersOnline()).isTrue();
        assertThat(full.offersOnlinePayment()).isTrue();
        assertThat(full.channels()).containsExactlyInAnyOrder(Channel.IN_PERSON, Channel.ONLINE, Channel.POSTAL);
        assertThat(full.paymentMethods()).containsExactlyInAnyOrder(PaymentMethod.CASH, PaymentMethod.NATIONAL_PORTAL,
                PaymentMethod.OWN_GATEWAY);
        assertThat(full.without(ServiceCapability.ONLINE_SUBMISSION).offersOnline()).isFalse();
        assertThat(full.capabilities()).isUnmodifiable();
        assertThat(ServiceCapability.fromWire("online_submission")).contains(ServiceCapability.ONLINE_SUBMISSION);
        assertThat(ServiceCapability.fromWire("nope")).isEmpty();
        assertThat(CompetentLevel.fromWire("commune")).contains(CompetentLevel.COMMUNE);
        assertThat(ServiceCriteria.builtIns()).containsKeys("online-submission", "fees-payable-online",
                "result-online-or-postal", "no-presence-required", "no-on-site-verification", "forms-available");
        assertThat(Catalogue.empty().size()).isZero();
        assertThat(p.toString()).contains("1.000001").contains("5d");
    }

    @Test
    void catalogueOfRejectsDuplicatesAndUnknownReferencesAllAtOnce() {
        Procedure p = Fixtures.licence();
        ServiceOffer stray = ServiceOffer.of(dev.dvc4j.core.id.ProcedureCode.parse("2.000001"), Fixtures.AGENCY);
        assertThatThrownBy(() -> Catalogue.of(List.of(p, p), List.of(Fixtures.fullOffer(), Fixtures.partialOffer(), stray)))
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::code).containsExactly("catalogue.duplicate-procedure",
                                "catalogue.duplicate-offer", "catalogue.unknown-procedure"));
    }
}
