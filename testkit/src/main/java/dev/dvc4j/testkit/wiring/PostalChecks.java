package dev.dvc4j.testkit.wiring;

import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the postal calculator makes of contributions. Loaded only when dvc4j-postal is present. */
final class PostalChecks {

    private PostalChecks() {
    }

    static void register(Map<String, WiringChecks.Check> m) {
        m.put(PostalPoints.TARIFFS.id(), (rt, key, value, problems) -> {
            PostalTariff tariff = (PostalTariff) value;
            PostalCalculator calc = PostalCalculator.from(rt);
            String where = WiringChecks.where(PostalPoints.TARIFFS, key);
            if (!calc.tariffs().contains(tariff)) {
                problems.add(where + ": the postal calculator does not hold this tariff");
                return;
            }
            LocalDate day = tariff.validFrom();
            List<String> provinces = tariff.provinces().isEmpty() ? java.util.Collections.singletonList(null) : tariff.provinces();
            // The calculator holds the tariff and it is in force on its first day in its own scope, so some tariff
            // is always found there: this one, or one tried before it.
            for (String province : provinces) {
                PostalTariff chosen = calc.tariffFor(day, province);
                if (!chosen.equals(tariff)) {
                    problems.add(where + ": on " + day + (province == null ? " nationwide" : " in province " + province)
                            + " quotes are priced with " + chosen.id() + ", not with this tariff");
                }
            }
        });
        m.put(PostalPoints.SUBSIDIES.id(), (rt, key, value, problems) -> {
            if (!PostalCalculator.from(rt).subsidies().contains((PostalSubsidy) value)) {
                problems.add(WiringChecks.where(PostalPoints.SUBSIDIES, key) + ": the postal calculator does not apply this subsidy");
            }
        });
        m.put(PostalPoints.CATEGORIES.id(), (rt, key, value, problems) -> {
            BeneficiaryCategory c = (BeneficiaryCategory) value;
            if (!c.equals(PostalCalculator.from(rt).categories().get(c.code()))) {
                problems.add(WiringChecks.where(PostalPoints.CATEGORIES, key) + ": the postal calculator knows another category " + c.code());
            }
        });
        m.put(PostalPoints.ZONE_RESOLVERS.id(), (rt, key, value, problems) -> {
            if (PostalCalculator.from(rt).zoneResolvers().get(key) != (ZoneResolver) value) {
                problems.add(WiringChecks.where(PostalPoints.ZONE_RESOLVERS, key) + ": the postal calculator resolves zones another way");
            }
        });
    }
}
