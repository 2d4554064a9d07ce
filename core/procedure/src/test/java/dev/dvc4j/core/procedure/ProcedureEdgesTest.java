package dev.dvc4j.core.procedure;

import static dev.dvc4j.core.procedure.Fixtures.LICENCE;
import static dev.dvc4j.core.procedure.Fixtures.licence;
import static dev.dvc4j.core.procedure.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The procedure model's predicates both ways, its boundaries on both sides, and its refusals' wording. */
class ProcedureEdgesTest {

    private static FeeItem fee(String code, Vnd amount, Optional<Vnd> online) {
        return new FeeItem(code, t("fee " + code), FeeKind.FEE, FeeCollection.AT_RECEIPT,
                List.of(new FeeRate(Validity.from(LocalDate.of(2024, 1, 1)), amount, online, "Circular")), List.of());
    }

    private static Procedure with(List<FeeItem> fees, List<DocumentRequirement> documents) {
        return new Procedure(LICENCE, t("p"), new Sector("DB", t("road")), CompetentLevel.PROVINCE,
                ProcessingPeriod.workingDays(5), fees, documents, ResultKind.PAPER, false, false,
                EnumSet.noneOf(Integration.class), "Decree X", Validity.ALWAYS);
    }

    @Test
    void aFeeIsChargedWhenSomeRateIsAboveZeroAtTheCounterOrOnline() {
        assertThat(fee("A", Vnd.of(1), Optional.empty()).everCharged()).isTrue();
        assertThat(fee("A", Vnd.ZERO, Optional.of(Vnd.of(1))).everCharged()).isTrue();
        assertThat(fee("A", Vnd.ZERO, Optional.of(Vnd.ZERO)).everCharged()).isFalse();
        assertThat(fee("A", Vnd.ZERO, Optional.empty()).everCharged()).isFalse();
    }

    @Test
    void aProcedureHasFeesWhenSomeFeeIsCharged_andOnADateWhenOneIsInForce() {
        Procedure free = with(List.of(fee("A", Vnd.ZERO, Optional.empty())), List.of());
        assertThat(free.hasFees()).isFalse();
        assertThat(free.hasFeesOn(LocalDate.of(2025, 1, 1))).isFalse();
        Procedure onlineOnly = with(List.of(fee("A", Vnd.ZERO, Optional.of(Vnd.of(5)))), List.of());
        assertThat(onlineOnly.hasFees()).isTrue();
        assertThat(onlineOnly.hasFeesOn(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(onlineOnly.hasFeesOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(licence().hasFees()).isTrue();
        assertThat(licence().fee("LP")).isPresent();
        assertThat(licence().fee("NONE")).isEmpty();
    }

    @Test
    void aFeeAndADocumentMayShareACode_butTwoFeesOrTwoDocumentsMayNot() {
        DocumentRequirement doc = new DocumentRequirement("X", t("x"), true, 1, Optional.empty(), false, false);
        assertThat(with(List.of(fee("X", Vnd.of(1), Optional.empty())), List.of(doc)).document("X")).contains(doc);
        assertThatThrownBy(() -> with(List.of(), List.of(doc, doc))).isInstanceOfSatisfying(ProcedureException.class, e -> {
            assertThat(e.code()).isEqualTo("procedure.invalid.procedure");
            assertThat(e.text().en()).isEqualTo("Procedure 1.000001: document component \"X\" appears twice");
            assertThat(e.text().vi()).isEqualTo("Thủ tục 1.000001: mã thành phần hồ sơ \"X\" bị trùng");
        });
    }

    @Test
    void anAssessmentIsFreeExactlyWhenNothingIsDue() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(DossierRules.feeDue(licence(), day, Channel.IN_PERSON, Optional.empty()).isFree()).isFalse();
        assertThat(DossierRules.feeDue(licence(), day, Channel.IN_PERSON, Optional.of("hero")).isFree()).isTrue();
        assertThat(DossierRules.feeDue(with(List.of(), List.of()), day, Channel.ONLINE, Optional.empty()).isFree()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void anExemptionOfOneToAHundredPercentIsAccepted(int percent) {
        assertThat(new FeeExemption("c", percent, t("c"), "Law").percent()).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void anExemptionOutsideOneToAHundredPercentIsRefused(int percent) {
        assertThatThrownBy(() -> new FeeExemption("c", percent, t("c"), "Law"))
                .isInstanceOfSatisfying(ProcedureException.class, e -> {
                    assertThat(e.code()).isEqualTo("procedure.invalid.exemption");
                    assertThat(e.text().en()).isEqualTo("An exemption of " + percent + "% must be between 1 and 100");
                    assertThat(e.text().vi()).isEqualTo("Tỷ lệ miễn giảm " + percent + "% phải từ 1 đến 100");
                });
    }

    @Test
    void aResultIsDeliverableOnlineWhenElectronicAndNoPaperIsRequired() {
        assertThat(new ResultKind(false, true).deliverableOnline()).isTrue();
        assertThat(new ResultKind(true, true).deliverableOnline()).isFalse();
        assertThat(new ResultKind(false, false).deliverableOnline()).isFalse();
        assertThat(new ResultKind(true, false).deliverableOnline()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ServiceCapability.class)
    void onlyTheTwoOnlinePaymentCapabilitiesNameAPaymentMethod(ServiceCapability c) {
        Optional<PaymentMethod> expected = c == ServiceCapability.ONLINE_PAYMENT_NATIONAL_PORTAL
                ? Optional.of(PaymentMethod.NATIONAL_PORTAL)
                : c == ServiceCapability.ONLINE_PAYMENT_OWN_GATEWAY ? Optional.of(PaymentMethod.OWN_GATEWAY) : Optional.empty();
        assertThat(c.paymentMethod()).isEqualTo(expected);
        assertThat(c.label().vi()).isNotBlank().isNotEqualTo(c.label().en());
        assertThat(ServiceCapability.fromWire(c.wireName())).contains(c);
    }

    @Test
    void anOfferWithoutACapabilityLosesOnlyThat_evenFromNone() {
        ServiceOffer none = ServiceOffer.of(LICENCE, Fixtures.AGENCY);
        assertThat(none.without(ServiceCapability.E_FORMS).capabilities()).isEmpty();
        ServiceOffer full = Fixtures.fullOffer();
        assertThat(full.without(ServiceCapability.E_FORMS).capabilities())
                .doesNotContain(ServiceCapability.E_FORMS).hasSize(full.capabilities().size() - 1);
    }

    @Test
    void aRuleViolationExceptionCountsItsReasonsInBothLanguages() {
        RuleViolation a = RuleViolation.of("a", "$.a", "lý do A", "reason A");
        RuleViolation b = RuleViolation.of("b", "$.b", "lý do B", "reason B");
        RuleViolationException one = new RuleViolationException("dossier-rules.filing-refused", List.of(a));
        assertThat(one.text().en()).isEqualTo("Filing refused (1 reason): reason A");
        assertThat(one.text().vi()).isEqualTo("Không tiếp nhận hồ sơ (1 lý do): lý do A");
        RuleViolationException two = new RuleViolationException("dossier-rules.return-refused", List.of(a, b));
        assertThat(two.text().en()).isEqualTo("Result return refused (2 reasons): reason A; reason B");
        assertThat(two.text().vi()).isEqualTo("Không được trả kết quả (2 lý do): lý do A; lý do B");
        assertThat(a.toString()).isEqualTo("a at $.a: reason A");
    }

    @Test
    void aCatalogueExceptionListsEveryProblemWithItsPlace() {
        String sep = System.lineSeparator() + "  ";
        CatalogueProblem p1 = new CatalogueProblem("a.json", "$.x", OptionalInt.of(3), OptionalInt.of(7), "c1",
                dev.dvc4j.core.LocalizedText.of("lỗi một", "problem one"));
        CatalogueProblem p2 = new CatalogueProblem("b.json", "", OptionalInt.empty(), OptionalInt.empty(), "c2",
                dev.dvc4j.core.LocalizedText.of("lỗi hai", "problem two"));
        assertThat(p1.toString()).isEqualTo("a.json: $.x (line 3, column 7): problem one");
        assertThat(p2.toString()).isEqualTo("b.json: problem two");
        CatalogueException one = new CatalogueException(List.of(p1));
        assertThat(one.text().en()).isEqualTo("The procedure catalogue has 1 problem:" + sep + p1);
        CatalogueException two = new CatalogueException(List.of(p1, p2));
        assertThat(two.text().en()).isEqualTo("The procedure catalogue has 2 problems:" + sep + p1 + sep + p2);
        assertThat(two.text().vi()).isEqualTo("Danh mục thủ tục có 2 lỗi:" + sep + "a.json: $.x: lỗi một" + sep
                + "b.json: lỗi hai");
    }
}
