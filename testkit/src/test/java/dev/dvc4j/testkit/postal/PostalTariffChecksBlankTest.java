package dev.dvc4j.testkit.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every blank text of a tariff is named: its legal basis, its names, each zone's and each add-on's names. */
class PostalTariffChecksBlankTest {

    @Test
    void everyBlankTextIsAProblemOfItsOwn() {
        PostalTariff t = PostalTariffs.bundled();
        LocalizedText blank = LocalizedText.of(" ", "");
        List<PostalTariff.Zone> zones = t.zones().stream().map(z -> new PostalTariff.Zone(z.code(), blank)).toList();
        List<PostalTariff.AddOn> addOns = t.addOns().stream()
                .map(a -> new PostalTariff.AddOn(a.code(), blank, a.amount(), a.per(), a.legalBasis())).toList();
        PostalTariff bad = new PostalTariff(t.id(), blank, t.provider(), " ", t.source(), t.provinces(), t.validFrom(),
                t.validTo(), t.vat(), t.vatPercent(), t.zoneResolver(), zones, t.weightBands(), t.furtherStepGrams(),
                t.maxWeightGrams(), t.prices(), addOns, t.note());
        List<String> expected = new ArrayList<>(List.of(
                "legalBasis is blank: name the legal instruments the prices rest on", "name.vi is blank", "name.en is blank"));
        for (PostalTariff.Zone z : zones) {
            expected.add("zone " + z.code() + ": name.vi is blank");
            expected.add("zone " + z.code() + ": name.en is blank");
        }
        for (PostalTariff.AddOn a : addOns) {
            expected.add("add-on " + a.code() + ": name.vi is blank");
            expected.add("add-on " + a.code() + ": name.en is blank");
        }
        assertThat(addOns).isNotEmpty();
        assertThat(PostalTariffChecks.problems(bad)).containsExactlyElementsOf(expected);
    }
}
