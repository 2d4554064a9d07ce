package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.core.io.ReadSummary;
import java.util.List;
import org.apache.beam.sdk.transforms.Combine;

/** Combines the per-bundle read summaries; the identity is the summary of nothing. */
public final class ReadSummaryCombineFn extends Combine.BinaryCombineFn<ReadSummary> {

    private static final long serialVersionUID = 1L;

    private final int maxProblems;

    /**
     * A combine function.
     *
     * @param maxProblems problems kept
     */
    public ReadSummaryCombineFn(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    @Override
    public ReadSummary apply(ReadSummary left, ReadSummary right) {
        return ReadSummaries.plus(left, right, maxProblems);
    }

    @Override
    public ReadSummary identity() {
        return ReadSummary.EMPTY;
    }
}
