package dev.dvc4j.stats.report;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.StatsPoints;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.ServiceAccumulator;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.Target;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a report computes: the period, the grouping, how time is measured, targets, the 766 index, a ranking, a time
 * series and a savings estimate. Build with {@link #builder(MeasureSettings)}; immutable.
 *
 * <p>A fact belongs to the period when its reference time ({@code DossierFacts.referenceEpochSecond()}: receipt,
 * else filing) is at or after {@code from} and before {@code to}.
 *
 * @param groupBy grouping dimensions (empty: overall only)
 * @param from start of the period, inclusive, or {@code null}
 * @param to end of the period, exclusive, or {@code null}
 * @param settings how formulas 2.1 and 2.2 measure time ({@code asOf} is the period end for open dossiers)
 * @param targets targets to assess
 * @param index the 766 configuration, or {@code null} for no index
 * @param services the procedure catalogue's counts for service indicators (3.1, 3.5), or {@code null}
 * @param suppliedRates rates of index indicators not computed from facts, by indicator id
 * @param series the time-series granularity, or {@code null} for none
 * @param seriesMetric the rate shown in the series
 * @param ranking how to rank the groups, or {@code null} for no ranking (needs exactly one grouping dimension)
 * @param rankMetric the rate ranked
 * @param savings savings assumptions, or {@code null} for no estimate
 * @param projectionWindowDays trailing days that set the pace of target projections
 */
public record ReportSpec(List<Dimension> groupBy, @Nullable Instant from, @Nullable Instant to,
                         MeasureSettings settings,
                         List<Target> targets, Index766 index, ServiceAccumulator.Result services,
                         Map<String, Rate> suppliedRates, Dimension series, Metric seriesMetric, Ranking ranking,
                         Metric rankMetric, SavingsAssumptions savings, int projectionWindowDays) implements Serializable {

    /** Validates the specification. */
    public ReportSpec {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(suppliedRates, "suppliedRates");
        groupBy = List.copyOf(groupBy);
        Objects.requireNonNull(settings, "settings");
        targets = List.copyOf(targets);
        suppliedRates = Map.copyOf(suppliedRates);
        Objects.requireNonNull(seriesMetric, "seriesMetric");
        Objects.requireNonNull(rankMetric, "rankMetric");
        if (groupBy.size() != groupBy.stream().distinct().count()) {
            throw invalid("Chiều nhóm bị lặp: %s", "A grouping dimension is repeated: %s", groupBy);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("Kỳ báo cáo rỗng: từ %s đến %s", "Empty period: from %s to %s", from, to);
        }
        if (series != null && !series.isTime()) {
            throw invalid("Chuỗi thời gian cần ngày, tuần hoặc tháng: %s", "A series needs day, week or month: %s", series);
        }
        if (ranking != null && groupBy.size() != 1) {
            throw invalid("Xếp hạng cần đúng một chiều nhóm", "A ranking needs exactly one grouping dimension", "");
        }
        if (!seriesMetric.fromDossiers() || !rankMetric.fromDossiers()) {
            throw invalid("Chuỗi và xếp hạng cần chỉ số từ hồ sơ", "Series and rankings need dossier metrics", "");
        }
        if (projectionWindowDays <= 0) {
            throw invalid("Cửa sổ dự báo phải dương: %s", "The projection window must be positive: %s", projectionWindowDays);
        }
    }

    private static StatsException invalid(String vi, String en, Object... arg) {
        return new StatsException("stats.report.spec", LocalizedText.of(vi, en).formatted(arg));
    }

    /**
     * Starts a specification configured by a runtime: time measured by its on-time rule
     * ({@link MeasureSettings#from(Extensions, Instant)}: the working calendar and supplement clock its dossiers'
     * overdue checks use) and the 766 index configuration at {@link StatsPoints#INDEX_766}.
     *
     * @param dvc4j the runtime
     * @param asOf the report's end
     * @return a builder
     */
    public static Builder from(Extensions dvc4j, Instant asOf) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        return new Builder(MeasureSettings.from(dvc4j, asOf)).index766(dvc4j.get(StatsPoints.INDEX_766));
    }

    /**
     * Starts a specification.
     *
     * @param settings how time is measured; its {@code asOf} is the report's end
     * @return a builder
     */
    public static Builder builder(MeasureSettings settings) {
        return new Builder(settings);
    }

    /** Builds a {@link ReportSpec}. */
    public static final class Builder {
        private final MeasureSettings settings;
        private final List<Dimension> groupBy = new ArrayList<>();
        private Instant from;
        private Instant to;
        private final List<Target> targets = new ArrayList<>();
        private Index766 index;
        private ServiceAccumulator.Result services;
        private final Map<String, Rate> supplied = new LinkedHashMap<>();
        private Dimension series;
        private Metric seriesMetric = Metric.ONLINE_SHARE;
        private Ranking ranking;
        private Metric rankMetric = Metric.ON_TIME;
        private SavingsAssumptions savings;
        private int window = 28;

        private Builder(MeasureSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** @param dims grouping dimensions, in order @return this builder */
        public Builder groupBy(Dimension... dims) {
            groupBy.addAll(List.of(dims));
            return this;
        }

        /** @param dims grouping dimensions, in order @return this builder */
        public Builder groupBy(List<Dimension> dims) {
            groupBy.addAll(dims);
            return this;
        }

        /** @param start the period start, inclusive, or {@code null} @param end the end, exclusive, or {@code null} @return this builder */
        public Builder period(Instant start, Instant end) {
            this.from = start;
            this.to = end;
            return this;
        }

        /** @param t targets to assess @return this builder */
        public Builder targets(List<Target> t) {
            targets.addAll(t);
            return this;
        }

        /** @param config the 766 configuration ({@link Index766#bundled()}) @return this builder */
        public Builder index766(Index766 config) {
            this.index = config;
            return this;
        }

        /** @param catalogue the procedure catalogue's counts @return this builder */
        public Builder services(ServiceAccumulator.Result catalogue) {
            this.services = catalogue;
            return this;
        }

        /** @param indicatorId an index indicator id @param rate its rate @return this builder */
        public Builder suppliedRate(String indicatorId, Rate rate) {
            supplied.put(indicatorId, rate);
            return this;
        }

        /** @param granularity day, week or month @param metric the rate shown @return this builder */
        public Builder series(Dimension granularity, Metric metric) {
            this.series = granularity;
            this.seriesMetric = metric;
            return this;
        }

        /** @param r how to rank @param metric the rate ranked @return this builder */
        public Builder ranking(Ranking r, Metric metric) {
            this.ranking = r;
            this.rankMetric = metric;
            return this;
        }

        /** @param assumptions savings assumptions @return this builder */
        public Builder savings(SavingsAssumptions assumptions) {
            this.savings = assumptions;
            return this;
        }

        /** @param days trailing days for projections @return this builder */
        public Builder projectionWindowDays(int days) {
            this.window = days;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the specification
         * @throws StatsException if inconsistent
         */
        public ReportSpec build() {
            return new ReportSpec(groupBy, from, to, settings, targets, index, services, supplied, series,
                    seriesMetric, ranking, rankMetric, savings, window);
        }
    }
}
