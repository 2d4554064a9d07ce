package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A tariff's declared scope: a quote outside it says so in the quote and its explanation, or is refused with strict
 * scope; days are never widened.
 */
class ScopeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static PostalQuoteRequest in(String province) {
        return PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district").province(province)
                .weightGrams(100).date(DAY).build();
    }

    @Test
    void insideTheScopeNothingIsSaid() {
        PostalQuote q = PostalCalculator.bundled().quote(in("48"));
        assertThat(q.inScope()).isTrue();
        assertThat(q.outOfScope()).isNull();
        assertThat(q.describe(Locale.ENGLISH)).doesNotContain("WARNING").doesNotContain("scope");
        assertThat(PostalCalculator.bundled().withStrictScope().quote(in("48"))).isEqualTo(q);
    }

    @Test
    void anotherProvinceIsPricedAndFlagged_inBothLanguages() {
        PostalQuote q = PostalCalculator.bundled().quote(in("42"));
        assertThat(q.total()).isEqualTo(Vnd.of(26_000));
        assertThat(q.inScope()).isFalse();
        assertThat(q.outOfScope().en()).isEqualTo("tariff \"vnpost-bcci-da-nang-2021\" applies in Đà Nẵng (48), not in "
                + "Hà Tĩnh (42); the price may differ from the one charged there");
        assertThat(q.outOfScope().vi()).isEqualTo("biểu giá \"vnpost-bcci-da-nang-2021\" áp dụng cho Đà Nẵng (48), không phải "
                + "Hà Tĩnh (42); giá có thể khác với giá thực tế tại đó");
        List<String> en = q.explanation().stream().map(t -> t.en()).toList();
        assertThat(en.get(1)).isEqualTo("WARNING — outside the tariff's scope: " + q.outOfScope().en());
        assertThat(q.describe(Locale.forLanguageTag("vi"))).contains("CẢNH BÁO — ngoài phạm vi của biểu giá: biểu giá");
    }

    @Test
    void aRequestWithoutAProvinceIsOutOfAProvincialScope() {
        PostalQuote q = PostalCalculator.bundled().quote(PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 100, DAY));
        assertThat(q.outOfScope().en()).isEqualTo("the request names no province, and tariff \"vnpost-bcci-da-nang-2021\" "
                + "applies only in Đà Nẵng (48)");
        assertThatThrownBy(() -> PostalCalculator.bundled().withStrictScope()
                .quote(PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 100, DAY)))
                .isInstanceOf(NoTariffException.class)
                .hasMessageContaining("No public postal tariff's scope covers a request without a province on 2026-03-02");
    }

    @Test
    void strictScopeRefusesWithTheTariffsAndTheReason() {
        PostalCalculator strict = PostalCalculator.builder().withBundledDefaults().strictScope(true).build();
        assertThat(strict.isStrictScope()).isTrue();
        assertThat(PostalCalculator.bundled().isStrictScope()).isFalse();
        assertThat(strict.withStrictScope()).isSameAs(strict);
        assertThatThrownBy(() -> strict.quote(in("42")))
                .isInstanceOf(NoTariffException.class)
                .hasMessageContaining("No public postal tariff's scope covers province 42 on 2026-03-02")
                .hasMessageContaining("applies in Đà Nẵng (48), not in Hà Tĩnh (42)")
                .hasMessageContaining("installed: vnpost-bcci-da-nang-2021 [48; 2021-01-01..]")
                .hasMessageContaining("strict scope")
                .satisfies(e -> assertThat(((NoTariffException) e).code()).isEqualTo("postal.no-tariff"));
        assertThatThrownBy(() -> strict.tariffFor(DAY, "42")).isInstanceOf(NoTariffException.class);
        assertThat(strict.tariffFor(DAY, "48").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
    }

    @Test
    void aProvincesOwnTariffCoversItsProvince_theDefaultPricesTheRest() {
        PostalTariff haTinh = new PostalTariff("ha-tinh-2026", PostalTariffs.bundled().name(), "VNPost Hà Tĩnh", null,
                "illustration", List.of("42"), LocalDate.of(2026, 1, 1), null, null, null, null,
                PostalTariffs.bundled().zones(), PostalTariffs.bundled().weightBands(), 500, null,
                PostalTariffs.bundled().prices(), List.of(), null);
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults().tariff(haTinh).build();
        assertThat(calc.quote(in("42")).inScope()).isTrue();
        assertThat(calc.quote(in("42")).tariffId()).isEqualTo("ha-tinh-2026");
        // Hà Nội: neither covers it; the default (lowest priority: the bundled table) prices it, flagged
        PostalQuote hn = calc.quote(in("01"));
        assertThat(hn.tariffId()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        assertThat(hn.outOfScope().en()).contains("not in Hà Nội (01)");
        // before the province's table, Hà Tĩnh falls back to the default, flagged
        PostalQuote before = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district")
                .province("42").weightGrams(100).date(LocalDate.of(2025, 12, 31)).build());
        assertThat(before.tariffId()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        assertThat(before.inScope()).isFalse();
    }

    @Test
    void daysAreNeverWidened() {
        assertThatThrownBy(() -> PostalCalculator.bundled().quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND)
                .zone("intra-district").province("48").weightGrams(100).date(LocalDate.of(2020, 12, 31)).build()))
                .isInstanceOf(NoTariffException.class)
                .hasMessageContaining("No public postal tariff is in force on 2020-12-31 for province 48")
                .hasMessageContaining("installed: vnpost-bcci-da-nang-2021 [48; 2021-01-01..]");
        assertThat(PostalCalculator.bundled().quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND)
                .zone("intra-district").province("48").weightGrams(100).date(LocalDate.of(2021, 1, 1)).build()).inScope())
                .isTrue();
    }
}
