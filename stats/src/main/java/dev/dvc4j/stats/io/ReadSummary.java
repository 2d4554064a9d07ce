package dev.dvc4j.stats.io;

import java.io.Serializable;
import java.util.List;

/**
 * What a read did: lines seen, facts delivered, malformed rows counted (every one) and the first few problems
 * kept with their line numbers (memory stays constant however many rows are bad).
 *
 * @param lines lines read, including a CSV header and blank lines
 * @param facts facts delivered to the sink
 * @param malformed malformed rows, all of them
 * @param blank blank lines skipped
 * @param problems the first malformed rows, in line order, at most the reader's limit
 */
public record ReadSummary(long lines, long facts, long malformed, long blank, List<ReadProblem> problems)
        implements Serializable {

    /** Copies the problem list. */
    public ReadSummary {
        problems = List.copyOf(problems);
    }

    /** @return whether more rows were malformed than {@link #problems()} lists */
    public boolean problemsTruncated() {
        return malformed > problems.size();
    }

    /** @return whether every non-blank row was read */
    public boolean isClean() {
        return malformed == 0;
    }

    /**
     * Adds up the summaries of two inputs read one after the other (line numbers stay per input).
     *
     * @param other the other summary
     * @param maxProblems how many problems to keep
     * @return the combined summary
     */
    public ReadSummary plus(ReadSummary other, int maxProblems) {
        List<ReadProblem> all = new java.util.ArrayList<>(problems);
        for (ReadProblem p : other.problems) {
            if (all.size() < maxProblems) {
                all.add(p);
            }
        }
        return new ReadSummary(lines + other.lines, facts + other.facts, malformed + other.malformed,
                blank + other.blank, all);
    }
}
