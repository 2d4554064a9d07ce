package dev.dvc4j.core.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a read did, counted exactly: every record is either accepted or malformed ({@link #records()} =
 * {@link #accepted()} + {@link #malformed()}), blank lines are counted apart, and the first problems are kept with
 * their positions (memory stays bounded however many records are bad; {@link #problemsTruncated()} says when more
 * were malformed than listed).
 *
 * @param source the input's name, or empty
 * @param lines physical lines read, including a CSV header and blank lines
 * @param accepted records delivered
 * @param malformed malformed records, every one of them
 * @param blank blank lines skipped
 * @param problems the first problems, in input order, at most the reader's limit
 */
public record ReadSummary(String source, long lines, long accepted, long malformed, long blank,
                          List<ReadProblem> problems) implements Serializable {

    /** An empty summary of an unnamed input. */
    public static final ReadSummary EMPTY = new ReadSummary("", 0, 0, 0, 0, List.of());

    /** Validates the counts and copies the problem list. */
    public ReadSummary {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if (lines < 0 || accepted < 0 || malformed < 0 || blank < 0) {
            throw new IllegalArgumentException("negative count in a read summary");
        }
    }

    /** @return records read: accepted plus malformed */
    public long records() {
        return accepted + malformed;
    }

    /** @return whether more records were malformed than {@link #problems()} lists */
    public boolean problemsTruncated() {
        return malformed > problems.size();
    }

    /** @return whether every record was accepted */
    public boolean isClean() {
        return malformed == 0;
    }

    /**
     * Adds up the summaries of two inputs read one after the other; each problem keeps its own source and line.
     *
     * @param other the other summary
     * @param maxProblems how many problems to keep
     * @return the combined summary, named after this one's source when both have the same, else unnamed
     */
    public ReadSummary plus(ReadSummary other, int maxProblems) {
        List<ReadProblem> all = new ArrayList<>(Math.min(maxProblems, problems.size() + other.problems.size()));
        for (ReadProblem p : problems) {
            if (all.size() < maxProblems) {
                all.add(p);
            }
        }
        for (ReadProblem p : other.problems) {
            if (all.size() < maxProblems) {
                all.add(p);
            }
        }
        return new ReadSummary(source.equals(other.source) ? source : "", lines + other.lines, accepted + other.accepted,
                malformed + other.malformed, blank + other.blank, all);
    }
}
