package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;

/** Facts, a specification, and the outputs of a bundle's end, for calling the internal functions directly. */
final class InternalFixtures {

    static final List<DossierFacts> FACTS = SyntheticFacts.builder().seed(20261207)
            .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).build().stream(300)
            .collect(Collectors.toUnmodifiableList());

    private InternalFixtures() {
    }

    static ReportSpec spec() {
        return ReportSpec.builder(MeasureSettings.wallClock(java.time.Instant.parse("2026-04-01T00:00:00Z")))
                .groupBy(Dimension.PROVINCE)
                .build();
    }

    /** What a function emitted when its bundle finished: each output with its tag (null for the main output). */
    record Emitted(TupleTag<?> tag, Object value) {
    }

    /**
     * The context a runner passes to a {@code @FinishBundle} method, recording the outputs; every output must be in
     * the global window at its end.
     */
    static <I, O> DoFn<I, O>.FinishBundleContext finishContext(DoFn<I, O> fn, List<Emitted> out) {
        return fn.new FinishBundleContext() {
            @Override
            public PipelineOptions getPipelineOptions() {
                return PipelineOptionsFactory.create();
            }

            @Override
            public void output(O output, Instant timestamp, BoundedWindow window) {
                check(timestamp, window);
                out.add(new Emitted(null, output));
            }

            @Override
            public <T> void output(TupleTag<T> tag, T output, Instant timestamp, BoundedWindow window) {
                check(timestamp, window);
                out.add(new Emitted(tag, output));
            }
        };
    }

    private static void check(Instant timestamp, BoundedWindow window) {
        if (window != GlobalWindow.INSTANCE || !timestamp.equals(GlobalWindow.INSTANCE.maxTimestamp())) {
            throw new AssertionError("not at the end of the global window: " + timestamp + " " + window);
        }
    }

    static List<Object> values(List<Emitted> out, TupleTag<?> tag) {
        List<Object> values = new ArrayList<>();
        for (Emitted e : out) {
            if (java.util.Objects.equals(e.tag(), tag)) {
                values.add(e.value());
            }
        }
        return values;
    }
}
