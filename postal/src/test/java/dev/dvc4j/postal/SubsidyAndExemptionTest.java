package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalQuote.Line;
import dev.dvc4j.postal.PostalQuote.LineKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Beneficiary categories, temporary discounts, caps, their order, rounding and the payer split. */
class SubsidyAndExemptionTest {

    private static final PostalCalculator CALC = Fixtures.everything();

    @Test
    void haTinhCitySeed_capOfTenThousandOnA26000Leg() {
        PostalQuote q = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .province("42").weightGrams(100).date(Fixtures.DAY).build());
        assertThat(q.total()).isEqualTo(Vnd.of(26_000));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(10_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(16_000));
        assertThat(q.lines()).extracting(Line::kind).containsExactly(LineKind.POSTAGE, LineKind.SUBSIDY);
        Line subsidy = q.lines().get(1);
        assertThat(subsidy.amount()).isEqualTo(Vnd.ZERO);
        assertThat(subsidy.applicantShare()).isEqualTo(Vnd.of(-16_000));
        assertThat(subsidy.budgetShare()).isEqualTo(Vnd.of(16_000));
        assertThat(subsidy.code()).isEqualTo("ha-tinh-city-bcci-cap");
    }

    @Test
    void haTinhCap_appliesPerLeg_andOnlyIntraDistrict_andOnlyInHaTinh() {
        PostalQuote both = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone(ZoneResolver.INTRA_DISTRICT)
                .province("42").weightGrams(100).date(Fixtures.DAY).build());
        assertThat(both.applicantPays()).isEqualTo(Vnd.of(20_000));
        assertThat(both.budgetPays()).isEqualTo(Vnd.of(32_000));
        PostalQuote interDistrict = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTER_DISTRICT)
                .province("42").weightGrams(100).date(Fixtures.DAY).build());
        assertThat(interDistrict.applicantPays()).isEqualTo(Vnd.of(30_000));
        PostalQuote elsewhere = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .province("48").weightGrams(100).date(Fixtures.DAY).build());
        assertThat(elsewhere.applicantPays()).isEqualTo(Vnd.of(26_000));
        PostalQuote noProvince = CALC.quote(Fixtures.request(PostalLeg.SEND_ONLY, ZoneResolver.INTRA_DISTRICT, 100));
        assertThat(noProvince.applicantPays()).isEqualTo(Vnd.of(26_000));
    }

    @Test
    void quangNgai2020_temporaryDiscountInsideItsDates() {
        PostalQuoteRequest.Builder b = PostalQuoteRequest.builder().legs(PostalLeg.SEND).province("51").weightGrams(100);
        PostalQuote intra = CALC.quote(b.zone(ZoneResolver.INTRA_DISTRICT).date(LocalDate.of(2020, 4, 15)).build());
        assertThat(intra.total()).isEqualTo(Vnd.of(15_000));
        assertThat(intra.applicantPays()).isEqualTo(Vnd.of(15_000));
        assertThat(intra.lines()).extracting(Line::kind).containsExactly(LineKind.POSTAGE, LineKind.DISCOUNT);
        assertThat(intra.lines().get(1).amount()).isEqualTo(Vnd.of(-11_000));
        PostalQuote inter = CALC.quote(b.zone(ZoneResolver.INTER_DISTRICT).date(LocalDate.of(2020, 5, 31)).build());
        assertThat(inter.total()).isEqualTo(Vnd.of(20_000));
        PostalQuote after = CALC.quote(b.zone(ZoneResolver.INTER_DISTRICT).date(LocalDate.of(2020, 6, 1)).build());
        assertThat(after.total()).isEqualTo(Vnd.of(30_000));
        PostalQuote before = CALC.quote(b.zone(ZoneResolver.INTRA_DISTRICT).date(LocalDate.of(2020, 3, 31)).build());
        assertThat(before.total()).isEqualTo(Vnd.of(26_000));
        PostalQuote interProvince = CALC.quote(b.zone(ZoneResolver.INTER_PROVINCE_SAME_REGION).date(LocalDate.of(2020, 4, 15)).build());
        assertThat(interProvince.total()).isEqualTo(Vnd.of(30_500));
        PostalQuote heavier = CALC.quote(b.zone(ZoneResolver.INTRA_DISTRICT).date(LocalDate.of(2020, 4, 15)).weightGrams(101).build());
        assertThat(heavier.total()).isEqualTo(Vnd.of(26_000));
    }

    @Test
    void heroicMotherAndPre1945RevolutionaryPayNothingForPostage() {
        for (String category : List.of("heroic-mother", "revolution-pre-1945")) {
            PostalQuote q = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone(ZoneResolver.INTER_PROVINCE_OTHER_REGION)
                    .weightGrams(1234).date(Fixtures.DAY).category(category).build());
            assertThat(q.total()).isEqualTo(Vnd.ZERO);
            assertThat(q.applicantPays()).isEqualTo(Vnd.ZERO);
            assertThat(q.lines()).filteredOn(l -> l.kind() == LineKind.DISCOUNT).hasSize(2)
                    .allSatisfy(l -> assertThat(l.label().en()).startsWith("Exemption (100%)"));
        }
    }

    @Test
    void fiftyPercentForWarInvalidsAndOtherListedGroups() {
        for (String category : List.of("war-invalid", "hero-armed-forces", "hero-labour", "sick-soldier", "agent-orange")) {
            PostalQuote q = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                    .weightGrams(300).date(Fixtures.DAY).category(category).build());
            assertThat(q.total()).as(category).isEqualTo(Vnd.of(13_250));
            assertThat(q.applicantPays()).isEqualTo(Vnd.of(13_250));
        }
    }

    @Test
    void exemptionDoesNotTouchAddOns() {
        PostalQuote q = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .weightGrams(100).date(Fixtures.DAY).category("heroic-mother").feeRemittance().build());
        assertThat(q.total()).isEqualTo(Vnd.of(8_000));
    }

    @Test
    void orderIsCategoryThenTemporaryDiscountThenCap() {
        // a synthetic province with all three: 50% category, then 40% temporary discount, then a 7,000 cap
        PostalSubsidy discount = new PostalSubsidy("test-discount", LocalizedText.of("Giảm thử", "Test discount"), "test",
                PostalSubsidy.Kind.TEMPORARY_DISCOUNT, Funding.PROVIDER, List.of("01"), null, null, null,
                LocalDate.of(2026, 1, 1), null, null, null, new BigDecimal("40"), null);
        PostalSubsidy cap = new PostalSubsidy("test-cap", LocalizedText.of("Trần thử", "Test cap"), "test",
                PostalSubsidy.Kind.CAP, Funding.BUDGET, List.of("01"), null, null, null,
                LocalDate.of(2026, 1, 1), null, null, Map.of(ZoneResolver.INTER_DISTRICT, Vnd.of(7_000)), null, null);
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().subsidy(cap).subsidy(discount).build();
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTER_DISTRICT)
                .province("01").weightGrams(100).date(Fixtures.DAY).category("war-invalid").build());
        // 30,000 → −15,000 (50%) = 15,000 → −6,000 (40%) = 9,000 → cap 7,000: budget 2,000
        assertThat(q.lines()).extracting(Line::code).containsExactly(ZoneResolver.INTER_DISTRICT, "war-invalid", "test-discount", "test-cap");
        assertThat(q.lines()).extracting(l -> l.applicantShare().dong()).containsExactly(30_000L, -15_000L, -6_000L, -2_000L);
        assertThat(q.total()).isEqualTo(Vnd.of(9_000));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(7_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(2_000));
    }

    @Test
    void percentagesRoundHalfUpPerLine() {
        BeneficiaryCategory third = new BeneficiaryCategory("test-third", LocalizedText.of("Thử", "Test"),
                new BigDecimal("33.333333"), "test", Funding.BUDGET, null, null, null);
        BeneficiaryCategory half = new BeneficiaryCategory("test-half", LocalizedText.of("Thử", "Test"),
                new BigDecimal("50"), "test", null, null, null, null);
        PostalTariff odd = Fixtures.tariff("vendor/khanh-hoa-three-zone-illustration.json");
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().category(third).category(half).build();
        // 26,500 × 33.333333% = 8,833.33324… → 8,833 (down); 26,500 × 50% = 13,250 exact
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .weightGrams(300).date(Fixtures.DAY).category("test-third").build());
        assertThat(q.lines().get(1).budgetShare()).isEqualTo(Vnd.of(8_833));
        assertThat(q.lines().get(1).rounded()).isTrue();
        assertThat(q.total()).isEqualTo(Vnd.of(26_500));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(17_667));
        assertThat(q.describe(java.util.Locale.ENGLISH)).contains("rounded half up");
        // a half đồng rounds up: 30,500 + 2 × 3,600 = 37,700 at 1,001 g; use a VAT-excluded tariff to get an odd base
        PostalTariff vatExcluded = withVat(odd, new BigDecimal("10"));
        PostalCalculator vatCalc = PostalCalculator.builder().withBundledDefaults().category(half)
                .tariff(vatExcluded).zoneResolver("illustration-three-region", Fixtures.threeRegionResolver()).build();
        PostalQuote v = vatCalc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("inter-province-adjacent-region")
                .province("56").weightGrams(100).date(Fixtures.DAY).category("test-half").build());
        // 31,000 + VAT 3,100 = 34,100 → 50% = 17,050
        assertThat(v.lines()).extracting(Line::kind).containsExactly(LineKind.POSTAGE, LineKind.VAT, LineKind.DISCOUNT);
        assertThat(v.total()).isEqualTo(Vnd.of(17_050));
        PostalQuote v2 = vatCalc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("inter-district")
                .province("56").weightGrams(1).date(Fixtures.DAY).category("test-half").build());
        // 30,000 + 3,000 = 33,000 → 16,500
        assertThat(v2.total()).isEqualTo(Vnd.of(16_500));
        PostalQuote v3 = vatCalc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("inter-province-same-region")
                .province("56").weightGrams(100).date(Fixtures.DAY).category("test-half").build());
        // 30,500 + 3,050 = 33,550 → 50% = 16,775
        assertThat(v3.total()).isEqualTo(Vnd.of(16_775));
        BeneficiaryCategory tenth = new BeneficiaryCategory("test-tenth", LocalizedText.of("Thử", "Test"),
                new BigDecimal("0.01"), "test", null, null, null, null);
        PostalCalculator c2 = PostalCalculator.builder().withBundledDefaults().category(tenth).build();
        // 26,500 × 0.01% = 2.65 → 3 (half up); 26,000 × 0.01% = 2.6 → 3; 30,000 × 0.01% = 3
        assertThat(c2.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTRA_DISTRICT)
                .weightGrams(300).date(Fixtures.DAY).category("test-tenth").build()).total()).isEqualTo(Vnd.of(26_497));
        // 25,000 × 0.01% = 2.5 → 3 exactly half rounds up: 26,000 − 1,000? use 50,000 g other-region: 38,000+99×6,300
        long base = 38_000 + 99L * 6_300; // 661,700 × 0.01% = 66.17 → 66
        assertThat(c2.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(ZoneResolver.INTER_PROVINCE_OTHER_REGION)
                .weightGrams(50_000).date(Fixtures.DAY).category("test-tenth").build()).total()).isEqualTo(Vnd.of(base - 66));
    }

    @Test
    void redeliveryIsPaidByWhoeverCausedIt() {
        PostalQuoteRequest.Builder b = PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone("inter-district")
                .province("56").weightGrams(100).date(Fixtures.DAY);
        PostalQuote byAgency = CALC.quote(b.redelivery(1, Payer.BUDGET).build());
        // per leg: 2 legs × 10,000 paid by the budget
        assertThat(byAgency.total()).isEqualTo(Vnd.of(60_000 + 20_000));
        assertThat(byAgency.budgetPays()).isEqualTo(Vnd.of(20_000));
        assertThat(byAgency.applicantPays()).isEqualTo(Vnd.of(60_000));
        PostalQuote byApplicant = CALC.quote(PostalQuoteRequest.builder().legs(PostalLeg.RETURN).zone("inter-district")
                .province("56").weightGrams(100).date(Fixtures.DAY).redelivery(2, Payer.APPLICANT).build());
        assertThat(byApplicant.applicantPays()).isEqualTo(Vnd.of(30_000 + 20_000));
        assertThat(byApplicant.budgetPays()).isEqualTo(Vnd.ZERO);
    }

    @Test
    void communeScopedSubsidyNeedsTheCommune() {
        PostalSubsidy ward = new PostalSubsidy("test-ward-cap", LocalizedText.of("Phường thử", "Test ward"), "test",
                PostalSubsidy.Kind.CAP, Funding.BUDGET, List.of("42"), List.of("18070"), null, null,
                LocalDate.of(2025, 7, 1), null, null, Map.of(ZoneResolver.INTRA_DISTRICT, Vnd.of(5_000)), null, null);
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().subsidy(ward).build();
        PostalAddress agency = PostalAddress.of("42", "18070");
        PostalQuote inWard = calc.quote(PostalQuoteRequest.between(PostalLeg.SEND_ONLY, agency, agency, 100, Fixtures.DAY, null));
        assertThat(inWard.applicantPays()).isEqualTo(Vnd.of(5_000));
        PostalAddress other = PostalAddress.of("42", "18073");
        PostalQuote otherWard = calc.quote(PostalQuoteRequest.between(PostalLeg.SEND_ONLY, other, other, 100, Fixtures.DAY, null));
        assertThat(otherWard.applicantPays()).isEqualTo(Vnd.of(26_000));
    }

    private static PostalTariff withVat(PostalTariff t, BigDecimal percent) {
        return new PostalTariff(t.id() + "-vat", t.name(), t.provider(), t.legalBasis(), t.source(), t.provinces(),
                t.validFrom(), t.validTo(), VatTreatment.EXCLUDED, percent, t.zoneResolver(), t.zones(), t.weightBands(),
                t.furtherStepGrams(), t.maxWeightGrams(), t.prices(), t.addOns(), t.note());
    }
}
