package dev.dvc4j.stats.beam.internal;

import static dev.dvc4j.stats.beam.internal.InternalFixtures.FACTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.beam.internal.InternalFixtures.Emitted;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Combine;
import org.junit.jupiter.api.Test;

/** The map-side fold and the merge of partial reports, called as a runner calls them. */
class PartialReportsTest {

    private final ReportSpec spec = InternalFixtures.spec();

    @Test
    void eachBundleWithFactsEmitsOneAccumulatorAndAnEmptyBundleNothing() {
        PartialReports.AccumulateFn fn = new PartialReports.AccumulateFn(spec);
        List<Emitted> out = new ArrayList<>();
        fn.startBundle();
        FACTS.subList(0, 100).forEach(fn::process);
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        fn.startBundle();
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        fn.startBundle();
        fn.process(FACTS.get(100));
        fn.finishBundle(InternalFixtures.finishContext(fn, out));

        assertThat(out).extracting(e -> ((ReportAccumulator) e.value()).result()).containsExactly(
                ReportAccumulator.compute(spec, FACTS.subList(0, 100)),
                ReportAccumulator.compute(spec, FACTS.subList(100, 101)));
        assertThat(out).extracting(Emitted::tag).containsOnlyNulls();
    }

    @Test
    void partialsMergeIntoTheReportOfAllTheirFactsAndNoPartialsIntoTheEmptyReport() {
        PartialReports.MergeFn fn = new PartialReports.MergeFn(spec);
        List<ReportAccumulator> partials = new ArrayList<>();
        for (int from = 0; from < FACTS.size(); from += 70) {
            partials.add(fold(FACTS.subList(from, Math.min(FACTS.size(), from + 70))));
        }
        StatsReport all = ReportAccumulator.compute(spec, FACTS);

        ReportAccumulator one = addInputs(fn, partials.subList(0, 2));
        ReportAccumulator two = addInputs(fn, partials.subList(2, partials.size()));
        assertThat(fn.extractOutput(fn.mergeAccumulators(List.of(one, two)))).isEqualTo(all);
        assertThat(fn.extractOutput(fn.mergeAccumulators(List.of(fold(FACTS))))).isEqualTo(all);
        assertThat(fn.extractOutput(fn.mergeAccumulators(List.of())))
                .isEqualTo(ReportAccumulator.compute(spec, List.of()));
        assertThat(fn.extractOutput(fn.createAccumulator())).isEqualTo(ReportAccumulator.compute(spec, List.of()));
    }

    @Test
    void theCombineFunctionsNameTheirCoders() {
        CoderRegistry registry = Pipeline.create(PipelineOptionsFactory.create()).getCoderRegistry();
        PartialReports.MergeFn merge = new PartialReports.MergeFn(spec);
        assertThat(merge.getAccumulatorCoder(registry, PartialReports.ACCUMULATOR_CODER))
                .isSameAs(PartialReports.ACCUMULATOR_CODER)
                .isEqualTo(JavaSerializedCoder.of(ReportAccumulator.class));
        assertThat(merge.getDefaultOutputCoder(registry, PartialReports.ACCUMULATOR_CODER))
                .isEqualTo(JavaSerializedCoder.of(StatsReport.class));
        ReportCombineFn combine = new ReportCombineFn(spec);
        assertThat(combine.getDefaultOutputCoder(registry, null)).isEqualTo(JavaSerializedCoder.of(StatsReport.class));
        assertThat(combine.getAccumulatorCoder(registry, null)).isEqualTo(PartialReports.ACCUMULATOR_CODER);
    }

    @Test
    void theReportCombineFunctionFoldsAndMergesFacts() {
        ReportCombineFn fn = new ReportCombineFn(spec);
        ReportAccumulator left = addInputs(fn, FACTS.subList(0, 120));
        ReportAccumulator right = addInputs(fn, FACTS.subList(120, FACTS.size()));
        assertThat(fn.extractOutput(fn.mergeAccumulators(List.of(left, right))))
                .isEqualTo(ReportAccumulator.compute(spec, FACTS));
    }

    /** Inputs added one by one to a new accumulator of the function, as a runner adds them. */
    private static <I> ReportAccumulator addInputs(Combine.CombineFn<I, ReportAccumulator, ?> fn, List<I> inputs) {
        ReportAccumulator a = fn.createAccumulator();
        for (I input : inputs) {
            a = fn.addInput(a, input);
        }
        return a;
    }

    private ReportAccumulator fold(List<DossierFacts> facts) {
        ReportAccumulator a = ReportAccumulator.of(spec);
        facts.forEach(a::add);
        return a;
    }
}
