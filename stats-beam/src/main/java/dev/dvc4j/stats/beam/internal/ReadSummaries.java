package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Adds read summaries in any order to the same result: counts add up, the problems kept are the smallest. */
final class ReadSummaries {

    /** Problems in a split-independent order: code, then English and Vietnamese message, then line. */
    static final Comparator<ReadProblem> ORDER = Comparator.comparing(ReadProblem::code)
            .thenComparing(p -> p.message().en())
            .thenComparing(p -> p.message().vi())
            .thenComparingLong(ReadProblem::line);

    private ReadSummaries() {
    }

    static ReadSummary plus(ReadSummary a, ReadSummary b, int maxProblems) {
        List<ReadProblem> problems = new ArrayList<>(a.problems().size() + b.problems().size());
        problems.addAll(a.problems());
        problems.addAll(b.problems());
        problems.sort(ORDER);
        return new ReadSummary("", a.lines() + b.lines(), a.accepted() + b.accepted(), a.malformed() + b.malformed(),
                a.blank() + b.blank(), problems.subList(0, Math.min(maxProblems, problems.size())));
    }
}
