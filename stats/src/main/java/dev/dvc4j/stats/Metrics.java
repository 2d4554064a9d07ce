package dev.dvc4j.stats;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.procedure.OnlineMode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable result of a {@link MetricsAccumulator}: the counts behind every dossier {@link Metric}. Rates are
 * derived on demand from exact counts.
 */
public final class Metrics implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int TOTAL = 0;
    static final int RECEIVED = 1;
    static final int CHANNEL = 2; // 3 slots
    static final int LEVEL_RECEIVED = 5; // 5 slots, level 0..4
    static final int LEVEL_ONLINE = 10; // 5 slots
    static final int MODE_RECEIVED = 15; // 3 slots
    static final int MODE_ONLINE = 18; // 3 slots
    static final int POSTAL = 21;
    static final int FEE_BEARING = 22;
    static final int PAID_ONLINE = 23;
    static final int PAID_PORTAL = 24;
    static final int PAID_GATEWAY = 25;
    static final int DIGITISED = 26;
    static final int REUSED = 27;
    static final int POPULATION_DATA = 28;
    static final int VNEID = 29;
    static final int NEGATIVE_FEEDBACK = 30;
    static final int RESULTS = 31;
    static final int ELECTRONIC_RESULTS = 32;
    static final int OT_MEASURED = 33;
    static final int OT_EARLY = 34;
    static final int OT_ON_TIME = 35;
    static final int OT_LATE = 36;
    static final int OT_OPEN = 37;
    static final int OT_OPEN_LATE = 38;
    static final int OT_UNMEASURED = 39;
    static final int OT_NEGATIVE = 40;
    static final int RESOLVED = 41;
    static final int RESOLUTION_MINUTES = 42;
    static final int STATUS = 43; // 10 slots
    static final int SIZE = 53;

    private final long[] n;

    Metrics(long[] counters) {
        this.n = counters;
    }

    /** @return every fact added, whatever its status */
    public long total() {
        return n[TOTAL];
    }

    /** @return facts received (with a receipt time, not refused at reception): the usual denominator */
    public long received() {
        return n[RECEIVED];
    }

    /**
     * Received dossiers filed through one channel.
     *
     * @param channel the channel
     * @return the count
     */
    public long received(Channel channel) {
        return n[CHANNEL + channel.ordinal()];
    }

    /**
     * Received dossiers of procedures at a legacy level.
     *
     * @param level 0 (unknown) to 4
     * @return the count
     */
    public long receivedAtLevel(int level) {
        return n[LEVEL_RECEIVED + level];
    }

    /**
     * Facts with a status.
     *
     * @param status the status
     * @return the count, among all facts
     */
    public long withStatus(DossierStatus status) {
        return n[STATUS + status.ordinal()];
    }

    /** @return received dossiers of fee-bearing procedures */
    public long feeBearing() {
        return n[FEE_BEARING];
    }

    /** @return fee-bearing dossiers paid on the national portal (flag 1) */
    public long paidOnNationalPortal() {
        return n[PAID_PORTAL];
    }

    /** @return fee-bearing dossiers paid through a ministry's or province's gateway (flag 2) */
    public long paidOnOwnGateway() {
        return n[PAID_GATEWAY];
    }

    /** @return received dossiers authenticated with VNeID */
    public long vneid() {
        return n[VNEID];
    }

    /** @return received dossiers with a complaint or dislike */
    public long negativeFeedback() {
        return n[NEGATIVE_FEEDBACK];
    }

    /** @return the on-time split of formula 2.1 */
    public OnTime onTime() {
        return new OnTime(n[OT_MEASURED], n[OT_EARLY], n[OT_ON_TIME], n[OT_LATE], n[OT_OPEN], n[OT_OPEN_LATE],
                n[OT_UNMEASURED]);
    }

    /** @return the number of dossiers formula 2.2 averages (processed or returned by the period end) */
    public long resolved() {
        return n[RESOLVED];
    }

    /** @return the total used working minutes of those dossiers */
    public long resolutionMinutes() {
        return n[RESOLUTION_MINUTES];
    }

    /**
     * Formula 2.2: the average resolution time in working minutes, 2 decimals half-up.
     *
     * @return the average, empty when no dossier was resolved
     */
    public Optional<BigDecimal> averageResolutionMinutes() {
        return n[RESOLVED] == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(n[RESOLUTION_MINUTES])
                .divide(BigDecimal.valueOf(n[RESOLVED]), 2, RoundingMode.HALF_UP));
    }

    /**
     * Formula 2.2 in working days of a given length.
     *
     * @param minutesPerDay working minutes in a working day (480 for 8 hours)
     * @return the average in days, 2 decimals half-up, empty when no dossier was resolved
     */
    public Optional<BigDecimal> averageResolutionDays(int minutesPerDay) {
        return n[RESOLVED] == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(n[RESOLUTION_MINUTES])
                .divide(BigDecimal.valueOf(n[RESOLVED] * (long) minutesPerDay), 2, RoundingMode.HALF_UP));
    }

    /**
     * A dossier metric. Service metrics ({@link Metric#fromDossiers()} false) are not applicable here.
     *
     * @param metric the metric
     * @return the rate
     */
    public Rate rate(Metric metric) {
        switch (metric) {
            case ONLINE_SHARE:
                return Rate.of(n[CHANNEL + Channel.ONLINE.ordinal()], n[RECEIVED]);
            case ONLINE_SHARE_LEVEL_3:
                return Rate.of(n[LEVEL_ONLINE + 3], n[LEVEL_RECEIVED + 3]);
            case ONLINE_SHARE_LEVEL_4:
                return Rate.of(n[LEVEL_ONLINE + 4], n[LEVEL_RECEIVED + 4]);
            case ONLINE_SHARE_PARTIAL:
                return Rate.of(n[MODE_ONLINE + OnlineMode.PARTIAL.ordinal()], n[MODE_RECEIVED + OnlineMode.PARTIAL.ordinal()]);
            case ONLINE_SHARE_FULL:
                return Rate.of(n[MODE_ONLINE + OnlineMode.FULL.ordinal()], n[MODE_RECEIVED + OnlineMode.FULL.ordinal()]);
            case POSTAL_SHARE:
                return Rate.of(n[POSTAL], n[RECEIVED]);
            case ON_TIME:
                return Rate.of(n[OT_EARLY] + n[OT_ON_TIME], n[OT_MEASURED]);
            case ONLINE_PAYMENT:
                return Rate.of(n[PAID_ONLINE], n[FEE_BEARING]);
            case ELECTRONIC_RESULT:
                return Rate.of(n[ELECTRONIC_RESULTS], n[RESULTS]);
            case DIGITISED:
                return Rate.of(n[DIGITISED], n[RECEIVED]);
            case REUSE:
                return Rate.of(n[REUSED], n[RECEIVED]);
            case POPULATION_DATA:
                return Rate.of(n[POPULATION_DATA], n[RECEIVED]);
            case SATISFACTION:
                return Rate.of(Math.max(0, n[OT_MEASURED] - n[OT_LATE] - n[OT_NEGATIVE]), n[OT_MEASURED]);
            default:
                return Rate.NOT_APPLICABLE;
        }
    }

    /** @return every dossier metric's rate, in {@link Metric} order */
    public Map<Metric, Rate> rates() {
        Map<Metric, Rate> map = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            if (m.fromDossiers()) {
                map.put(m, rate(m));
            }
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metrics && Arrays.equals(n, ((Metrics) o).n);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(n);
    }

    @Override
    public String toString() {
        return "Metrics[total=" + total() + ", received=" + received() + ", " + rates() + ", " + onTime() + "]";
    }

    /**
     * The on-time split of formula 2.1.
     *
     * @param measured dossiers measured (the denominator)
     * @param early finished at least the early margin before the due time
     * @param onTime finished, or still open, within the due time (and not early)
     * @param late past the due time (finished late, or open and overdue at the period end)
     * @param open of the measured, those still open (or waiting for one supplement) at the period end
     * @param openLate of the late, those still open
     * @param unmeasured received dossiers with neither a due time nor a legal maximum, or received after the period
     *     end; not in the denominator
     */
    public record OnTime(long measured, long early, long onTime, long late, long open, long openLate,
                         long unmeasured) implements Serializable {

        /** @return (early + on time) ÷ measured */
        public Rate rate() {
            return Rate.of(early + onTime, measured);
        }

        /** @return early ÷ measured */
        public Rate earlyRate() {
            return Rate.of(early, measured);
        }

        /** @return late ÷ measured */
        public Rate lateRate() {
            return Rate.of(late, measured);
        }
    }
}
