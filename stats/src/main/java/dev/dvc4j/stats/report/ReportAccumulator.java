package dev.dvc4j.stats.report;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.GroupedAccumulator;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.MetricsAccumulator;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computes a {@link StatsReport} in one pass: mergeable like every accumulator, so a report can be computed in
 * pieces (threads, files, machines) and merged.
 */
public final class ReportAccumulator implements Accumulator<DossierFacts, ReportAccumulator, StatsReport> {

    private static final long serialVersionUID = 1L;

    private final ReportSpec spec;
    private final long from;
    private final long to;
    private final MetricsAccumulator overall;
    private final GroupedAccumulator<MetricsAccumulator, Metrics> groups;
    private final GroupedAccumulator<MetricsAccumulator, Metrics> series;
    private final GroupedAccumulator<MetricsAccumulator, Metrics> daily;
    private final List<MetricsAccumulator> targetTotals = new ArrayList<>();
    private final List<GroupedAccumulator<MetricsAccumulator, Metrics>> targetDaily = new ArrayList<>();
    private final SavingsAccumulator savings;
    private long outOfPeriod;

    private ReportAccumulator(ReportSpec spec) {
        this.spec = spec;
        this.from = spec.from() == null ? Long.MIN_VALUE : spec.from().getEpochSecond();
        this.to = spec.to() == null ? Long.MAX_VALUE : spec.to().getEpochSecond();
        this.overall = MetricsAccumulator.empty(spec.settings());
        this.groups = spec.groupBy().isEmpty() ? null : GroupedAccumulator.of(spec.groupBy(), overall);
        this.series = spec.series() == null ? null : GroupedAccumulator.of(List.of(spec.series()), overall);
        boolean anyTargets = !spec.targets().isEmpty();
        this.daily = anyTargets ? GroupedAccumulator.of(List.of(Dimension.DAY), overall) : null;
        for (Target t : spec.targets()) {
            boolean scoped = !t.scope().isEmpty();
            targetTotals.add(scoped ? overall.empty() : null);
            targetDaily.add(scoped ? GroupedAccumulator.of(List.of(Dimension.DAY), overall) : null);
        }
        this.savings = spec.savings() == null ? null : SavingsAccumulator.empty(spec.savings());
    }

    /**
     * An empty report accumulator.
     *
     * @param spec what to compute
     * @return the accumulator
     */
    public static ReportAccumulator of(ReportSpec spec) {
        return new ReportAccumulator(spec);
    }

    /**
     * Computes a report over facts.
     *
     * @param spec what to compute
     * @param facts the facts
     * @return the report
     */
    public static StatsReport compute(ReportSpec spec, Iterable<DossierFacts> facts) {
        Objects.requireNonNull(facts, "facts");
        return of(spec).addAll(facts).result();
    }

    /** @return the specification */
    public ReportSpec spec() {
        return spec;
    }

    @Override
    public ReportAccumulator empty() {
        return new ReportAccumulator(spec);
    }

    @Override
    public void add(DossierFacts f) {
        long t = f.referenceEpochSecond();
        if (t < from || t >= to) {
            outOfPeriod++;
            return;
        }
        overall.add(f);
        if (groups != null) {
            groups.add(f);
        }
        if (series != null) {
            series.add(f);
        }
        if (daily != null) {
            daily.add(f);
            for (int i = 0; i < targetTotals.size(); i++) {
                MetricsAccumulator scoped = targetTotals.get(i);
                if (scoped != null && spec.targets().get(i).covers(f)) {
                    scoped.add(f);
                    targetDaily.get(i).add(f);
                }
            }
        }
        if (savings != null) {
            savings.add(f);
        }
    }

    @Override
    public ReportAccumulator merge(ReportAccumulator other) {
        if (!spec.equals(other.spec)) {
            throw new StatsException("stats.merge.settings", LocalizedText.of(
                    "Không thể gộp hai báo cáo khác đặc tả", "Cannot merge reports with different specifications"));
        }
        overall.merge(other.overall);
        if (groups != null) {
            groups.merge(other.groups);
        }
        if (series != null) {
            series.merge(other.series);
        }
        if (daily != null) {
            daily.merge(other.daily);
        }
        for (int i = 0; i < targetTotals.size(); i++) {
            if (targetTotals.get(i) != null) {
                targetTotals.get(i).merge(other.targetTotals.get(i));
                targetDaily.get(i).merge(other.targetDaily.get(i));
            }
        }
        if (savings != null) {
            savings.merge(other.savings);
        }
        outOfPeriod += other.outOfPeriod;
        return this;
    }

    @Override
    public StatsReport result() {
        Metrics all = overall.result();
        SortedMap<GroupKey, Metrics> groupResults = groups == null ? new TreeMap<>() : groups.result();
        // The last day with data: the day of the last second before the measuring instant (an instant at midnight
        // ends the day before; the day it starts holds nothing yet).
        LocalDate asOfDay = LocalDate.ofEpochDay(VnTimes.localEpochDay(spec.settings().asOf().getEpochSecond() - 1));
        List<TargetAssessment> assessments = new ArrayList<>();
        if (daily != null) {
            SortedMap<GroupKey, Metrics> dailyAll = daily.result();
            for (int i = 0; i < spec.targets().size(); i++) {
                Target t = spec.targets().get(i);
                boolean scoped = targetTotals.get(i) != null;
                assessments.add(TargetAssessment.assess(t, scoped ? targetTotals.get(i).result() : all,
                        scoped ? targetDaily.get(i).result() : dailyAll, asOfDay, spec.projectionWindowDays()));
            }
        }
        Index766.Score index = null;
        Map<GroupKey, Index766.Score> groupIndex = new LinkedHashMap<>();
        if (spec.index() != null) {
            index = spec.index().score(all, spec.services(), spec.suppliedRates());
            for (Map.Entry<GroupKey, Metrics> e : groupResults.entrySet()) {
                groupIndex.put(e.getKey(), spec.index().score(e.getValue(), null, Map.of()));
            }
        }
        List<dev.dvc4j.stats.Ranking.Entry> ranking = List.of();
        if (spec.ranking() != null) {
            Map<GroupKey, Rate> rates = new LinkedHashMap<>();
            groupResults.forEach((k, m) -> rates.put(k, m.rate(spec.rankMetric())));
            ranking = spec.ranking().rank(rates);
        }
        TimeSeries ts = null;
        if (series != null) {
            LocalDate first = spec.from() == null ? null
                    : LocalDate.ofEpochDay(VnTimes.localEpochDay(spec.from().getEpochSecond()));
            LocalDate last = spec.to() == null ? null
                    : LocalDate.ofEpochDay(VnTimes.localEpochDay(spec.to().getEpochSecond() - 1));
            ts = TimeSeries.of(spec.series(), spec.seriesMetric(), series.result(), first, last);
        }
        return new StatsReport(spec, all, groupResults, ranking, assessments, index, groupIndex, ts,
                savings == null ? null : savings.result(), outOfPeriod, null);
    }
}
