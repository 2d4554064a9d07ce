package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.postal.internal.Json;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every quote, over the bundled table, the three-zone illustration, a VAT-excluded variant, the
 * Hà Tĩnh cap, the Quảng Ngãi discount, a budget-funded percentage discount and every bundled category.
 */
class PostalQuoteProperties {

    private static final PostalCalculator CALC = calculator();

    private static PostalCalculator calculator() {
        PostalTariff kh = Fixtures.khanhHoa();
        PostalTariff vat = new PostalTariff("test-vat-excluded", kh.name(), kh.provider(), kh.legalBasis(), kh.source(),
                java.util.List.of("79"), kh.validFrom(), null, VatTreatment.EXCLUDED, new java.math.BigDecimal("10"),
                kh.zoneResolver(), kh.zones(), kh.weightBands(), kh.furtherStepGrams(), kh.maxWeightGrams(), kh.prices(),
                kh.addOns(), "synthetic");
        PostalSubsidy budgetPercent = new PostalSubsidy("test-budget-percent", dev.dvc4j.core.LocalizedText.of("t", "t"), "test",
                PostalSubsidy.Kind.TEMPORARY_DISCOUNT, Funding.BUDGET, java.util.List.of("79", "48"), null,
                PostalLeg.RETURN_ONLY, null, LocalDate.of(2024, 1, 1), null, 2_000, null, new java.math.BigDecimal("37.5"), null);
        return PostalCalculator.builder().withBundledDefaults()
                .tariff(kh).tariff(vat).tariff(Fixtures.quangNgai2020Tariff())
                .zoneResolver("illustration-three-region", Fixtures.threeRegionResolver())
                .subsidy(Fixtures.haTinhCap()).subsidy(Fixtures.quangNgai()).subsidy(budgetPercent)
                .build();
    }

    /** A request without weight: everything else drawn. */
    record Shape(Set<PostalLeg> legs, String zone, String province, LocalDate date, String category, boolean fee, int redeliveries, Payer payer) {
        PostalQuoteRequest at(int grams) {
            return at(grams, category);
        }

        PostalQuoteRequest at(int grams, String cat) {
            PostalTariff t = CALC.tariffFor(date, province);
            String z = t.zone(zone).isPresent() ? zone
                    : zone.equals(ZoneResolver.INTER_PROVINCE_OTHER_REGION) ? "inter-province-distant-region"
                    : ZoneResolver.INTER_PROVINCE_OTHER_REGION;
            PostalQuoteRequest.Builder b = PostalQuoteRequest.builder().legs(legs).zone(z).province(province)
                    .weightGrams(grams).date(date).category(cat);
            if (fee) {
                b.feeRemittance();
            }
            if (redeliveries > 0 && t.addOn(PostalTariff.REDELIVERY).isPresent()) {
                b.redelivery(redeliveries, payer);
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<Set<PostalLeg>> legs = Arbitraries.of(PostalLeg.SEND_ONLY, PostalLeg.RETURN_ONLY, PostalLeg.BOTH);
        Arbitrary<String> province = Arbitraries.of("42", "51", "48", "56", "79", "01").injectNull(0.2);
        Arbitrary<LocalDate> date = Arbitraries.of(LocalDate.of(2020, 4, 15), LocalDate.of(2020, 5, 31), LocalDate.of(2021, 6, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 2));
        Arbitrary<String> category = Arbitraries.of(PostalTariffs.bundledCategories().stream()
                .map(BeneficiaryCategory::code).toList()).injectNull(0.3);
        java.util.List<String> zones = new java.util.ArrayList<>(Fixtures.STANDARD_ZONES);
        zones.add("inter-province-adjacent-region");
        Arbitrary<String> zone = Arbitraries.of(zones);
        return Combinators.combine(legs, zone, province, date, category, Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3), Arbitraries.of(Payer.values()))
                .as(Shape::new)
                // a 2020 date needs the 2020 illustration, which only covers Quảng Ngãi
                .filter(s -> s.date().getYear() > 2020 || "51".equals(s.province()));
    }

    @Property(tries = 200)
    void totalNeverDecreasesAsWeightRises(@ForAll("shapes") Shape s,
                                          @ForAll @IntRange(min = 1, max = 30_000) int a,
                                          @ForAll @IntRange(min = 0, max = 5_000) int more) {
        PostalQuote light = CALC.quote(s.at(a));
        PostalQuote heavy = CALC.quote(s.at(Math.min(30_000, a + more)));
        assertThat(heavy.total()).isGreaterThanOrEqualTo(light.total());
        assertThat(heavy.applicantPays()).isGreaterThanOrEqualTo(light.applicantPays());
    }

    @Property(tries = 200)
    void totalIsTheSumOfTheLines_andApplicantPlusBudgetIsTheTotal(@ForAll("shapes") Shape s,
                                                                  @ForAll @IntRange(min = 1, max = 30_000) int grams) {
        PostalQuote q = CALC.quote(s.at(grams));
        Vnd sum = q.lines().stream().map(PostalQuote.Line::amount).reduce(Vnd.ZERO, Vnd::plus);
        assertThat(q.total()).isEqualTo(sum);
        assertThat(q.applicantPays().plus(q.budgetPays())).isEqualTo(q.total());
        assertThat(q.applicantPays().isNegative()).isFalse();
        assertThat(q.budgetPays().isNegative()).isFalse();
        assertThat(q.lines()).allSatisfy(l -> assertThat(l.applicantShare().plus(l.budgetShare())).isEqualTo(l.amount()));
    }

    @Property(tries = 200)
    void anExemptionNeverRaisesWhatTheApplicantPays(@ForAll("shapes") Shape s,
                                                    @ForAll @IntRange(min = 1, max = 30_000) int grams) {
        PostalQuote without = CALC.quote(s.at(grams, null));
        for (BeneficiaryCategory c : PostalTariffs.bundledCategories()) {
            PostalQuote with = CALC.quote(s.at(grams, c.code()));
            assertThat(with.applicantPays()).as(c.code()).isLessThanOrEqualTo(without.applicantPays());
            assertThat(with.total()).isLessThanOrEqualTo(without.total());
        }
    }

    @Property(tries = 100)
    void quotesRoundTripThroughJson(@ForAll("shapes") Shape s, @ForAll @IntRange(min = 1, max = 30_000) int grams) throws Exception {
        PostalQuote q = CALC.quote(s.at(grams));
        String json = Json.mapper().writeValueAsString(q);
        assertThat(Json.mapper().readValue(json, PostalQuote.class)).isEqualTo(q);
    }
}
