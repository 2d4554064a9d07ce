package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public predicates asserted both ways, lookups that find and that miss, and the order things are tried in. */
class PredicatesAndLookupsTest {

    private static final LocalizedText NAME = LocalizedText.of("Thử", "Test");

    private static PostalTariff copy(PostalTariff t, String id, List<String> provinces, LocalDate from, LocalDate to) {
        return new PostalTariff(id, t.name(), t.provider(), t.legalBasis(), t.source(), provinces, from, to, t.vat(),
                t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(), t.furtherStepGrams(), t.maxWeightGrams(),
                t.prices(), t.addOns(), t.note());
    }

    @Test
    void aTariffIsInForceFromItsFirstToItsLastDay() {
        PostalTariff t = copy(PostalTariffs.bundled(), "t", List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(t.inForceOn(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(t.inForceOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(t.inForceOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(t.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(PostalTariffs.bundled().inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void aTariffAppliesInItsProvincesOrEverywhereWhenItListsNone() {
        PostalTariff bundled = PostalTariffs.bundled();
        assertThat(bundled.appliesTo("48")).isTrue();
        assertThat(bundled.appliesTo("01")).isFalse();
        assertThat(bundled.appliesTo(null)).isFalse();
        PostalTariff nationwide = copy(bundled, "n", List.of(), bundled.validFrom(), null);
        assertThat(nationwide.appliesTo("01")).isTrue();
        assertThat(nationwide.appliesTo(null)).isTrue();
    }

    @Test
    void aTariffFindsTheAddOnsItOffersOnly() {
        PostalTariff bundled = PostalTariffs.bundled();
        assertThat(bundled.addOn(PostalTariff.FEE_REMITTANCE)).get()
                .satisfies(a -> assertThat(a.amount()).isEqualTo(Vnd.of(8_000)));
        assertThat(bundled.addOn(PostalTariff.REDELIVERY)).isEmpty();
        assertThat(bundled.zone("intra-district")).get().satisfies(z -> assertThat(z.name().vi()).isEqualTo("nội huyện"));
        assertThat(bundled.zone("nowhere")).isEmpty();
    }

    @Test
    void theCalculatorsCategoriesResolversAndSubsidies() {
        PostalCalculator calc = Fixtures.everything();
        assertThat(calc.category("war-invalid")).get()
                .satisfies(c -> assertThat(c.discountPercent()).isEqualByComparingTo("50"));
        assertThat(calc.category("nobody")).isEmpty();
        assertThat(calc.zoneResolvers()).containsOnlyKeys(ZoneResolver.DEFAULT_KEY, "illustration-three-region");
        assertThat(calc.zoneResolvers().keySet()).containsExactly("default", "illustration-three-region");
        assertThat(calc.subsidies()).extracting(PostalSubsidy::id)
                .containsExactlyInAnyOrder(Fixtures.haTinhCap().id(), Fixtures.quangNgai().id());
        assertThat(PostalCalculator.bundled().subsidies()).isEmpty();
    }

    private static PostalSubsidy discount(String id, PostalSubsidy.Kind kind) {
        return kind == PostalSubsidy.Kind.CAP
                ? new PostalSubsidy(id, NAME, "source", kind, Funding.BUDGET, null, null, null, null, Fixtures.DAY, null, null,
                        Map.of("intra-district", Vnd.of(20_000)), null, null)
                : new PostalSubsidy(id, NAME, "source", kind, Funding.PROVIDER, null, null, null, null, Fixtures.DAY, null, null,
                        null, new BigDecimal("10"), null);
    }

    @Test
    void subsidiesApplyDiscountsBeforeCapsAndByIdWithinAKind() {
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults()
                .subsidy(discount("b-discount", PostalSubsidy.Kind.TEMPORARY_DISCOUNT))
                .subsidy(discount("0-cap", PostalSubsidy.Kind.CAP))
                .subsidy(discount("a-discount", PostalSubsidy.Kind.TEMPORARY_DISCOUNT))
                .build();
        assertThat(calc.subsidies()).extracting(PostalSubsidy::id).containsExactly("a-discount", "b-discount", "0-cap");
    }

    @Test
    void aHigherPriorityTariffWinsOverANewerOne() {
        PostalTariff older = copy(PostalTariffs.bundled(), "older-high", List.of(), LocalDate.of(2021, 1, 1), null);
        PostalTariff newer = copy(PostalTariffs.bundled(), "newer-low", List.of(), LocalDate.of(2025, 1, 1), null);
        PostalCalculator calc = PostalCalculator.builder().tariff(newer, 0).tariff(older, 10).build();
        assertThat(calc.tariffFor(Fixtures.DAY, null).id()).isEqualTo("older-high");
        assertThat(calc.tariffs()).extracting(PostalTariff::id).containsExactly("older-high", "newer-low");
    }

    @Test
    void aReductionThatRoundsToNothingAddsNoLine() {
        BeneficiaryCategory tiny = new BeneficiaryCategory("tiny", NAME, new BigDecimal("0.000001"), "basis", null, null,
                null, null);
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().category(tiny)
                .subsidy(new PostalSubsidy("generous-cap", NAME, "source", PostalSubsidy.Kind.CAP, Funding.BUDGET, null, null,
                        null, null, Fixtures.DAY, null, null, Map.of("intra-district", Vnd.of(30_000)), null, null))
                .build();
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY).zone("intra-district")
                .weightGrams(100).date(Fixtures.DAY).province("48").category("tiny").build());
        assertThat(q.lines()).extracting(PostalQuote.Line::kind).containsExactly(PostalQuote.LineKind.POSTAGE);
        assertThat(q.total()).isEqualTo(Vnd.of(26_000));
    }

    @Test
    void aPercentageReductionIsMarkedRoundedAndACapIsNot() {
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults()
                .subsidy(discount("ten-percent", PostalSubsidy.Kind.TEMPORARY_DISCOUNT))
                .subsidy(discount("cap", PostalSubsidy.Kind.CAP))
                .build();
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND_ONLY).zone("intra-district")
                .weightGrams(100).date(Fixtures.DAY).province("48").build());
        // 26,000 less 10 % is 23,400; the cap of 20,000 moves 3,400 to the budget
        assertThat(q.lines()).extracting(PostalQuote.Line::code, PostalQuote.Line::rounded, PostalQuote.Line::amount,
                        PostalQuote.Line::budgetShare)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("intra-district", false, Vnd.of(26_000), Vnd.ZERO),
                        org.assertj.core.groups.Tuple.tuple("ten-percent", true, Vnd.of(-2_600), Vnd.ZERO),
                        org.assertj.core.groups.Tuple.tuple("cap", false, Vnd.ZERO, Vnd.of(3_400)));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(20_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(3_400));
    }

    @Test
    void noTariffNamesTheProvinceOrSaysThereIsNone() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        NoTariffException without = new NoTariffException(day, null);
        assertThat(without.text()).isEqualTo(LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có hiệu lực ngày 2020-01-01 cho yêu cầu không nêu tỉnh (hiện có: —)",
                "No public postal tariff is in force on 2020-01-01 for a request without a province (installed: —)"));
        NoTariffException with = new NoTariffException(day, "48", List.of("a [*; 2021-01-01..]", "b [48; 2022-01-01..]"));
        assertThat(with.text()).isEqualTo(LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có hiệu lực ngày 2020-01-01 cho tỉnh 48 (hiện có: a [*; 2021-01-01..]; b [48; 2022-01-01..])",
                "No public postal tariff is in force on 2020-01-01 for province 48 (installed: a [*; 2021-01-01..]; b [48; 2022-01-01..])"));
        NoTariffException strict = new NoTariffException(day, null, List.of(), LocalizedText.of("vì", "because"));
        assertThat(strict.text()).isEqualTo(LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có phạm vi gồm yêu cầu không nêu tỉnh ngày 2020-01-01: vì (hiện có: —; phạm vi chặt chẽ nên không tính giá)",
                "No public postal tariff's scope covers a request without a province on 2020-01-01: because (installed: —; strict scope, so no price is given)"));
        assertThat(strict.code()).isEqualTo("postal.no-tariff");
    }

    private static <E extends Enum<E> & Labelled> void refusesUnknown(Function<String, E> fromWire, String vi, String en) {
        assertThatThrownBy(() -> fromWire.apply("nope")).isInstanceOf(TariffFormatException.class)
                .satisfies(e -> {
                    Dvc4jException d = (Dvc4jException) e;
                    assertThat(d.code()).isEqualTo("postal.tariff-format");
                    assertThat(d.text().vi()).startsWith(vi);
                    assertThat(d.text().en()).startsWith(en);
                });
    }

    @Test
    void enumsHaveBilingualLabelsAndRefuseUnknownNames() {
        assertThat(Funding.PROVIDER.label()).isEqualTo(LocalizedText.of("doanh nghiệp bưu chính giảm giá", "the provider reduces its price"));
        assertThat(Funding.BUDGET.label()).isEqualTo(LocalizedText.of("ngân sách chi trả phần chênh lệch", "a public budget pays the difference"));
        assertThat(Payer.APPLICANT.label()).isEqualTo(LocalizedText.of("người nộp hồ sơ", "applicant"));
        assertThat(Payer.BUDGET.label()).isEqualTo(LocalizedText.of("ngân sách", "budget"));
        assertThat(PostalSubsidy.Kind.CAP.label()).isEqualTo(LocalizedText.of("mức trần người nộp phải trả", "cap on what the applicant pays"));
        assertThat(PostalSubsidy.Kind.TEMPORARY_DISCOUNT.label()).isEqualTo(LocalizedText.of("giảm giá có thời hạn", "temporary discount"));
        assertThat(PostalTariff.Per.LEG.label()).isEqualTo(LocalizedText.of("mỗi chiều", "per leg"));
        assertThat(Funding.fromWire("budget")).isEqualTo(Funding.BUDGET);
        assertThat(Payer.fromWire("APPLICANT")).isEqualTo(Payer.APPLICANT);
        assertThat(PostalSubsidy.Kind.fromWire("temporary-discount")).isEqualTo(PostalSubsidy.Kind.TEMPORARY_DISCOUNT);
        assertThat(PostalTariff.Per.fromWire("leg")).isEqualTo(PostalTariff.Per.LEG);
        refusesUnknown(Funding::fromWire, "Nguồn chi trả \"nope\" không hợp lệ (", "Unknown funding \"nope\" (");
        refusesUnknown(Payer::fromWire, "Bên trả \"nope\" không hợp lệ (", "Unknown payer \"nope\" (");
        refusesUnknown(PostalSubsidy.Kind::fromWire, "Loại hỗ trợ \"nope\" không hợp lệ (", "Unknown subsidy kind \"nope\" (");
        refusesUnknown(PostalTariff.Per::fromWire, "\"per\" không hợp lệ: \"nope\" (", "Invalid \"per\": \"nope\" (");
    }

    @Test
    void categoriesAndSubsidiesAreReadFromStreamsAndFiles(@TempDir Path dir) throws IOException {
        List<BeneficiaryCategory> fromStream;
        try (InputStream in = PostalTariffs.class.getResourceAsStream("/dev/dvc4j/postal/beneficiary-categories.json")) {
            fromStream = PostalTariffs.loadCategories(in);
        }
        assertThat(fromStream).isNotEmpty().isEqualTo(PostalTariffs.bundledCategories());
        Path categories = dir.resolve("categories.json");
        try (InputStream in = PostalTariffs.class.getResourceAsStream("/dev/dvc4j/postal/beneficiary-categories.json")) {
            Files.copy(in, categories);
        }
        assertThat(PostalTariffs.loadCategories(categories)).isEqualTo(fromStream);
        Path subsidies = dir.resolve("subsidies.json");
        try (InputStream in = Fixtures.resource("vendor/ha-tinh-city-cap.json")) {
            Files.copy(in, subsidies);
        }
        assertThat(PostalTariffs.loadSubsidies(subsidies)).containsExactly(Fixtures.haTinhCap());
    }

    @Test
    void theStandardResolverSaysHowManyProvincesItKnows() {
        assertThat(ZoneResolver.standard().toString())
                .isEqualTo("StandardZoneResolver[" + PostalTariffs.bundledRegions().size() + " provinces]");
        assertThat(PostalTariffs.bundledRegions()).isNotEmpty();
    }
}
