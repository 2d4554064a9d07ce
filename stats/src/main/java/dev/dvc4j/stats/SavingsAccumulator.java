package dev.dvc4j.stats;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.money.Vnd;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Estimates what citizens saved: for each received dossier, the trips avoided (filing not in person: one; result
 * returned online or by post: one) times the trip cost at the dossier's distance, minus the postal fees paid
 * (one per postal leg). Money is whole đồng.
 */
public final class SavingsAccumulator implements Accumulator<DossierFacts, SavingsAccumulator, SavingsAccumulator.Savings> {

    private static final long serialVersionUID = 1L;

    private final SavingsAssumptions assumptions;
    private long dossiers;
    private long trips;
    private long km;
    private long legs;
    private long travelDong;

    private SavingsAccumulator(SavingsAssumptions assumptions) {
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
    }

    /**
     * An empty accumulator.
     *
     * @param assumptions the costs assumed
     * @return the accumulator
     */
    public static SavingsAccumulator empty(SavingsAssumptions assumptions) {
        return new SavingsAccumulator(assumptions);
    }

    /**
     * What one dossier saves.
     *
     * @param channel how it was filed
     * @param delivery how the result is returned ({@code null}: at the counter)
     * @param oneWayKm the citizen's distance
     * @param a the assumptions
     * @return the net saving
     */
    public static Vnd perDossier(Channel channel, @Nullable ResultDelivery delivery, int oneWayKm,
                                 SavingsAssumptions a) {
        Objects.requireNonNull(channel, "channel");
        int t = tripsAvoided(channel, delivery);
        int l = postalLegs(channel, delivery);
        return a.tripCost(oneWayKm).times(t).minus(a.postalFeePerLeg().times(l));
    }

    private static int tripsAvoided(Channel channel, ResultDelivery delivery) {
        return (channel != Channel.IN_PERSON ? 1 : 0)
                + (delivery == ResultDelivery.ONLINE || delivery == ResultDelivery.POSTAL ? 1 : 0);
    }

    private static int postalLegs(Channel channel, ResultDelivery delivery) {
        return (channel == Channel.POSTAL ? 1 : 0) + (delivery == ResultDelivery.POSTAL ? 1 : 0);
    }

    @Override
    public SavingsAccumulator empty() {
        return new SavingsAccumulator(assumptions);
    }

    @Override
    public void add(DossierFacts f) {
        if (f.receivedEpochSecond() == DossierFacts.NO_TIME) {
            return;
        }
        dossiers++;
        int t = tripsAvoided(f.channel(), f.resultDelivery());
        if (t == 0) {
            return;
        }
        int d = f.distanceKm() >= 0 ? f.distanceKm() : assumptions.defaultDistanceKm();
        trips += t;
        km = Math.addExact(km, 2L * d * t);
        legs += postalLegs(f.channel(), f.resultDelivery());
        travelDong = Math.addExact(travelDong, assumptions.tripCost(d).dong() * t);
    }

    @Override
    public SavingsAccumulator merge(SavingsAccumulator other) {
        if (!assumptions.equals(other.assumptions)) {
            throw new StatsException("stats.merge.settings", dev.dvc4j.core.LocalizedText.of(
                    "Không thể gộp ước tính với giả định khác nhau", "Cannot merge estimates with different assumptions"));
        }
        dossiers += other.dossiers;
        trips += other.trips;
        km = Math.addExact(km, other.km);
        legs += other.legs;
        travelDong = Math.addExact(travelDong, other.travelDong);
        return this;
    }

    @Override
    public Savings result() {
        Vnd travel = Vnd.of(travelDong);
        Vnd postal = assumptions.postalFeePerLeg().times(legs);
        return new Savings(dossiers, trips, km, legs, travel, postal, travel.minus(postal), assumptions);
    }

    /**
     * An estimate.
     *
     * @param dossiers received dossiers considered
     * @param tripsAvoided trips not made
     * @param kmAvoided kilometres not travelled
     * @param postalLegs postal legs paid for
     * @param travelSaved travel costs avoided
     * @param postalFees postal fees paid
     * @param net travel saved minus postal fees
     * @param assumptions the assumptions used
     */
    public record Savings(long dossiers, long tripsAvoided, long kmAvoided, long postalLegs, Vnd travelSaved,
                          Vnd postalFees, Vnd net, SavingsAssumptions assumptions) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Savings {
            Objects.requireNonNull(travelSaved, "travelSaved");
            Objects.requireNonNull(postalFees, "postalFees");
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(assumptions, "assumptions");
        }
    }
}
