package dev.dvc4j.stats.beam;

import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.beam.internal.JavaSerializedCoder;
import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Runs any dvc4j {@link Accumulator} as a Beam {@link Combine.CombineFn}, unchanged: Beam's accumulator is the
 * dvc4j accumulator itself, {@code addInput} is {@link Accumulator#add(Object)}, {@code mergeAccumulators} is
 * {@link Accumulator#merge(Accumulator)} and {@code extractOutput} is {@link Accumulator#result()}. Because dvc4j
 * accumulators are monoids, the result does not depend on how a runner splits the input into bundles or in which
 * order it merges partial results.
 *
 * <pre>{@code
 * PCollection<Metrics> metrics = facts.apply(
 *         Combine.globally(AccumulatorCombineFn.of(MetricsAccumulator.empty(settings))));
 * PCollection<KV<String, Metrics>> perProvince = factsByProvince.apply(
 *         Combine.perKey(AccumulatorCombineFn.of(MetricsAccumulator.empty(settings))));
 * }</pre>
 *
 * <p>The function itself, partial accumulators and (unless the pipeline registers another coder for its type) the
 * result travel between workers with Java serialization: every dvc4j accumulator is {@link java.io.Serializable}.
 * Settings holding a custom {@link dev.dvc4j.core.calendar.WorkingTimeMeasure} must therefore hold a serializable one.
 *
 * @param <T> the input type (usually {@link dev.dvc4j.stats.DossierFacts})
 * @param <A> the dvc4j accumulator type
 * @param <R> the result type
 */
public final class AccumulatorCombineFn<T, A extends Accumulator<T, A, R>, R> extends Combine.CombineFn<T, A, R> {

    private static final long serialVersionUID = 1L;

    private final A prototype;

    private AccumulatorCombineFn(A prototype) {
        this.prototype = Objects.requireNonNull(prototype, "prototype").empty();
    }

    /**
     * The combine function of an accumulator.
     *
     * @param prototype an accumulator with the wanted settings; only its {@link Accumulator#empty()} is used
     * @param <T> the input type
     * @param <A> the accumulator type
     * @param <R> the result type
     * @return the combine function
     */
    public static <T, A extends Accumulator<T, A, R>, R> AccumulatorCombineFn<T, A, R> of(A prototype) {
        return new AccumulatorCombineFn<>(prototype);
    }

    /** @return an empty accumulator with this function's settings */
    public A prototype() {
        return prototype.empty();
    }

    @Override
    public A createAccumulator() {
        return prototype.empty();
    }

    @Override
    public A addInput(A accumulator, T input) {
        accumulator.add(input);
        return accumulator;
    }

    /** Merges into the first accumulator (Beam allows modifying and returning an input accumulator). */
    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
        Iterator<A> it = accumulators.iterator();
        if (!it.hasNext()) {
            return prototype.empty();
        }
        A first = it.next();
        while (it.hasNext()) {
            first.merge(it.next());
        }
        return first;
    }

    @Override
    public R extractOutput(A accumulator) {
        return accumulator.result();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
        return JavaSerializedCoder.of((Class<A>) prototype.getClass());
    }

    /**
     * The coder registered for the result type if there is one, else Java serialization.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
        TypeDescriptor<R> type = getOutputType();
        try {
            return super.getDefaultOutputCoder(registry, inputCoder);
        } catch (CannotProvideCoderException e) {
            return JavaSerializedCoder.of((Class<R>) type.getRawType());
        }
    }

    @Override
    public String toString() {
        return "AccumulatorCombineFn[" + prototype + "]";
    }
}
