package dev.dvc4j.stats;

import java.io.Serializable;

/**
 * A mergeable statistic (a monoid): {@link #empty()} is the identity, {@link #add(Object)} folds one input in,
 * {@link #merge(Accumulator)} combines two partial results, {@link #result()} reads an immutable snapshot.
 * Merging is associative and the empty accumulator is its identity, so any split of the input (threads, files,
 * machines) gives the same result. Accumulators are mutable and not thread-safe: give each thread its own and
 * merge them.
 *
 * @param <T> what is added (usually {@link DossierFacts})
 * @param <A> the accumulator's own type
 * @param <R> the result type
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> extends Serializable {

    /**
     * A new, empty accumulator with the same settings: the identity of {@link #merge(Accumulator)}.
     *
     * @return a new accumulator
     */
    A empty();

    /**
     * Folds one input in.
     *
     * @param input the input
     */
    void add(T input);

    /**
     * Adds another accumulator's contents to this one. The other accumulator is left unchanged.
     *
     * @param other an accumulator with the same settings
     * @return this accumulator
     * @throws StatsException if the settings differ
     */
    A merge(A other);

    /**
     * An immutable snapshot of the statistic; the accumulator may go on.
     *
     * @return the result
     */
    R result();

    /**
     * Folds every input in.
     *
     * @param inputs the inputs
     * @return this accumulator
     */
    @SuppressWarnings("unchecked")
    default A addAll(Iterable<? extends T> inputs) {
        for (T t : inputs) {
            add(t);
        }
        return (A) this;
    }
}
