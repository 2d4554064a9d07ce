package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every limit of the postal values, checked on both sides: the last value accepted and the first one refused. */
class BoundariesTest {

    private static final LocalizedText NAME = LocalizedText.of("Thử", "Test");

    /** A one-zone tariff with the given weight bands (prices rising by 1,000 per band) and maximum weight. */
    static PostalTariff tiny(List<Integer> bands, Integer maxWeight, String legalBasis, String source) {
        List<Vnd> prices = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            prices.add(Vnd.of(1_000L * (i + 1)));
        }
        return new PostalTariff("tiny", NAME, "provider", legalBasis, source, List.of(), LocalDate.of(2021, 1, 1), null,
                VatTreatment.INCLUDED, null, null, List.of(new PostalTariff.Zone("z", NAME)), bands, 100, maxWeight,
                List.of(new PostalTariff.PriceRow(PostalLeg.SEND, "z", prices, Vnd.of(500)),
                        new PostalTariff.PriceRow(PostalLeg.RETURN, "z", prices, Vnd.of(500))),
                List.of(), null);
    }

    static PostalTariff withMaxWeight(PostalTariff t, String id, Integer maxWeight) {
        return new PostalTariff(id, t.name(), t.provider(), t.legalBasis(), t.source(), t.provinces(), t.validFrom(),
                t.validTo(), t.vat(), t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(), t.furtherStepGrams(),
                maxWeight, t.prices(), t.addOns(), t.note());
    }

    private static void refusedAsTariffFormat(Runnable r, String vi, String en) {
        assertThatThrownBy(r::run).isInstanceOf(TariffFormatException.class)
                .satisfies(e -> {
                    Dvc4jException d = (Dvc4jException) e;
                    assertThat(d.code()).isEqualTo("postal.tariff-format");
                    assertThat(d.text().vi()).contains(vi);
                    assertThat(d.text().en()).contains(en);
                });
    }

    @Test
    void aRequestWeighsFromOneGramToTheCeiling() {
        assertThat(Fixtures.request(PostalLeg.SEND_ONLY, "intra-district", 1).weightGrams()).isEqualTo(1);
        assertThat(Fixtures.request(PostalLeg.SEND_ONLY, "intra-district", PostalQuoteRequest.MAX_WEIGHT_GRAMS).weightGrams())
                .isEqualTo(100_000);
        assertThatThrownBy(() -> Fixtures.request(PostalLeg.SEND_ONLY, "intra-district", 0))
                .isInstanceOf(InvalidWeightException.class);
        assertThatThrownBy(() -> Fixtures.request(PostalLeg.SEND_ONLY, "intra-district", 100_001))
                .isInstanceOf(InvalidWeightException.class)
                .satisfies(e -> assertThat(((InvalidWeightException) e).weightGrams()).isEqualTo(100_001));
    }

    @Test
    void anAddOnIsUsedOnceToAHundredTimes() {
        assertThat(new PostalQuoteRequest.AddOnUse("redelivery", 1, Payer.APPLICANT).count()).isEqualTo(1);
        assertThat(new PostalQuoteRequest.AddOnUse("redelivery", 100, Payer.APPLICANT).count()).isEqualTo(100);
        for (int bad : new int[] {0, 101}) {
            assertThatThrownBy(() -> new PostalQuoteRequest.AddOnUse("redelivery", bad, Payer.APPLICANT))
                    .isInstanceOf(PostalException.class)
                    .satisfies(e -> {
                        PostalException p = (PostalException) e;
                        assertThat(p.code()).isEqualTo("postal.request");
                        assertThat(p.text().en()).isEqualTo("Add-on redelivery count must be between 1 and 100, got " + bad);
                        assertThat(p.text().vi()).isEqualTo("Số lần dùng dịch vụ redelivery phải từ 1 đến 100, nhận " + bad);
                    });
        }
    }

    @Test
    void aTariffsMaximumWeightIsItsLastAcceptedWeight() {
        PostalTariff capped = withMaxWeight(PostalTariffs.bundled(), "capped", 2_000);
        PostalCalculator calc = PostalCalculator.builder().tariff(capped).build();
        PostalQuoteRequest atMax = PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY).zone("intra-district")
                .weightGrams(2_000).date(Fixtures.DAY).province("48").build();
        // 26,500 up to 500 g, then 3 further steps of 500 g at 2,200
        assertThat(calc.quote(atMax).total()).isEqualTo(Vnd.of(26_500 + 3 * 2_200));
        PostalQuoteRequest over = PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY).zone("intra-district")
                .weightGrams(2_001).date(Fixtures.DAY).province("48").build();
        assertThatThrownBy(() -> calc.quote(over)).isInstanceOf(InvalidWeightException.class)
                .satisfies(e -> {
                    InvalidWeightException w = (InvalidWeightException) e;
                    assertThat(w.weightGrams()).isEqualTo(2_001);
                    assertThat(w.code()).isEqualTo("postal.weight");
                    assertThat(w.getMessage()).contains("2001 g").contains("2000");
                });
    }

    @Test
    void aQuoteJustOverABandPaysOneFurtherStep() {
        PostalCalculator calc = PostalCalculator.bundled();
        PostalQuoteRequest atBand = PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 500, Fixtures.DAY);
        PostalQuoteRequest justOver = PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 501, Fixtures.DAY);
        PostalQuoteRequest stepEnd = PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 1_000, Fixtures.DAY);
        PostalQuoteRequest nextStep = PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 1_001, Fixtures.DAY);
        assertThat(calc.quote(atBand).total()).isEqualTo(Vnd.of(26_500));
        assertThat(calc.quote(justOver).total()).isEqualTo(Vnd.of(28_700));
        assertThat(calc.quote(stepEnd).total()).isEqualTo(Vnd.of(28_700));
        assertThat(calc.quote(nextStep).total()).isEqualTo(Vnd.of(30_900));
        // the table's own reading agrees at every one of these weights
        for (PostalQuoteRequest r : List.of(atBand, justOver, stepEnd, nextStep)) {
            assertThat(PostalTariffs.bundled().postage(PostalLeg.SEND, "intra-district", r.weightGrams()))
                    .isEqualTo(calc.quote(r).total());
        }
    }

    @Test
    void theTablesOwnReadingTakesOneGramToTheMaximum() {
        PostalTariff bundled = PostalTariffs.bundled();
        assertThat(bundled.postage(PostalLeg.SEND, "intra-district", 1)).isEqualTo(Vnd.of(26_000));
        assertThat(bundled.postage(PostalLeg.SEND, "intra-district", 100)).isEqualTo(Vnd.of(26_000));
        assertThat(bundled.postage(PostalLeg.SEND, "intra-district", 100_000)).isEqualTo(Vnd.of(26_500 + 199 * 2_200));
        for (int bad : new int[] {0, 100_001}) {
            assertThatThrownBy(() -> bundled.postage(PostalLeg.SEND, "intra-district", bad))
                    .isInstanceOf(InvalidWeightException.class)
                    .satisfies(e -> assertThat(((InvalidWeightException) e).weightGrams()).isEqualTo(bad));
        }
        PostalTariff capped = withMaxWeight(bundled, "capped", 300);
        assertThat(capped.postage(PostalLeg.RETURN, "intra-district", 300)).isEqualTo(Vnd.of(28_500));
        assertThatThrownBy(() -> capped.postage(PostalLeg.RETURN, "intra-district", 301))
                .isInstanceOf(InvalidWeightException.class);
        assertThatThrownBy(() -> bundled.postage(PostalLeg.SEND, "on-the-moon", 100))
                .isInstanceOf(UnknownZoneException.class)
                .satisfies(e -> {
                    UnknownZoneException u = (UnknownZoneException) e;
                    assertThat(u.code()).isEqualTo("postal.unknown-zone");
                    assertThat(u.zone()).isEqualTo("on-the-moon");
                    assertThat(u.getMessage()).contains("on-the-moon").contains(PostalTariffs.BUNDLED_TARIFF_ID);
                });
    }

    @Test
    void aTariffsMaximumWeightIsOneGramToTheCeiling() {
        assertThat(tiny(List.of(100), 1, "basis", null).maxWeightGrams()).isEqualTo(1);
        assertThat(tiny(List.of(100), 100_000, "basis", null).maxWeightGrams()).isEqualTo(100_000);
        assertThat(tiny(List.of(100), null, "basis", null).maxWeightGrams()).isNull();
        for (int bad : new int[] {0, 100_001}) {
            refusedAsTariffFormat(() -> tiny(List.of(100), bad, "basis", null),
                    "maxWeightGrams phải từ 1 đến 100000, nhận " + bad,
                    "tariff \"tiny\": maxWeightGrams must be between 1 and 100000, got " + bad);
        }
    }

    @Test
    void weightBandsArePositiveAndStrictlyRising() {
        assertThat(tiny(List.of(1, 2), null, "basis", null).weightBands()).containsExactly(1, 2);
        refusedAsTariffFormat(() -> tiny(List.of(100, 100), null, "basis", null),
                "các nấc khối lượng phải dương và tăng dần: [100, 100]",
                "tariff \"tiny\": weightBands must be positive and strictly ascending: [100, 100]");
        refusedAsTariffFormat(() -> tiny(List.of(0), null, "basis", null),
                "các nấc khối lượng phải dương và tăng dần: [0]",
                "weightBands must be positive and strictly ascending: [0]");
    }

    @Test
    void aTariffNeedsALegalBasisOrASourceButNotBoth() {
        assertThat(tiny(List.of(100), null, "basis", null).legalBasis()).isEqualTo("basis");
        assertThat(tiny(List.of(100), null, "basis", " ").legalBasis()).isEqualTo("basis");
        assertThat(tiny(List.of(100), null, null, "source").source()).isEqualTo("source");
        assertThat(tiny(List.of(100), null, " ", "source").source()).isEqualTo("source");
        for (String[] none : new String[][] {{null, null}, {" ", null}, {null, ""}, {"", " "}}) {
            refusedAsTariffFormat(() -> tiny(List.of(100), null, none[0], none[1]),
                    "tariff \"tiny\": cần căn cứ pháp lý (legalBasis) hoặc nguồn (source)",
                    "tariff \"tiny\": needs a legalBasis or a source");
        }
    }

    @Test
    void anAmountInPostalDataIsZeroToOneTrillionDong() {
        long max = 1_000_000_000_000L;
        for (long ok : new long[] {0, max}) {
            assertThat(new PostalTariff.AddOn("x", NAME, Vnd.of(ok), PostalTariff.Per.DOSSIER, "basis").amount())
                    .isEqualTo(Vnd.of(ok));
        }
        for (long bad : new long[] {-1, max + 1}) {
            refusedAsTariffFormat(() -> new PostalTariff.AddOn("x", NAME, Vnd.of(bad), PostalTariff.Per.DOSSIER, "basis"),
                    "add-on x: số tiền " + Vnd.of(bad) + " phải từ 0 đến 1000000000000 đồng",
                    "add-on x: amount " + Vnd.of(bad) + " must be between 0 and 1000000000000 đồng");
        }
    }

    private static BeneficiaryCategory category(String percent) {
        return new BeneficiaryCategory("c", NAME, new BigDecimal(percent), "basis", null, null, null, null);
    }

    @Test
    void aPercentageIsAboveZeroAtMostAHundredWithAtMostSixDecimals() {
        for (String ok : new String[] {"0.000001", "100", "100.000000", "12.123456"}) {
            assertThat(category(ok).discountPercent()).isEqualByComparingTo(ok);
        }
        for (String bad : new String[] {"0", "-1", "100.000001", "12.1234567"}) {
            refusedAsTariffFormat(() -> category(bad),
                    "discountPercent of category c phải lớn hơn 0 và không quá 100 (tối đa 6 chữ số thập phân), nhận " + bad,
                    "discountPercent of category c must be above 0 and at most 100 (at most 6 decimals), got " + bad);
        }
    }

    private static PostalSubsidy subsidy(java.util.Set<PostalLeg> legs, LocalDate from, LocalDate to, Integer maxWeight) {
        return new PostalSubsidy("s", NAME, "source", PostalSubsidy.Kind.TEMPORARY_DISCOUNT, Funding.PROVIDER, null, null,
                legs, null, from, to, maxWeight, null, new BigDecimal("10"), null);
    }

    @Test
    void aSubsidyNeedsASourceAndLimitsAndPercentagesInRange() {
        refusedAsTariffFormat(() -> new PostalSubsidy("s", NAME, " ", PostalSubsidy.Kind.TEMPORARY_DISCOUNT, Funding.PROVIDER,
                        null, null, null, null, Fixtures.DAY, null, null, null, new BigDecimal("10"), null),
                "Thiếu subsidy \"s\": source", "Missing subsidy \"s\": source");
        refusedAsTariffFormat(() -> new PostalSubsidy("s", NAME, "source", PostalSubsidy.Kind.CAP, Funding.BUDGET, null, null,
                        null, null, Fixtures.DAY, null, null, Map.of("intra-district", Vnd.of(-1)), null, null),
                "subsidy \"s\": limit for intra-district: số tiền -1 VND phải từ 0 đến 1000000000000 đồng",
                "subsidy \"s\": limit for intra-district: amount -1 VND must be between 0 and 1000000000000 đồng");
        refusedAsTariffFormat(() -> new PostalSubsidy("s", NAME, "source", PostalSubsidy.Kind.TEMPORARY_DISCOUNT,
                        Funding.PROVIDER, null, null, null, null, Fixtures.DAY, null, null, null, new BigDecimal("100.5"), null),
                "subsidy \"s\": percentOff phải lớn hơn 0 và không quá 100",
                "subsidy \"s\": percentOff must be above 0 and at most 100 (at most 6 decimals), got 100.5");
    }

    @Test
    void legalBasesAndRegionsMustNotBeBlank() {
        refusedAsTariffFormat(() -> new BeneficiaryCategory("c", NAME, BigDecimal.TEN, " ", null, null, null, null),
                "Thiếu legalBasis of category c", "Missing legalBasis of category c");
        refusedAsTariffFormat(() -> new PostalTariff.AddOn("x", NAME, Vnd.of(1), PostalTariff.Per.LEG, ""),
                "Thiếu legalBasis of add-on x", "Missing legalBasis of add-on x");
        refusedAsTariffFormat(() -> ZoneResolver.standard(Map.of("01", " ")),
                "Thiếu region of province 01", "Missing region of province 01");
        assertThat(ZoneResolver.standard(Map.of("01", "north", "79", "south")).zoneOf(PostalAddress.of("01", "00001"),
                PostalAddress.of("79", "26734"))).isEqualTo(ZoneResolver.INTER_PROVINCE_OTHER_REGION);
    }

    @Test
    void aBandPriceIsAtMostOneTrillionDong() {
        long max = 1_000_000_000_000L;
        assertThat(new PostalTariff.PriceRow(PostalLeg.SEND, "z", List.of(Vnd.of(max)), Vnd.ZERO).bands())
                .containsExactly(Vnd.of(max));
        refusedAsTariffFormat(() -> new PostalTariff.PriceRow(PostalLeg.SEND, "z", List.of(Vnd.of(max + 1)), Vnd.ZERO),
                "price row send/z: số tiền " + Vnd.of(max + 1) + " phải từ 0 đến 1000000000000 đồng",
                "price row send/z: amount " + Vnd.of(max + 1) + " must be between 0 and 1000000000000 đồng");
        refusedAsTariffFormat(() -> new PostalTariff.PriceRow(PostalLeg.SEND, "z", List.of(Vnd.of(1)), Vnd.of(max + 1)),
                "price row send/z: eachFurther: số tiền", "price row send/z: eachFurther: amount " + Vnd.of(max + 1));
    }

    @Test
    void quoteLineKindsHaveLabelsAndRefuseUnknownNames() {
        assertThat(PostalQuote.LineKind.SUBSIDY.label()).isEqualTo(LocalizedText.of("ngân sách hỗ trợ", "subsidy"));
        assertThat(PostalQuote.LineKind.fromWire("add-on")).isEqualTo(PostalQuote.LineKind.ADD_ON);
        assertThatThrownBy(() -> PostalQuote.LineKind.fromWire("nope")).isInstanceOf(PostalException.class)
                .satisfies(e -> {
                    PostalException p = (PostalException) e;
                    assertThat(p.code()).isEqualTo("postal.quote-inconsistent");
                    assertThat(p.text().vi()).startsWith("Loại dòng báo giá \"nope\" không hợp lệ (");
                    assertThat(p.text().en()).startsWith("Unknown quote line kind \"nope\" (");
                });
    }

    @Test
    void aSubsidysMaximumWeightIsPositive() {
        assertThat(subsidy(null, Fixtures.DAY, null, 1).maxWeightGrams()).isEqualTo(1);
        for (int bad : new int[] {0, -1}) {
            refusedAsTariffFormat(() -> subsidy(null, Fixtures.DAY, null, bad),
                    "subsidy \"s\": maxWeightGrams phải dương", "subsidy \"s\": maxWeightGrams must be positive");
        }
    }

    @Test
    void aSubsidysPeriodStartsAndDoesNotEndBeforeItStarts() {
        assertThat(subsidy(null, Fixtures.DAY, Fixtures.DAY, null).validTo()).isEqualTo(Fixtures.DAY);
        refusedAsTariffFormat(() -> subsidy(null, Fixtures.DAY, Fixtures.DAY.minusDays(1), null),
                "subsidy \"s\": ngày hết hiệu lực 2026-03-01 trước ngày bắt đầu 2026-03-02",
                "subsidy \"s\": validTo 2026-03-01 is before validFrom 2026-03-02");
        refusedAsTariffFormat(() -> subsidy(null, null, null, null),
                "subsidy \"s\": thiếu ngày bắt đầu hiệu lực (validFrom)", "subsidy \"s\": missing validFrom");
    }

    @Test
    void aSubsidyWithoutLegsCoversBothAndOneWithLegsKeepsThem() {
        assertThat(subsidy(null, Fixtures.DAY, null, null).legs()).isSameAs(PostalLeg.BOTH);
        assertThat(subsidy(Set.of(), Fixtures.DAY, null, null).legs()).isSameAs(PostalLeg.BOTH);
        assertThat(subsidy(Set.of(PostalLeg.RETURN), Fixtures.DAY, null, null).legs()).isSameAs(PostalLeg.RETURN_ONLY);
        assertThat(subsidy(PostalLeg.SEND_ONLY, Fixtures.DAY, null, null).legs()).isSameAs(PostalLeg.SEND_ONLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"send", "SEND", " send "})
    void aChoiceOfOneLegIsThatLegsSharedSet(String choice) {
        assertThat(PostalLeg.parseChoice(choice)).isSameAs(PostalLeg.SEND_ONLY);
    }

    @Test
    void legChoicesAndNormalForms() {
        assertThat(PostalLeg.parseChoice("both")).isSameAs(PostalLeg.BOTH);
        assertThat(PostalLeg.parseChoice(" Both ")).isSameAs(PostalLeg.BOTH);
        assertThat(PostalLeg.parseChoice("return")).isSameAs(PostalLeg.RETURN_ONLY);
        assertThatThrownBy(() -> PostalLeg.parseChoice("neither")).isInstanceOf(PostalException.class)
                .satisfies(e -> {
                    PostalException p = (PostalException) e;
                    assertThat(p.code()).isEqualTo("postal.leg");
                    assertThat(p.text().vi()).isEqualTo("Chiều bưu chính \"neither\" không hợp lệ (send, return hoặc both)");
                    assertThat(p.text().en()).isEqualTo("Unknown postal leg \"neither\" (send, return or both)");
                });
        assertThatThrownBy(() -> PostalLeg.parseChoice(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("choice");
        assertThat(PostalLeg.normalize(PostalLeg.BOTH)).isSameAs(PostalLeg.BOTH);
        assertThat(PostalLeg.normalize(PostalLeg.SEND_ONLY)).isSameAs(PostalLeg.SEND_ONLY);
        assertThat(PostalLeg.normalize(PostalLeg.RETURN_ONLY)).isSameAs(PostalLeg.RETURN_ONLY);
        assertThat(PostalLeg.normalize(List.of(PostalLeg.RETURN, PostalLeg.SEND))).isSameAs(PostalLeg.BOTH);
        assertThat(PostalLeg.normalize(List.of(PostalLeg.RETURN, PostalLeg.RETURN))).isSameAs(PostalLeg.RETURN_ONLY);
        assertThat(PostalLeg.normalize(new java.util.HashSet<>(List.of(PostalLeg.SEND)))).isSameAs(PostalLeg.SEND_ONLY);
        java.util.List<PostalLeg> withNull = new ArrayList<>();
        withNull.add(PostalLeg.SEND);
        withNull.add(null);
        assertThatThrownBy(() -> PostalLeg.normalize(withNull)).isInstanceOf(PostalException.class)
                .satisfies(e -> assertThat(((PostalException) e).text())
                        .isEqualTo(LocalizedText.of("Chiều bưu chính rỗng", "A postal leg is null")));
    }

    @Test
    void theCommuneOfARequestIsTheOneGiven() {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY).zone("intra-district").weightGrams(100)
                .date(Fixtures.DAY).province("48").commune("20194").build();
        assertThat(r.province()).isEqualTo("48");
        assertThat(r.commune()).isEqualTo("20194");
    }
}
