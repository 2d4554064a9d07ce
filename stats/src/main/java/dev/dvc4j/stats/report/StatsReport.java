package dev.dvc4j.stats.report;

import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.TimeSeries;
import dev.dvc4j.core.io.ReadSummary;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A computed report, renderable with {@link ReportRenderer} as JSON, CSV or a text table in Vietnamese or English.
 *
 * @param spec what was computed
 * @param overall the metrics of every fact in the period
 * @param groups the metrics of each group (empty when not grouped)
 * @param ranking the ranked groups (empty when not ranked)
 * @param targets the target assessments
 * @param index766 the 766 score card of all facts, or {@code null}
 * @param groupIndex766 each group's 766 score card (dossier indicators only), empty without an index
 * @param series the time series, or {@code null}
 * @param savings the savings estimate, or {@code null}
 * @param outOfPeriod facts skipped because their reference time is outside the period
 * @param input what reading the input did, or {@code null} when facts came from memory
 */
public record StatsReport(ReportSpec spec, Metrics overall, SortedMap<GroupKey, Metrics> groups,
                          List<Ranking.Entry> ranking, List<TargetAssessment> targets,
                          Index766.@Nullable Score index766,
                          Map<GroupKey, Index766.Score> groupIndex766, @Nullable TimeSeries series,
                          SavingsAccumulator.@Nullable Savings savings, long outOfPeriod, @Nullable ReadSummary input)
        implements Serializable {

    /** Copies the collections. */
    public StatsReport {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(groupIndex766, "groupIndex766");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(overall, "overall");
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
        ranking = List.copyOf(ranking);
        targets = List.copyOf(targets);
        groupIndex766 = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupIndex766));
    }

    /**
     * The same report with the input's read summary attached.
     *
     * @param summary the summary, or {@code null} for a report whose facts came from memory
     * @return the report
     */
    public StatsReport withInput(@Nullable ReadSummary summary) {
        return new StatsReport(spec, overall, groups, ranking, targets, index766, groupIndex766, series, savings,
                outOfPeriod, summary);
    }
}
