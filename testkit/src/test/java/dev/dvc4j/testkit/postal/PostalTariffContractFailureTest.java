package dev.dvc4j.testkit.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract does fail for tariffs that break it. */
class PostalTariffContractFailureTest {

    private static PostalTariff bundled() {
        return PostalTariffs.bundled();
    }

    @Test
    void goodTariffsHaveNoProblems() {
        assertThat(PostalTariffChecks.problems(bundled())).isEmpty();
        assertThat(PostalTariffChecks.problems(IllustrationData.threeZoneTariff())).isEmpty();
    }

    @Test
    void missingSourceIsReported() {
        PostalTariff t = bundled();
        PostalTariff noSource = IllustrationData.withZones(t, t.zones(), t.prices(), null);
        assertThat(PostalTariffChecks.problems(noSource)).singleElement().asString().contains("source is blank");
    }

    @Test
    void freeOrFlatRowsAreReported() {
        PostalTariff t = bundled();
        List<PostalTariff.PriceRow> rows = new ArrayList<>(t.prices());
        rows.set(0, new PostalTariff.PriceRow(PostalLeg.SEND, ZoneResolver.INTRA_DISTRICT, List.of(Vnd.ZERO, Vnd.ZERO, Vnd.ZERO), Vnd.ZERO));
        List<String> problems = PostalTariffChecks.problems(IllustrationData.withZones(t, t.zones(), rows, t.source()));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("send/intra-district").contains("first band costs 0 VND");
        assertThat(problems.get(1)).contains("eachFurther is 0 VND");
    }

    @Test
    void standardResolverZonesMustBePriced() {
        PostalTariff t = bundled();
        List<PostalTariff.Zone> zones = t.zones().subList(0, 3);
        List<PostalTariff.PriceRow> rows = t.prices().stream()
                .filter(r -> !r.zone().equals(ZoneResolver.INTER_PROVINCE_OTHER_REGION)).toList();
        PostalTariff three = IllustrationData.withZones(t, zones, rows, t.source());
        assertThat(PostalTariffChecks.problems(three)).singleElement().asString()
                .contains("does not price its zone inter-province-other-region");
        // and the contract's resolver test fails on it
        PostalTariffContract contract = new PostalTariffContract() {
            @Override
            protected PostalTariff tariff() {
                return three;
            }
        };
        assertThatThrownBy(contract::resolverYieldsOnlyPricedZones).isInstanceOf(AssertionError.class)
                .hasMessageContaining("inter-province-other-region");
        assertThatThrownBy(contract::hasCompleteProvenanceAndData).isInstanceOf(AssertionError.class);
    }

    @Test
    void aTariffNamingItsOwnResolverMustSupplyIt() {
        PostalTariffContract contract = new PostalTariffContract() {
            @Override
            protected PostalTariff tariff() {
                return IllustrationData.threeZoneTariff();
            }
        };
        assertThatThrownBy(contract::isAcceptedByACalculator).isInstanceOf(AssertionError.class)
                .hasMessageContaining("override zoneResolver()");
    }

    @Test
    void blankZoneNamesAreReported() {
        PostalTariff t = bundled();
        List<PostalTariff.Zone> zones = new ArrayList<>(t.zones());
        zones.set(1, new PostalTariff.Zone(ZoneResolver.INTER_DISTRICT, LocalizedText.of("liên huyện", " ")));
        assertThat(PostalTariffChecks.problems(IllustrationData.withZones(t, zones, t.prices(), t.source())))
                .containsExactly("zone inter-district: name.en is blank");
    }

    private static PostalTariffContract contractOf(PostalTariff tariff) {
        return new PostalTariffContract() {
            @Override
            protected PostalTariff tariff() {
                return tariff;
            }
        };
    }

    @Test
    void theContractQuotesInTheTariffsFirstProvinceOrNationwideWithTheBundledCategories() {
        PostalTariff provincial = bundled();
        assertThat(provincial.provinces()).isNotEmpty();
        PostalTariffContract contract = contractOf(provincial);
        assertThat(contract.province()).isEqualTo(provincial.provinces().get(0));
        assertThat(contract.categories()).isNotEmpty().isEqualTo(PostalTariffs.bundledCategories());
        assertThat(contract.calculator().categories().values()).containsExactlyInAnyOrderElementsOf(contract.categories());
        assertThat(contract.calculator().tariffs()).containsExactly(provincial);
        PostalTariff nationwide = new PostalTariff(provincial.id(), provincial.name(), provincial.provider(),
                provincial.legalBasis(), provincial.source(), List.of(), provincial.validFrom(), provincial.validTo(),
                provincial.vat(), provincial.vatPercent(), provincial.zoneResolver(), provincial.zones(),
                provincial.weightBands(), provincial.furtherStepGrams(), provincial.maxWeightGrams(), provincial.prices(),
                provincial.addOns(), provincial.note());
        assertThat(contractOf(nationwide).province()).isNull();
    }
}
