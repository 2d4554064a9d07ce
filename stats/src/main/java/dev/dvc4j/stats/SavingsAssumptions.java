package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a citizen's trip to the one-stop office costs, for savings estimates. Every value is an assumption and must
 * be stated with the estimate.
 *
 * <p>{@link #seedDefaults()} reproduces the seed's "about 700,000 VND saved per online dossier for a citizen 300 km
 * away": an online filing with an online result avoids two trips (filing, collecting), each a 600 km round trip at
 * 500 đ/km (coach fare, [U]) plus 50,000 đ of meals and incidentals per trip ([U]): 2 × (600 × 500 + 50,000) =
 * 700,000 đ. Postal legs cost the 10,000 đ a Hà Tĩnh citizen pays per leg (the seed; the contract price is
 * higher and the city pays the rest).
 *
 * @param costPerKm travel cost per km travelled
 * @param costPerTrip fixed cost of each trip (meals, incidentals, time off work if wanted)
 * @param postalFeePerLeg what the citizen pays for each postal leg (sending the dossier, returning the result)
 * @param defaultDistanceKm the one-way distance used for facts without one
 */
public record SavingsAssumptions(Vnd costPerKm, Vnd costPerTrip, Vnd postalFeePerLeg, int defaultDistanceKm)
        implements Serializable {

    /** Validates the values. */
    public SavingsAssumptions {
        Objects.requireNonNull(costPerKm, "costPerKm");
        Objects.requireNonNull(costPerTrip, "costPerTrip");
        Objects.requireNonNull(postalFeePerLeg, "postalFeePerLeg");
        if (costPerKm.isNegative() || costPerTrip.isNegative() || postalFeePerLeg.isNegative() || defaultDistanceKm < 0) {
            throw new StatsException("stats.savings.invalid", LocalizedText.of(
                    "Giả định chi phí không được âm", "Savings assumptions cannot be negative"));
        }
    }

    /** @return the seed's assumptions: 500 đ/km, 50,000 đ per trip, 10,000 đ per postal leg, 10 km by default */
    public static SavingsAssumptions seedDefaults() {
        return new SavingsAssumptions(Vnd.of(500), Vnd.of(50_000), Vnd.of(10_000), 10);
    }

    /**
     * The cost of one trip (there and back).
     *
     * @param oneWayKm the one-way distance
     * @return the cost
     */
    public Vnd tripCost(int oneWayKm) {
        return costPerKm.times(2L * oneWayKm).plus(costPerTrip);
    }
}
