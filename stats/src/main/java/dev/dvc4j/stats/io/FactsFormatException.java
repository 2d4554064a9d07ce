package dev.dvc4j.stats.io;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.StatsException;

/** A malformed fact file: thrown at the first bad row in {@link ReadMode#STRICT} mode, or for a bad CSV header. */
public class FactsFormatException extends StatsException {

    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem the row and reason
     * @param cause the underlying error, or {@code null}
     */
    public FactsFormatException(ReadProblem problem, Throwable cause) {
        super(problem.code(), LocalizedText.of("Dòng " + problem.line() + ": " + problem.message().vi(),
                "Line " + problem.line() + ": " + problem.message().en()), cause);
        this.problem = problem;
    }

    /** @return the 1-based line number of the bad row */
    public long line() {
        return problem.line();
    }

    /** @return the problem */
    public ReadProblem problem() {
        return problem;
    }
}
