package dev.dvc4j.stats.beam;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.beam.internal.JavaSerializedCoder;
import dev.dvc4j.stats.beam.internal.PartialReports;
import dev.dvc4j.stats.beam.internal.ReportCombineFn;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;

/**
 * Computes the same {@link StatsReport} as {@link ReportAccumulator#compute(ReportSpec, Iterable)} in one JVM, on any
 * Beam runner: a {@code PCollection<DossierFacts>} becomes a {@code PCollection<StatsReport>} holding one report.
 * Each bundle of facts is folded into one partial {@link ReportAccumulator} where it is processed, and the partial
 * accumulators are merged with {@code Combine.globally}: only one small accumulator per bundle crosses the network,
 * and the numbers do not depend on how the runner splits the input.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(options);
 * PCollection<StatsReport> report = p
 *         .apply(TextIO.read().from("facts-*.jsonl"))
 *         .apply(ReportTransform.fromJsonLines(spec));
 * }</pre>
 *
 * <p>In the global window (batch) the output always holds exactly one report, an empty one for no input. In other
 * windows (streaming) each window with facts gets its own report, computed with {@code Combine.globally} of
 * {@link AccumulatorCombineFn} over {@link ReportAccumulator}.
 */
public final class ReportTransform extends PTransform<PCollection<DossierFacts>, PCollection<StatsReport>> {

    private static final long serialVersionUID = 1L;

    private final ReportSpec spec;
    private final int fanout;

    private ReportTransform(ReportSpec spec, int fanout) {
        super("dvc4j-report");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.fanout = fanout;
    }

    /**
     * The report of a collection of facts.
     *
     * @param spec what to compute
     * @return the transform
     */
    public static ReportTransform of(ReportSpec spec) {
        return new ReportTransform(spec, 0);
    }

    /**
     * The report of a collection of JSON Lines (one fact per element, as {@code TextIO.read()} gives them), read
     * leniently like {@link FactsReader#jsonLines()}: malformed lines are counted in the report's
     * {@link StatsReport#input() input} summary.
     *
     * @param spec what to compute
     * @return the transform
     */
    public static JsonLinesReportTransform fromJsonLines(ReportSpec spec) {
        return new JsonLinesReportTransform(spec, ReadMode.LENIENT, FactsReader.DEFAULT_MAX_PROBLEMS, 0);
    }

    /**
     * A copy merging partial reports through an intermediate layer of this many keys, which spreads the final merge
     * over more workers when the input is very large (Beam's {@code Combine.Globally.withFanout}).
     *
     * @param keys intermediate keys, at least 2
     * @return the transform
     * @throws StatsException ({@code stats.beam.fanout}) if {@code keys} is below 2
     */
    public ReportTransform withFanout(int keys) {
        checkFanout(keys);
        return new ReportTransform(spec, keys);
    }

    static void checkFanout(int keys) {
        if (keys < 2) {
            throw new StatsException("stats.beam.fanout", LocalizedText.of(
                    "Số khóa trung gian phải từ 2 trở lên: %d", "The fanout must be at least 2: %d").formatted(keys));
        }
    }

    /** @return the specification */
    public ReportSpec spec() {
        return spec;
    }

    @Override
    public PCollection<StatsReport> expand(PCollection<DossierFacts> facts) {
        if (facts.getWindowingStrategy().getWindowFn() instanceof GlobalWindows) {
            // Batch: one partial accumulator per bundle, then a merge of the partials.
            PCollection<ReportAccumulator> partials = facts
                    .apply("accumulate-bundles", ParDo.of(new PartialReports.AccumulateFn(spec)))
                    .setCoder(PartialReports.ACCUMULATOR_CODER);
            return merge(partials, spec, fanout);
        }
        // Windowed: Beam's own combine, one report per window with facts.
        // Beam fans out through intermediate keys from 2 of them; a fanout of 0 (none asked for) is its default.
        Combine.Globally<DossierFacts, StatsReport> combine =
                Combine.globally(new ReportCombineFn(spec)).withoutDefaults().withFanout(fanout);
        return facts.apply("combine-report", combine).setCoder(JavaSerializedCoder.of(StatsReport.class));
    }

    /** Merges partial accumulators (global window) into exactly one report. */
    static PCollection<StatsReport> merge(PCollection<ReportAccumulator> partials, ReportSpec spec, int fanout) {
        // Beam fans out through intermediate keys from 2 of them; a fanout of 0 (none asked for) is its default.
        Combine.Globally<ReportAccumulator, StatsReport> combine =
                Combine.globally(new PartialReports.MergeFn(spec)).withFanout(fanout);
        return partials.apply("merge-partials", combine).setCoder(JavaSerializedCoder.of(StatsReport.class));
    }
}
