package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.util.Iterator;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;

/**
 * Map-side combining, done explicitly: each bundle folds its facts into one {@link ReportAccumulator} and emits it
 * when the bundle ends ({@link AccumulateFn}); the partial accumulators are then merged ({@link MergeFn}). Runners
 * that lift combiners do the same inside {@code Combine}; Beam's DirectRunner does not, and would otherwise send
 * every fact through a single-key group. Global window only (bundle outputs carry the global window).
 */
public final class PartialReports {

    private PartialReports() {
    }

    /** The coder of partial accumulators (Java serialization through {@link StatsSerialization}). */
    public static final Coder<ReportAccumulator> ACCUMULATOR_CODER = JavaSerializedCoder.of(ReportAccumulator.class);

    /** Folds each bundle's facts into one accumulator, emitted at the end of the bundle. */
    public static final class AccumulateFn extends DoFn<DossierFacts, ReportAccumulator> {
        private static final long serialVersionUID = 1L;
        private final ReportSpec spec;
        private transient ReportAccumulator bundle;
        private transient boolean any;

        /**
         * A function.
         *
         * @param spec what to compute
         */
        public AccumulateFn(ReportSpec spec) {
            this.spec = spec;
        }

        /** Starts a bundle. */
        @StartBundle
        public void startBundle() {
            bundle = ReportAccumulator.of(spec);
            any = false;
        }

        /**
         * Adds a fact.
         *
         * @param f the fact
         */
        @ProcessElement
        public void process(@Element DossierFacts f) {
            bundle.add(f);
            any = true;
        }

        /**
         * Emits the bundle's accumulator.
         *
         * @param c the context
         */
        @FinishBundle
        public void finishBundle(FinishBundleContext c) {
            if (any) {
                c.output(bundle, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
            }
            bundle = null;
        }
    }

    /** Merges partial accumulators into the report; no partials give the empty report. */
    public static final class MergeFn extends Combine.CombineFn<ReportAccumulator, ReportAccumulator, StatsReport> {
        private static final long serialVersionUID = 1L;
        private final ReportSpec spec;

        /**
         * A function.
         *
         * @param spec what is computed
         */
        public MergeFn(ReportSpec spec) {
            this.spec = spec;
        }

        @Override
        public ReportAccumulator createAccumulator() {
            return ReportAccumulator.of(spec);
        }

        @Override
        public ReportAccumulator addInput(ReportAccumulator accumulator, ReportAccumulator partial) {
            return accumulator.merge(partial);
        }

        @Override
        public ReportAccumulator mergeAccumulators(Iterable<ReportAccumulator> accumulators) {
            Iterator<ReportAccumulator> it = accumulators.iterator();
            if (!it.hasNext()) {
                return createAccumulator();
            }
            ReportAccumulator first = it.next();
            while (it.hasNext()) {
                first.merge(it.next());
            }
            return first;
        }

        @Override
        public StatsReport extractOutput(ReportAccumulator accumulator) {
            return accumulator.result();
        }

        @Override
        public Coder<ReportAccumulator> getAccumulatorCoder(CoderRegistry registry,
                                                            Coder<ReportAccumulator> inputCoder) {
            return ACCUMULATOR_CODER;
        }

        @Override
        public Coder<StatsReport> getDefaultOutputCoder(CoderRegistry registry, Coder<ReportAccumulator> inputCoder) {
            return JavaSerializedCoder.of(StatsReport.class);
        }
    }
}
