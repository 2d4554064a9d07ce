package dev.dvc4j.testkit.postal;

import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The three-zone ILLUSTRATION tariff (made-up numbers, see its source field) and its resolver. */
final class IllustrationData {

    private IllustrationData() {
    }

    static PostalTariff threeZoneTariff() {
        try (InputStream in = IllustrationData.class.getResourceAsStream("khanh-hoa-three-zone-illustration.json")) {
            return PostalTariffs.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** North–Central and Central–South adjacent, North–South distant. */
    static ZoneResolver threeRegionResolver() {
        ZoneResolver std = ZoneResolver.standard();
        Map<String, String> regions = PostalTariffs.bundledRegions();
        return (a, b) -> {
            String zone = std.zoneOf(a, b);
            if (!zone.equals(ZoneResolver.INTER_PROVINCE_OTHER_REGION)) {
                return zone;
            }
            boolean central = regions.get(a.provinceCode()).equals("central") || regions.get(b.provinceCode()).equals("central");
            return central ? "inter-province-adjacent-region" : "inter-province-distant-region";
        };
    }

    static PostalTariff withZones(PostalTariff t, java.util.List<PostalTariff.Zone> zones, java.util.List<PostalTariff.PriceRow> prices,
                                  String source) {
        return new PostalTariff(t.id(), t.name(), t.provider(), t.legalBasis(), source, t.provinces(), t.validFrom(),
                t.validTo(), t.vat(), t.vatPercent(), t.zoneResolver(), zones, t.weightBands(), t.furtherStepGrams(),
                t.maxWeightGrams(), prices, t.addOns(), t.note());
    }
}
