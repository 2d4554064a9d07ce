package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.calendar.SupplementClock;
import java.util.Arrays;
import java.util.Objects;

/**
 * The accumulator behind every dossier {@link Metric}: one pass over {@link DossierFacts} fills primitive counters
 * from which each rate, the on-time split (early / on time / late, formula 2.1) and the average resolution time
 * (formula 2.2) are read. Adding a fact allocates nothing (with {@link WorkingTimeMeasure#WALL_CLOCK} or any
 * measure that overrides {@link WorkingTimeMeasure#minutesBetweenEpochSeconds(long, long)}).
 *
 * <p>Formula 2.1 as implemented, for a received dossier:
 * <ol>
 *   <li>The end is the end of processing, else the return of the result; if there is neither, or it falls after
 *       {@link MeasureSettings#asOf()}, the dossier is open and measured at {@code asOf}.</li>
 *   <li>Supplement requests made before the end: one still open (not completed by the end) makes the request time
 *       the end; more than one open makes the dossier late.</li>
 *   <li>Allowed time: working time from receipt to the due time; with no due time, the procedure's legal maximum
 *       ({@link DossierFacts#legalMaxMinutes()}); with neither, the dossier is "unmeasured" and left out of the
 *       denominator.</li>
 *   <li>Used time: SUBTRACT — working time from receipt to the end minus each completed supplement interval;
 *       RESTART — working time from the last completed supplement (or receipt) to the end.</li>
 *   <li>Late when used &gt; allowed; early when finished (not open) and used ≤ allowed − the early margin;
 *       otherwise on time.</li>
 * </ol>
 * Formula 2.2 averages the same used time over dossiers processed or returned (status 9 or 10) by {@code asOf}.
 */
public final class MetricsAccumulator implements Accumulator<DossierFacts, MetricsAccumulator, Metrics> {

    private static final long serialVersionUID = 1L;

    private final MeasureSettings settings;
    private final long asOf;
    private final boolean subtract;
    private final long earlyMargin;
    private final WorkingTimeMeasure measure;
    private final long[] n = new long[Metrics.SIZE];

    private MetricsAccumulator(MeasureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.asOf = settings.asOf().getEpochSecond();
        this.subtract = settings.supplementClock() == SupplementClock.SUBTRACT;
        this.earlyMargin = settings.earlyMarginMinutes();
        this.measure = settings.measure();
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

    @Override
    public void add(DossierFacts f) {
        final long[] n = this.n;
        n[Metrics.TOTAL]++;
        DossierStatus status = f.status();
        n[Metrics.STATUS + status.ordinal()]++;
        long received = f.receivedEpochSecond();
        if (received == DossierFacts.NO_TIME || status == DossierStatus.REFUSED_AT_RECEPTION) {
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
                n[flag == 1 ? Metrics.PAID_PORTAL : Metrics.PAID_GATEWAY]++;
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
        onTime(f, received, hasResult, negative);
    }

    private void onTime(DossierFacts f, long received, boolean hasResult, boolean negative) {
        final long[] n = this.n;
        long end = f.finishedEpochSecond();
        if (end == DossierFacts.NO_TIME) {
            end = f.returnedEpochSecond();
        }
        boolean open = end == DossierFacts.NO_TIME || end > asOf;
        if (open) {
            end = asOf;
        }
        if (end < received) {
            // Received after the period ended: nothing to measure yet.
            n[Metrics.OT_UNMEASURED]++;
            return;
        }
        int count = f.supplementCount();
        int openRequests = 0;
        long firstOpen = 0;
        for (int i = 0; i < count; i++) {
            long req = f.supplementRequestedEpochSecond(i);
            long done = f.supplementCompletedEpochSecond(i);
            if (req < end && (done == DossierFacts.NO_TIME || done > end) && openRequests++ == 0) {
                firstOpen = req;
            }
        }
        boolean waiting = false;
        if (openRequests == 1) {
            end = Math.max(firstOpen, received);
            waiting = true;
        }
        long supplementMinutes = 0;
        long restartFrom = received;
        for (int i = 0; i < count; i++) {
            long req = f.supplementRequestedEpochSecond(i);
            long done = f.supplementCompletedEpochSecond(i);
            if (req >= end || done == DossierFacts.NO_TIME || done > end) {
                continue;
            }
            if (subtract) {
                supplementMinutes += measure.minutesBetweenEpochSeconds(Math.max(req, received), Math.max(done, received));
            } else if (done > restartFrom) {
                restartFrom = done;
            }
        }
        long used = subtract
                ? Math.max(0, measure.minutesBetweenEpochSeconds(received, end) - supplementMinutes)
                : measure.minutesBetweenEpochSeconds(restartFrom, end);
        if (hasResult && !open) {
            n[Metrics.RESOLVED]++;
            n[Metrics.RESOLUTION_MINUTES] += used;
        }
        long due = f.dueEpochSecond();
        long allowed;
        if (due != DossierFacts.NO_TIME) {
            allowed = due > received ? measure.minutesBetweenEpochSeconds(received, due) : 0;
        } else if (f.legalMaxMinutes() >= 0) {
            allowed = f.legalMaxMinutes();
        } else {
            n[Metrics.OT_UNMEASURED]++;
            return;
        }
        n[Metrics.OT_MEASURED]++;
        if (negative) {
            n[Metrics.OT_NEGATIVE]++;
        }
        boolean stillOpen = open || waiting;
        if (stillOpen) {
            n[Metrics.OT_OPEN]++;
        }
        if (openRequests > 1 || used > allowed) {
            n[Metrics.OT_LATE]++;
            if (stillOpen) {
                n[Metrics.OT_OPEN_LATE]++;
            }
        } else if (!stillOpen && used <= allowed - earlyMargin) {
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
