package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.beam.AccumulatorCombineFn;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * {@link AccumulatorCombineFn} over {@link ReportAccumulator}, its output {@link Shipped}: {@code Combine.globally}
 * Java-serializes the report of an empty input as its default value, and a report can hold core values that only
 * {@link StatsSerialization} can serialize. {@link Unship} unwraps the output.
 */
public final class ReportCombineFn extends Combine.CombineFn<DossierFacts, ReportAccumulator, Shipped<StatsReport>> {

    private static final long serialVersionUID = 1L;

    private final AccumulatorCombineFn<DossierFacts, ReportAccumulator, StatsReport> fn;

    /**
     * A combine function.
     *
     * @param spec what to compute
     */
    public ReportCombineFn(ReportSpec spec) {
        this.fn = AccumulatorCombineFn.of(ReportAccumulator.of(spec));
    }

    @Override
    public ReportAccumulator createAccumulator() {
        return fn.createAccumulator();
    }

    @Override
    public ReportAccumulator addInput(ReportAccumulator accumulator, DossierFacts input) {
        return fn.addInput(accumulator, input);
    }

    @Override
    public ReportAccumulator mergeAccumulators(Iterable<ReportAccumulator> accumulators) {
        return fn.mergeAccumulators(accumulators);
    }

    @Override
    public Shipped<StatsReport> extractOutput(ReportAccumulator accumulator) {
        return Shipped.of(fn.extractOutput(accumulator));
    }

    @Override
    public Coder<ReportAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<DossierFacts> inputCoder) {
        return fn.getAccumulatorCoder(registry, inputCoder);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<Shipped<StatsReport>> getDefaultOutputCoder(CoderRegistry registry, Coder<DossierFacts> inputCoder) {
        return (Coder) JavaSerializedCoder.of(Shipped.class);
    }

    /** Unwraps the report. */
    public static final class Unship extends DoFn<Shipped<StatsReport>, StatsReport> {
        private static final long serialVersionUID = 1L;

        /**
         * Outputs the report.
         *
         * @param shipped the wrapped report
         * @param out the output
         */
        @ProcessElement
        public void process(@Element Shipped<StatsReport> shipped, OutputReceiver<StatsReport> out) {
            out.output(shipped.get());
        }
    }
}
