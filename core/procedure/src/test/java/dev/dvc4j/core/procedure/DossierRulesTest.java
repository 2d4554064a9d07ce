package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierRulesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private final Catalogue catalogue = Catalogue.of(List.of(Fixtures.licence()), List.of(Fixtures.fullOffer()));
    private final DossierRules rules = DossierRules.of(catalogue, Fixtures.bundledLevels(), DossierRules.bundled());

    private FilingFacts.Builder complete() {
        return FilingFacts.builder(Fixtures.LICENCE, Fixtures.AGENCY, DAY).channel(Channel.ONLINE)
                .delivery(ResultDelivery.POSTAL).signed("FORM").fromDigitalStore("HEALTH").submitted("PASSPORT")
                .payment(PaymentMethod.NATIONAL_PORTAL);
    }

    @Test
    void aCompleteFullOnlineFilingIsAcceptedWithItsLevelAndFee() {
        FilingDecision d = rules.checkFiling(complete().build());
        assertThat(d.violations()).isEmpty();
        assertThat(d.isAccepted()).isTrue();
        assertThat(d.orThrow()).isSameAs(d);
        assertThat(d.level().orElseThrow().isFullOnline()).isTrue();
        assertThat(d.fee().orElseThrow().total()).isEqualTo(Vnd.of(115_000));
    }

    @Test
    void fullOnlineFilingWithoutOnlinePaymentAndWithoutARequiredDocumentIsRefusedWithEveryReason() {
        FilingFacts facts = FilingFacts.builder(Fixtures.LICENCE, Fixtures.AGENCY, DAY).channel(Channel.ONLINE)
                .delivery(ResultDelivery.POSTAL).signed("FORM").payment(PaymentMethod.CASH).build();
        Catalogue before = catalogue;
        List<Procedure> proceduresBefore = List.copyOf(catalogue.procedures());

        FilingDecision d = rules.checkFiling(facts);

        assertThat(d.isAccepted()).isFalse();
        assertThat(d.violations()).extracting(v -> v.code() + " " + v.path()).containsExactly(
                "filing.document-missing documents[HEALTH]",
                "filing.document-missing documents{identity}",
                "filing.online-payment-required payment");
        assertThat(d.violations().get(1).message().en()).contains("ID card copy; passport copy").contains("ID-CARD, PASSPORT");
        assertThat(d.violations().get(1).message().vi()).contains("ID card copy (vi); passport copy (vi)");
        assertThat(d.violations().get(2).message().en()).isEqualTo("Full online service: the fees of 115,000 VND must be paid online");
        assertThat(d.violations().get(2).message().vi()).contains("115.000 ₫");
        assertThatThrownBy(d::orThrow).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier-rules.filing-refused");
            assertThat(e.violations()).isEqualTo(d.violations());
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Filing refused (3 reasons)");
        });
        // nothing changed: same catalogue, same procedures, same facts; a second check gives the same answer
        assertThat(catalogue).isSameAs(before);
        assertThat(catalogue.procedures()).containsExactlyElementsOf(proceduresBefore);
        assertThat(rules.checkFiling(facts)).isEqualTo(d);

        FilingFacts noPayment = facts.toBuilder().payment(null).submitted("HEALTH", "ID-CARD").build();
        assertThat(rules.checkFiling(noPayment).violationCodes()).containsExactly("filing.online-payment-required");
    }

    @Test
    void paymentAtTheCounterIsAllowedWhenNotFullOnlineOrNotFiledOnline() {
        Catalogue partial = Catalogue.of(List.of(Fixtures.licence()), List.of(Fixtures.partialOffer()));
        DossierRules r = DossierRules.of(partial, Fixtures.bundledLevels(), DossierRules.bundled());
        assertThat(r.checkFiling(complete().payment(PaymentMethod.CASH).build()).violations()).isEmpty();
        assertThat(r.checkFiling(complete().payment(PaymentMethod.NATIONAL_PORTAL).build()).violationCodes())
                .containsExactly("filing.payment-method-not-offered");
        assertThat(rules.checkFiling(complete().channel(Channel.IN_PERSON).payment(PaymentMethod.CASH).build()).violations())
                .isEmpty();
        FilingFacts heroOnline = complete().payment(null).beneficiaryCategory("hero").build();
        FilingDecision free = rules.checkFiling(heroOnline);
        assertThat(free.fee().orElseThrow().isFree()).isTrue();
        assertThat(free.violations()).as("nothing to pay, nothing to pay online").isEmpty();
    }

    @Test
    void channelsDeliveriesUnknownComponentsStoreAndSignaturesAreChecked() {
        Catalogue counter = Catalogue.of(List.of(Fixtures.licence()), List.of());
        DossierRules r = DossierRules.of(counter, Fixtures.bundledLevels(), DossierRules.bundled());
        FilingDecision d = r.checkFiling(complete().channel(Channel.POSTAL).delivery(ResultDelivery.ONLINE)
                .payment(null).fromDigitalStore("PASSPORT").submitted("NOT-A-DOC").build());
        assertThat(d.violations()).extracting(v -> v.code() + " " + v.path()).containsExactly(
                "filing.channel-not-offered channel",
                "filing.document-unknown documents[NOT-A-DOC]",
                "filing.document-not-from-store documents[PASSPORT]",
                "filing.delivery-not-allowed delivery");
        assertThat(d.violations().get(0).message().vi()).contains("Bưu chính công ích");
        assertThat(d.violations().get(0).message().en()).contains("Public postal service");
        assertThat(d.violations().get(3).message().en()).contains("allowed: counter");

        FilingDecision unsigned = rules.checkFiling(complete().submitted("FORM").build().toBuilder().build());
        assertThat(unsigned.violationCodes()).isEmpty();
        FilingFacts f = new FilingFacts(Fixtures.LICENCE, Fixtures.AGENCY, Channel.ONLINE, ResultDelivery.POSTAL,
                java.util.Set.of("FORM", "PASSPORT"), java.util.Set.of("HEALTH"), java.util.Set.of(),
                Optional.of(PaymentMethod.NATIONAL_PORTAL), DAY, Optional.empty(), Optional.empty());
        assertThat(rules.checkFiling(f).violations()).extracting(RuleViolation::code).containsExactly("filing.signature-missing");
        assertThat(DossierRules.allowedDeliveries(Fixtures.licence(), Fixtures.fullOffer()))
                .containsExactlyInAnyOrder(ResultDelivery.COUNTER, ResultDelivery.POSTAL);
    }

    @Test
    void unknownProcedureAndProcedureNotInForceAreRefused() {
        FilingFacts unknown = FilingFacts.builder(ProcedureCode.parse("2.000635"), Fixtures.AGENCY, DAY).build();
        FilingDecision d = rules.checkFiling(unknown);
        assertThat(d.violationCodes()).containsExactly("filing.unknown-procedure");
        assertThat(d.level()).isEmpty();
        assertThat(d.fee()).isEmpty();

        Procedure p = Fixtures.licence();
        Procedure repealed = new Procedure(p.code(), p.name(), p.sector(), p.competentLevel(), p.duration(), p.fees(),
                p.documents(), p.result(), false, false, p.integrations(), p.legalBasis(),
                Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        DossierRules r = DossierRules.of(Catalogue.of(List.of(repealed), List.of(Fixtures.fullOffer())),
                Fixtures.bundledLevels(), DossierRules.bundled());
        assertThat(r.checkFiling(complete().build()).violationCodes()).containsExactly("filing.procedure-not-in-force");
    }

    @Test
    void feeDueFollowsTheDatedScheduleTheChannelAndExemptions() {
        Procedure p = Fixtures.licence();
        FeeAssessment old = DossierRules.feeDue(p, LocalDate.of(2023, 12, 31), Channel.ONLINE, Optional.empty());
        assertThat(old.total()).isEqualTo(Vnd.of(135_000));
        assertThat(old.lines().get(0).legalBasis()).isEqualTo("Circular A");
        FeeAssessment online = DossierRules.feeDue(p, LocalDate.of(2024, 1, 1), Channel.ONLINE, Optional.empty());
        assertThat(online.lines()).singleElement().satisfies(l -> {
            assertThat(l.standard()).isEqualTo(Vnd.of(135_000));
            assertThat(l.channelAdjustment()).isEqualTo(Vnd.of(-20_000));
            assertThat(l.due()).isEqualTo(Vnd.of(115_000));
            assertThat(l.legalBasis()).isEqualTo("Circular B");
        });
        assertThat(online.dueAtReceipt()).isEqualTo(Vnd.of(115_000));
        assertThat(online.dueAtReturn()).isEqualTo(Vnd.ZERO);
        assertThat(DossierRules.feeDue(p, DAY, Channel.IN_PERSON, Optional.empty()).total()).isEqualTo(Vnd.of(135_000));
        FeeAssessment invalid = DossierRules.feeDue(p, DAY, Channel.ONLINE, Optional.of("war-invalid"));
        assertThat(invalid.lines().get(0).exemption()).isEqualTo(Vnd.of(57_500));
        assertThat(invalid.lines().get(0).exemptionCategory()).contains("war-invalid");
        assertThat(invalid.total()).isEqualTo(Vnd.of(57_500));
        assertThat(DossierRules.feeDue(p, DAY, Channel.ONLINE, Optional.of("unknown-category")).total())
                .isEqualTo(Vnd.of(115_000));
        assertThat(DossierRules.feeDue(p, LocalDate.of(2016, 12, 31), Channel.ONLINE, Optional.empty()).lines())
                .as("no rate in force, no line").isEmpty();
    }

    @Test
    void resultReturnNeedsPaymentOnlineForFullOnlineAndAnAllowedDelivery() {
        ResultReturnFacts unpaid = new ResultReturnFacts(Fixtures.LICENCE, Fixtures.AGENCY, Channel.ONLINE, DAY,
                ResultDelivery.ONLINE, Optional.empty(), Optional.empty(), DAY.plusDays(7));
        ResultReturnDecision d = rules.checkResultReturn(unpaid);
        assertThat(d.violations()).extracting(RuleViolation::code)
                .containsExactly("return.fees-unpaid", "filing.delivery-not-allowed");
        assertThatThrownBy(d::orThrow).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Result return refused (2 reasons)"));
        ResultReturnFacts cash = new ResultReturnFacts(Fixtures.LICENCE, Fixtures.AGENCY, Channel.ONLINE, DAY,
                ResultDelivery.POSTAL, Optional.of(PaymentMethod.CASH), Optional.empty(), DAY.plusDays(7));
        assertThat(rules.checkResultReturn(cash).violations()).extracting(RuleViolation::code)
                .containsExactly("return.online-payment-required");
        ResultReturnFacts ok = new ResultReturnFacts(Fixtures.LICENCE, Fixtures.AGENCY, Channel.IN_PERSON, DAY,
                ResultDelivery.COUNTER, Optional.of(PaymentMethod.CASH), Optional.empty(), DAY);
        assertThat(rules.checkResultReturn(ok).isAllowed()).isTrue();
        assertThatThrownBy(() -> new ResultReturnFacts(Fixtures.LICENCE, Fixtures.AGENCY, Channel.IN_PERSON, DAY,
                ResultDelivery.COUNTER, Optional.empty(), Optional.empty(), DAY.minusDays(1)))
                .isInstanceOf(ProcedureException.class);
    }

    @Test
    void vendorsAddAndReplaceRulesThroughTheExtensionSurface() {
        DossierRule noWeekendFilings = new DossierRule() {
            @Override
            public String code() {
                return "vendor-weekdays";
            }

            @Override
            public List<RuleViolation> checkFiling(FilingContext c) {
                return c.facts().filingDate().getDayOfWeek().getValue() >= 6
                        ? List.of(RuleViolation.of("vendor.weekend", "filingDate", "Không nhận cuối tuần", "No weekend filings"))
                        : List.of();
            }
        };
        DossierRule lenientDocuments = new DossierRule() {
            @Override
            public String code() {
                return "documents-complete";
            }

            @Override
            public List<RuleViolation> checkFiling(FilingContext c) {
                return List.of();
            }
        };
        Dvc4jModule vendor = new Dvc4jModule() {
            @Override
            public String name() {
                return "vendor";
            }

            @Override
            public void setup(SetupContext context) {
                context.provide(ProcedurePoints.DOSSIER_RULES, noWeekendFilings);
                context.provide(ProcedurePoints.DOSSIER_RULES, lenientDocuments);
            }
        };
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(vendor).build();
        DossierRules r = DossierRules.from(dvc4j, catalogue);
        assertThat(r.rules()).extracting(DossierRule::code).containsExactlyInAnyOrder("procedure-in-force",
                "channel-offered", "applicant-address", "documents-complete", "payment", "result-delivery", "vendor-weekdays");
        assertThat(r.rules()).contains(lenientDocuments, noWeekendFilings);
        FilingFacts saturday = FilingFacts.builder(Fixtures.LICENCE, Fixtures.AGENCY, LocalDate.of(2024, 3, 9))
                .channel(Channel.ONLINE).delivery(ResultDelivery.POSTAL).payment(PaymentMethod.CASH).build();
        assertThat(r.checkFiling(saturday).violationCodes())
                .containsExactly("filing.online-payment-required", "vendor.weekend");
    }

    @Test
    void theSampleCatalogueWorksEndToEnd() {
        Catalogue sample = CatalogueLoader.withValidator(Fixtures.validator()).loadSample();
        DossierRules r = DossierRules.of(sample, Fixtures.bundledLevels(), DossierRules.bundled());
        AgencyCode z01 = AgencyCode.parse("000.00.99.Z01");
        FilingFacts badge = FilingFacts.builder(ProcedureCode.parse("9.900001"), z01, DAY).channel(Channel.ONLINE)
                .delivery(ResultDelivery.POSTAL).signed("DON-DE-NGHI").submitted("HEN-DANG-KY-XE").build();
        FilingDecision d = r.checkFiling(badge);
        assertThat(d.violations()).isEmpty();
        assertThat(d.level().orElseThrow().level().code()).isEqualTo("full-online");
        FilingFacts licence = FilingFacts.builder(ProcedureCode.parse("9.900002"), z01, DAY).channel(Channel.ONLINE)
                .delivery(ResultDelivery.ONLINE).signed("DON-DE-NGHI", "PHUONG-AN-KD").payment(PaymentMethod.CASH).build();
        FilingDecision l = r.checkFiling(licence);
        assertThat(l.violations()).isEmpty();
        assertThat(l.level().orElseThrow().level().code()).isEqualTo("partial-online");
        assertThat(l.level().orElseThrow().unmet()).extracting(u -> u.reason().en())
                .containsExactly("Online payment not offered");
        assertThat(l.fee().orElseThrow().total()).isEqualTo(Vnd.of(200_000));
    }

    @Test
    void theApplicantsProvinceIsCheckedAgainstTheRuntimesGazetteer() {
        Catalogue catalogue = Catalogue.of(List.of(Fixtures.licence()), List.of(Fixtures.fullOffer()));
        FilingFacts inHaTinh = complete().applicantProvince("42").build();
        FilingFacts nowhere = complete().applicantProvince("99").build();
        FilingFacts noAddress = complete().build();
        DossierRules national = DossierRules.from(Dvc4j.defaults(), catalogue);
        assertThat(national.checkFiling(inHaTinh).violationCodes()).doesNotContain("filing.address-province-unknown");
        assertThat(national.checkFiling(noAddress).violationCodes()).doesNotContain("filing.address-province-unknown");
        assertThat(national.checkFiling(nowhere).violations()).filteredOn(v -> v.code().equals("filing.address-province-unknown"))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("applicant.address.provinceCode");
                    assertThat(v.message().en()).contains("99").contains("not in the gazetteer");
                    assertThat(v.message().vi()).contains("99").contains("không có trong danh mục tỉnh");
                });
        // A vendor's gazetteer that knows only province 99 makes 99 valid and 42 unknown: the rule reads the runtime.
        Province ninetyNine = new Province("99", "Tỉnh thử", LocalDate.of(2000, 1, 1), null, "test", "test", false, null);
        Dvc4j vendor = Dvc4j.builder().register(new Dvc4jModule() {
            @Override
            public String name() {
                return "gazetteer";
            }

            @Override
            public void setup(SetupContext context) {
                context.provide(IdentifierPoints.PROVINCES, Provinces.of(List.of(ninetyNine)));
            }
        }).build();
        DossierRules local = DossierRules.from(vendor, catalogue);
        assertThat(local.checkFiling(nowhere).violationCodes()).doesNotContain("filing.address-province-unknown");
        assertThat(local.checkFiling(inHaTinh).violationCodes()).contains("filing.address-province-unknown");
    }
}
