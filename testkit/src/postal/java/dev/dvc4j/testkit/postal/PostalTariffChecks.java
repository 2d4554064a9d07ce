package dev.dvc4j.testkit.postal;

import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a vendor's tariff must pass beyond what {@link PostalTariff}'s constructor already enforces: complete
 * provenance, bilingual names, positive prices, the standard zones when the tariff uses the standard resolver, and a
 * faithful JSON round trip. Usable outside JUnit (for example by a command-line validator); the
 * {@link PostalTariffContract} asserts that the list is empty.
 */
public final class PostalTariffChecks {

    private PostalTariffChecks() {
    }

    /**
     * Every problem found, one sentence each; empty when the tariff passes.
     *
     * @param tariff the tariff
     * @return the problems
     */
    public static List<String> problems(PostalTariff tariff) {
        List<String> out = new ArrayList<>();
        blank(out, tariff.legalBasis(), "legalBasis is blank: name the legal instruments the prices rest on");
        blank(out, tariff.source(), "source is blank: say where the numbers were read");
        blank(out, tariff.name().vi(), "name.vi is blank");
        blank(out, tariff.name().en(), "name.en is blank");
        for (PostalTariff.Zone z : tariff.zones()) {
            blank(out, z.name().vi(), "zone " + z.code() + ": name.vi is blank");
            blank(out, z.name().en(), "zone " + z.code() + ": name.en is blank");
        }
        for (PostalTariff.PriceRow row : tariff.prices()) {
            if (!row.bands().get(0).isPositive()) {
                out.add("price row " + row.leg().wireName() + "/" + row.zone() + ": the first band costs " + row.bands().get(0)
                        + "; a free leg belongs in a subsidy or a category, not in the tariff");
            }
            if (!row.eachFurther().isPositive()) {
                out.add("price row " + row.leg().wireName() + "/" + row.zone() + ": eachFurther is " + row.eachFurther()
                        + "; heavier dossiers would cost the same");
            }
        }
        for (PostalTariff.AddOn a : tariff.addOns()) {
            blank(out, a.name().vi(), "add-on " + a.code() + ": name.vi is blank");
            blank(out, a.name().en(), "add-on " + a.code() + ": name.en is blank");
        }
        if (ZoneResolver.DEFAULT_KEY.equals(tariff.zoneResolver())) {
            Set<String> zones = tariff.zones().stream().map(PostalTariff.Zone::code).collect(Collectors.toSet());
            for (String z : List.of(ZoneResolver.INTRA_DISTRICT, ZoneResolver.INTER_DISTRICT,
                    ZoneResolver.INTER_PROVINCE_SAME_REGION, ZoneResolver.INTER_PROVINCE_OTHER_REGION)) {
                if (!zones.contains(z)) {
                    out.add("the tariff uses the standard zone resolver but does not price its zone " + z
                            + " (name another resolver in zoneResolver, or price the zone)");
                }
            }
        }
        try {
            // postal's own file format, as a host loads the vendor's tariff
            PostalTariff back = PostalTariffs.parse(PostalTariffs.toJson(tariff));
            if (!back.equals(tariff)) {
                out.add("the tariff does not survive a JSON round trip unchanged");
            }
        } catch (Exception e) {
            out.add("the tariff cannot be written and read back as JSON: " + e.getMessage());
        }
        if (tariff.prices().size() != tariff.zones().size() * PostalLeg.values().length) {
            out.add("expected one price row per leg and zone");
        }
        return out;
    }

    private static void blank(List<String> out, String value, String problem) {
        if (value == null || value.isBlank()) {
            out.add(problem);
        }
    }
}
