package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.beam.AccumulatorCombineFn;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * {@link AccumulatorCombineFn} over {@link ReportAccumulator}, with the report's output coder stated (the generic
 * function cannot infer it).
 */
public final class ReportCombineFn extends Combine.CombineFn<DossierFacts, ReportAccumulator, StatsReport> {

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
    public StatsReport extractOutput(ReportAccumulator accumulator) {
        return fn.extractOutput(accumulator);
    }

    @Override
    public Coder<ReportAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<DossierFacts> inputCoder) {
        return fn.getAccumulatorCoder(registry, inputCoder);
    }

    @Override
    public Coder<StatsReport> getDefaultOutputCoder(CoderRegistry registry, Coder<DossierFacts> inputCoder) {
        return JavaSerializedCoder.of(StatsReport.class);
    }
}
