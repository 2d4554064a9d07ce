package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.OnTimeRule;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.util.Arrays;
import java.util.Objects;

/**
 * The accumulator behind every dossier {@link Metric}: one pass over {@link DossierFacts} fills primitive counters
 * from which each rate, the on-time split (early / on time / late, formula 2.1) and the average resolution time
 * (formula 2.2) are read. Adding a fact allocates nothing.
 *
 * <p>Formula 2.1 is the calendar artifact's {@link OnTimeRule} with the settings' measure and supplement clock —
 * the one definition of lateness, which dossiers' overdue checks use too. Dossiers it cannot measure (no due time
 * and no legal maximum, or received after {@link MeasureSettings#asOf()}) are "unmeasured" and left out of the
 * denominator. Formula 2.2 averages the same used time over dossiers processed or returned (status 9 or 10) by
 * {@code asOf}.
 */
public final class MetricsAccumulator implements Accumulator<DossierFacts, MetricsAccumulator, Metrics> {

    private static final long serialVersionUID = 1L;
    /** The national portal's {@code DuocThanhToanTrucTuyen} flag, from its one definition. */
    private static final int PORTAL_FLAG = dev.dvc4j.core.dossier.PaymentMethod.NATIONAL_PORTAL.portalFlag().getAsInt();

    private final MeasureSettings settings;
    private final long asOf;
    private final long earlyMargin;
    private final OnTimeRule rule;
    private final long[] n = new long[Metrics.SIZE];

    private MetricsAccumulator(MeasureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.asOf = settings.asOf().getEpochSecond();
        this.earlyMargin = settings.earlyMarginMinutes();
        this.rule = settings.rule();
    }

    /**
     * An empty accumulator.
     *
     * @param settings how time is measured
     * @return the accumulator
     */
    public static MetricsAccumulator empty(MeasureSettings settings) {
        return new MetricsAccumulator(settings);
    }

    /** @return the settings */
    public MeasureSettings settings() {
        return settings;
    }

    @Override
    public MetricsAccumulator empty() {
        return new MetricsAccumulator(settings);
    }

    /**
     * {@inheritDoc}
     *
     * <p>All or nothing: a fact the on-time rule cannot measure (a time outside the working calendar's range) throws
     * before anything is counted, so a reader can count it as a malformed record and go on.
     *
     * @throws dev.dvc4j.core.Dvc4jException if the on-time rule cannot measure the fact
     */
    @Override
    public void add(DossierFacts f) {
        final long[] n = this.n;
        DossierStatus status = f.status();
        long received = f.receivedEpochSecond();
        boolean counted = received != DossierFacts.NO_TIME && status != DossierStatus.REFUSED_AT_RECEPTION;
        long r = counted ? measure(f, received) : 0;
        n[Metrics.TOTAL]++;
        n[Metrics.STATUS + status.ordinal()]++;
        if (!counted) {
            return;
        }
        n[Metrics.RECEIVED]++;
        Channel channel = f.channel();
        int online = channel == Channel.ONLINE ? 1 : 0;
        n[Metrics.CHANNEL + channel.ordinal()]++;
        int level = f.legacyLevel();
        n[Metrics.LEVEL_RECEIVED + level]++;
        n[Metrics.LEVEL_ONLINE + level] += online;
        int mode = f.onlineMode().ordinal();
        n[Metrics.MODE_RECEIVED + mode]++;
        n[Metrics.MODE_ONLINE + mode] += online;
        if (channel == Channel.POSTAL || f.resultDelivery() == ResultDelivery.POSTAL) {
            n[Metrics.POSTAL]++;
        }
        if (f.feeBearing()) {
            n[Metrics.FEE_BEARING]++;
            int flag = f.paymentFlag();
            if (flag != 0) {
                n[Metrics.PAID_ONLINE]++;
                n[flag == PORTAL_FLAG ? Metrics.PAID_PORTAL : Metrics.PAID_GATEWAY]++;
            }
        }
        if (f.digitised()) {
            n[Metrics.DIGITISED]++;
        }
        if (f.reused()) {
            n[Metrics.REUSED]++;
        }
        boolean vneid = f.vneid();
        if (vneid || f.populationData()) {
            n[Metrics.POPULATION_DATA]++;
        }
        if (vneid) {
            n[Metrics.VNEID]++;
        }
        boolean negative = f.feedback().isNegative();
        if (negative) {
            n[Metrics.NEGATIVE_FEEDBACK]++;
        }
        boolean hasResult = status == DossierStatus.PROCESSED || status == DossierStatus.RESULT_RETURNED;
        if (hasResult) {
            n[Metrics.RESULTS]++;
            if (f.electronicResult()) {
                n[Metrics.ELECTRONIC_RESULTS]++;
            }
        }
        onTime(r, hasResult, negative);
    }

    private long measure(DossierFacts f, long received) {
        long ended = f.finishedEpochSecond();
        if (ended == DossierFacts.NO_TIME) {
            ended = f.returnedEpochSecond();
        }
        return rule.measure(received, f.dueEpochSecond(), f.legalMaxMinutes(), ended, asOf, f, earlyMargin);
    }

    private void onTime(long r, boolean hasResult, boolean negative) {
        final long[] n = this.n;
        if (hasResult && OnTimeRule.hasEnded(r)) {
            n[Metrics.RESOLVED]++;
            n[Metrics.RESOLUTION_MINUTES] += OnTimeRule.usedMinutes(r);
        }
        if (!OnTimeRule.isMeasured(r)) {
            n[Metrics.OT_UNMEASURED]++;
            return;
        }
        n[Metrics.OT_MEASURED]++;
        if (negative) {
            n[Metrics.OT_NEGATIVE]++;
        }
        boolean stillOpen = OnTimeRule.isOpen(r);
        if (stillOpen) {
            n[Metrics.OT_OPEN]++;
        }
        if (OnTimeRule.isLate(r)) {
            n[Metrics.OT_LATE]++;
            if (stillOpen) {
                n[Metrics.OT_OPEN_LATE]++;
            }
        } else if (OnTimeRule.isEarly(r)) {
            n[Metrics.OT_EARLY]++;
        } else {
            n[Metrics.OT_ON_TIME]++;
        }
    }

    @Override
    public MetricsAccumulator merge(MetricsAccumulator other) {
        if (!settings.equals(other.settings)) {
            throw new StatsException("stats.merge.settings", LocalizedText.of(
                    "Không thể gộp hai bộ tích lũy có cách đo khác nhau: %s và %s",
                    "Cannot merge accumulators with different settings: %s and %s").formatted(settings, other.settings));
        }
        long[] o = other.n;
        for (int i = 0; i < n.length; i++) {
            n[i] = Math.addExact(n[i], o[i]);
        }
        return this;
    }

    @Override
    public Metrics result() {
        return new Metrics(n.clone());
    }

    @Override
    public String toString() {
        return "MetricsAccumulator" + Arrays.toString(n);
    }
}
