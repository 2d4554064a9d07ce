package dev.dvc4j.stats.beam;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Shared test data, the report specification and a way to collect a pipeline's output in this JVM. */
final class BeamFixtures {

    /** A few thousand generated facts: the DirectRunner is heavy, the dataset is kept small. */
    static final List<DossierFacts> FACTS = SyntheticFacts.builder().seed(20261122)
            .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).build().stream(3000)
            .collect(Collectors.toUnmodifiableList());

    private static final Map<String, List<Object>> OUTPUTS = new ConcurrentHashMap<>();

    private BeamFixtures() {
    }

    /** Every part of a report: groups by province, targets (one scoped), 766 index, series, ranking, savings. */
    static ReportSpec spec() {
        return ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-01T00:00:00Z")))
                .groupBy(Dimension.PROVINCE)
                .period(Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"))
                .targets(List.of(Target.rate("online", Metric.ONLINE_SHARE, BigDecimal.valueOf(50),
                                LocalDate.of(2026, 12, 31)),
                        Target.rate("on-time-79", Metric.ON_TIME, BigDecimal.valueOf(95), null)
                                .within(Dimension.PROVINCE, "79")))
                .index766(Index766.bundled())
                .suppliedRate("1.1", Rate.of(9, 10))
                .series(Dimension.WEEK, Metric.ON_TIME)
                .ranking(Ranking.byWilsonLowerBound(), Metric.ON_TIME)
                .savings(SavingsAssumptions.seedDefaults())
                .build();
    }

    /** A grouping by two dimensions (composite keys), no period. */
    static ReportSpec twoDimensionSpec() {
        return ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-04-01T00:00:00Z")))
                .groupBy(Dimension.PROVINCE, Dimension.CHANNEL)
                .build();
    }

    /**
     * A DirectRunner pipeline.
     *
     * @param workers the DirectRunner's target parallelism
     * @return the pipeline
     */
    static Pipeline pipeline(int workers) {
        DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
        options.setRunner(DirectRunner.class);
        options.setTargetParallelism(workers);
        options.setBlockOnRun(true);
        return Pipeline.create(options);
    }

    /** Collects a collection's elements into this JVM (DirectRunner only). */
    static final class Collector<T> {
        private final String id = UUID.randomUUID().toString();

        Collector(PCollection<T> collection) {
            OUTPUTS.put(id, java.util.Collections.synchronizedList(new ArrayList<>()));
            collection.apply("collect-" + id, ParDo.of(new CollectFn<T>(id)));
        }

        @SuppressWarnings("unchecked")
        List<T> values() {
            return List.copyOf((List<T>) (List<?>) OUTPUTS.remove(id));
        }
    }

    /** Adds each element to the list of its collector. */
    private static final class CollectFn<T> extends DoFn<T, Void> {
        private static final long serialVersionUID = 1L;
        private final String key;

        CollectFn(String key) {
            this.key = key;
        }

        @ProcessElement
        public void process(@Element T element) {
            OUTPUTS.get(key).add(element);
        }
    }

    static StatsReport single(List<StatsReport> reports) {
        if (reports.size() != 1) {
            throw new AssertionError("expected one report, got " + reports.size());
        }
        return reports.get(0);
    }
}
