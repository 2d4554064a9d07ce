package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tariff prices a quote: dates, provinces, priorities, overlaps, the runtime's extension surface. */
class TariffSelectionTest {

    private static PostalTariff copy(PostalTariff t, String id, List<String> provinces, LocalDate from, LocalDate to) {
        return new PostalTariff(id, t.name(), t.provider(), t.legalBasis(), t.source(), provinces, from, to, t.vat(),
                t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(), t.furtherStepGrams(), t.maxWeightGrams(),
                t.prices(), t.addOns(), t.note());
    }

    @Test
    void noTariffBeforeTheBundledTableIsInForce() {
        PostalCalculator calc = PostalCalculator.bundled();
        assertThatThrownBy(() -> calc.quote(PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 100, LocalDate.of(2020, 12, 31))))
                .isInstanceOf(NoTariffException.class)
                .hasMessageContaining("2020-12-31")
                .satisfies(e -> assertThat(((NoTariffException) e).code()).isEqualTo("postal.no-tariff"));
        assertThat(calc.quote(PostalQuoteRequest.of(PostalLeg.SEND_ONLY, "intra-district", 100, LocalDate.of(2021, 1, 1))).total())
                .isEqualTo(Vnd.of(26_000));
    }

    @Test
    void provinceTariffBeatsNationalDefault_andOnlyInItsProvince() {
        PostalCalculator calc = Fixtures.everything();
        assertThat(calc.tariffFor(Fixtures.DAY, "56").id()).isEqualTo("illustration-khanh-hoa-three-zone");
        assertThat(calc.tariffFor(Fixtures.DAY, "48").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        assertThat(calc.tariffFor(Fixtures.DAY, null).id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        // before the illustration's validFrom the national default applies in Khánh Hòa too
        assertThat(calc.tariffFor(LocalDate.of(2023, 12, 31), "56").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
    }

    @Test
    void equalPriorityProvinceBeatsNational() {
        PostalTariff national = PostalTariffs.bundled();
        PostalTariff province = copy(national, "province-42", List.of("42"), LocalDate.of(2021, 1, 1), null);
        PostalCalculator calc = PostalCalculator.builder().tariff(national, 5).tariff(province, 5).build();
        assertThat(calc.tariffFor(Fixtures.DAY, "42").id()).isEqualTo("province-42");
        assertThat(calc.tariffFor(Fixtures.DAY, "01").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
    }

    @Test
    void higherPriorityWins() {
        PostalTariff national = PostalTariffs.bundled();
        PostalTariff newer = copy(national, "national-2026", List.of(), LocalDate.of(2026, 1, 1), null);
        PostalCalculator calc = PostalCalculator.builder().tariff(national, -1000).tariff(newer, 0).build();
        assertThat(calc.tariffFor(Fixtures.DAY, null).id()).isEqualTo("national-2026");
        assertThat(calc.tariffFor(LocalDate.of(2025, 12, 31), null).id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
    }

    @Test
    void overlappingTariffsOfOnePriorityAreRefusedAtBuildTime() {
        PostalTariff a = copy(PostalTariffs.bundled(), "a", List.of("42", "48"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        PostalTariff b = copy(PostalTariffs.bundled(), "b", List.of("48"), LocalDate.of(2025, 12, 31), null);
        assertThatThrownBy(() -> PostalCalculator.builder().tariff(a).tariff(b).build())
                .isInstanceOf(OverlappingTariffsException.class)
                .hasMessageContaining("\"a\"").hasMessageContaining("\"b\"").hasMessageContaining("48")
                .satisfies(e -> assertThat(((OverlappingTariffsException) e).code()).isEqualTo("postal.overlapping-tariffs"));
        PostalTariff n1 = copy(PostalTariffs.bundled(), "n1", List.of(), LocalDate.of(2025, 1, 1), null);
        PostalTariff daNang = copy(PostalTariffs.bundled(), "da-nang", List.of("48"), LocalDate.of(2025, 1, 1), null);
        assertThatThrownBy(() -> PostalCalculator.builder().withBundledDefaults().tariff(daNang, Dvc4jModule.PRIORITY_BUNDLED).build())
                .isInstanceOf(OverlappingTariffsException.class).hasMessageContaining("province 48");
        // a nationwide table beside the bundled Đà Nẵng one at the same priority is no overlap: provincial wins in 48
        assertThat(PostalCalculator.builder().withBundledDefaults().tariff(n1, Dvc4jModule.PRIORITY_BUNDLED).build()
                .tariffFor(LocalDate.of(2026, 1, 1), "48").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        PostalTariff n2 = copy(PostalTariffs.bundled(), "n2", List.of(), LocalDate.of(2025, 6, 1), null);
        assertThatThrownBy(() -> PostalCalculator.builder().tariff(n1).tariff(n2).build())
                .isInstanceOf(OverlappingTariffsException.class).hasMessageContaining("nationwide");
        // adjacent periods, different provinces, or different priorities are fine
        PostalTariff c = copy(PostalTariffs.bundled(), "c", List.of("48"), LocalDate.of(2026, 1, 1), null);
        assertThat(PostalCalculator.builder().tariff(a).tariff(c).build().tariffs()).hasSize(2);
        PostalTariff d = copy(PostalTariffs.bundled(), "d", List.of("01"), LocalDate.of(2025, 1, 1), null);
        assertThat(PostalCalculator.builder().tariff(a).tariff(d).build().tariffs()).hasSize(2);
        assertThat(PostalCalculator.builder().tariff(a).tariff(b, 1).build().tariffFor(LocalDate.of(2025, 12, 31), "48").id()).isEqualTo("b");
    }

    @Test
    void duplicateIdsAndMissingResolversAreRefused() {
        assertThatThrownBy(() -> PostalCalculator.builder().tariff(PostalTariffs.bundled(), 0).tariff(PostalTariffs.bundled(), 1).build())
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("share the id");
        assertThatThrownBy(() -> PostalCalculator.builder().tariff(Fixtures.khanhHoa()).build())
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("illustration-three-region");
    }

    /** A province's module, as a vendor writes it. */
    static final class KhanhHoaModule implements Dvc4jModule {
        @Override
        public String name() {
            return "khanh-hoa-illustration";
        }

        @Override
        public void setup(SetupContext context) {
            PostalTariff t = Fixtures.khanhHoa();
            context.provide(PostalPoints.TARIFFS, t);
            context.provide(PostalPoints.ZONE_RESOLVERS, t.zoneResolver(), Fixtures.threeRegionResolver());
            context.provide(PostalPoints.SUBSIDIES, "ha-tinh", Fixtures.haTinhCap());
        }
    }

    @Test
    void fromRuntime_bundledModuleIsDiscovered_vendorModuleOverridesByPriority() {
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(new KhanhHoaModule())
                .clock(Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), Dvc4j.VIETNAM)).build();
        assertThat(dvc4j.modules()).extracting(Dvc4j.ModuleInfo::name).contains("khanh-hoa-illustration");
        PostalCalculator calc = PostalCalculator.from(dvc4j);
        assertThat(calc.tariffFor(Fixtures.DAY, "56").id()).isEqualTo("illustration-khanh-hoa-three-zone");
        assertThat(calc.tariffFor(Fixtures.DAY, "42").id()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        assertThat(calc.categories()).containsKeys("heroic-mother", "war-invalid");
        // the three-zone resolver named by the province's tariff places a Khánh Hòa ↔ Hà Nội leg
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND)
                .addresses(PostalAddress.of("01", "00004"), PostalAddress.of("56", "22333")).weightGrams(100).date(Fixtures.DAY).build());
        assertThat(q.zone()).isEqualTo("inter-province-adjacent-region");
        assertThat(q.total()).isEqualTo(Vnd.of(31_000));
        PostalQuote seed = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district")
                .province("42").weightGrams(100).date(Fixtures.DAY).build());
        assertThat(seed.applicantPays()).isEqualTo(Vnd.of(10_000));
    }

    @Test
    void fromRuntime_sameProvinceSamePriorityOverlapIsRefused() {
        Dvc4jModule twin = new Dvc4jModule() {
            @Override
            public String name() {
                return "twin";
            }

            @Override
            public void setup(SetupContext context) {
                PostalTariff t = Fixtures.khanhHoa();
                context.provide(PostalPoints.TARIFFS, "twin", copy(t, "twin", List.of("56"), LocalDate.of(2025, 1, 1), null));
            }
        };
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(new KhanhHoaModule()).register(twin).build();
        assertThatThrownBy(() -> PostalCalculator.from(dvc4j)).isInstanceOf(OverlappingTariffsException.class);
    }
}
