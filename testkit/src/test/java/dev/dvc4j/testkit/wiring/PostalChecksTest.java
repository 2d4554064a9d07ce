package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.checkIgnored;
import static dev.dvc4j.testkit.wiring.VendorModules.module;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.Funding;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The postal side of the wiring checks: tariffs that price quotes in their own scope, and subsidies, categories and
 * zone resolvers the calculator holds, pass; a tariff another one shadows in its own scope, and values the
 * calculator does not use, are reported under their point with the tariff that wins.
 */
class PostalChecksTest {

    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    /** The bundled table under another id, scope and first day. */
    static PostalTariff tariff(String id, List<String> provinces) {
        PostalTariff t = PostalCalculator.bundled().tariffs().get(0);
        return new PostalTariff(id, t.name(), t.provider(), t.legalBasis(), t.source(), provinces, DAY, null, t.vat(),
                t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(), t.furtherStepGrams(), t.maxWeightGrams(),
                t.prices(), t.addOns(), t.note());
    }

    static final PostalSubsidy CAP = new PostalSubsidy("ha-tinh-cap", LocalizedText.of("Hỗ trợ thử", "Test cap"), "test",
            PostalSubsidy.Kind.CAP, Funding.BUDGET, List.of("42"), List.of(), null, null, DAY, null, null,
            Map.of(ZoneResolver.INTRA_DISTRICT, Vnd.of(5_000)), null, null);

    static final BeneficiaryCategory FREE = new BeneficiaryCategory("test-free", LocalizedText.of("Miễn thử", "Test exemption"),
            BigDecimal.valueOf(100), "test", Funding.BUDGET, DAY, null, null);

    static final ZoneResolver EVERYWHERE_FAR = (applicant, agency) -> ZoneResolver.INTER_PROVINCE_OTHER_REGION;

    @Test
    void tariffsThatPriceTheirOwnScopeAndWhatTheCalculatorHoldsAreHonoured() {
        assertThat(check("ha-tinh-postal", c -> {
            c.provide(PostalPoints.TARIFFS, tariff("ha-tinh-2026", List.of("42", "44")));
            c.provide(PostalPoints.TARIFFS, tariff("nationwide-2026", List.of()));
            c.provide(PostalPoints.SUBSIDIES, CAP);
            c.provide(PostalPoints.CATEGORIES, FREE);
            c.provide(PostalPoints.ZONE_RESOLVERS, "everywhere-far", EVERYWHERE_FAR);
        })).isEmpty();
    }

    @Test
    void aTariffShadowedInItsOwnScopeByAHostsTariffIsReportedWithTheOneThatWins() {
        // A host's module above the vendor's: its nationwide table is tried first, everywhere.
        Dvc4jModule host = module("host", 10, c -> c.provide(PostalPoints.TARIFFS, tariff("host-nationwide", List.of())));
        Dvc4jModule vendor = module("ha-tinh-postal", c -> {
            c.provide(PostalPoints.TARIFFS, tariff("ha-tinh-2026", List.of("44", "42")));
            c.provide(PostalPoints.TARIFFS, tariff("nationwide-2026", List.of()));
        });
        Dvc4j rt = Dvc4j.builder().register(vendor).register(host).build();
        assertThat(WiringChecks.check(rt, "ha-tinh-postal")).containsExactly(
                "postal.tariffs [ha-tinh-2026]: on 2026-01-01 in province 44 quotes are priced with host-nationwide,"
                        + " not with this tariff",
                "postal.tariffs [ha-tinh-2026]: on 2026-01-01 in province 42 quotes are priced with host-nationwide,"
                        + " not with this tariff",
                "postal.tariffs [nationwide-2026]: on 2026-01-01 nationwide quotes are priced with host-nationwide,"
                        + " not with this tariff");
        assertThat(WiringChecks.check(rt, "host")).isEmpty();
    }

    @Test
    void valuesTheCalculatorDoesNotHoldAreReported() {
        Dvc4j rt = Dvc4j.defaults();
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.TARIFFS, "ha-tinh-2026",
                tariff("ha-tinh-2026", List.of("42"))))
                .containsExactly("postal.tariffs [ha-tinh-2026]: the postal calculator does not hold this tariff");
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.SUBSIDIES, "ha-tinh-cap", CAP))
                .containsExactly("postal.subsidies [ha-tinh-cap]: the postal calculator does not apply this subsidy");
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.CATEGORIES, "test-free", FREE))
                .containsExactly("postal.categories [test-free]: the postal calculator knows another category test-free");
        BeneficiaryCategory bundled = PostalCalculator.bundled().categories().values().iterator().next();
        BeneficiaryCategory halved = new BeneficiaryCategory(bundled.code(), bundled.name(), BigDecimal.ONE,
                bundled.legalBasis(), bundled.fundedBy(), bundled.validFrom(), bundled.validTo(), bundled.note());
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.CATEGORIES, bundled.code(), halved))
                .containsExactly("postal.categories [" + bundled.code() + "]: the postal calculator knows another category "
                        + bundled.code());
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.CATEGORIES, bundled.code(), bundled)).isEmpty();
        assertThat(checkIgnored(PostalChecks::register, rt, PostalPoints.ZONE_RESOLVERS, ZoneResolver.DEFAULT_KEY,
                EVERYWHERE_FAR))
                .containsExactly("postal.zone-resolvers [" + ZoneResolver.DEFAULT_KEY
                        + "]: the postal calculator resolves zones another way");
    }
}
