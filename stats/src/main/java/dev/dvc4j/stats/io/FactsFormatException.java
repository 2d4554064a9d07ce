package dev.dvc4j.stats.io;

import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import org.jspecify.annotations.Nullable;

/**
 * A malformed fact file: thrown at the first bad record in {@link ReadMode#STRICT} mode, or for a bad CSV header. Its
 * message names the file, line, column and field of the problem.
 */
public class FactsFormatException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the record and reason
     * @param cause the underlying error, or {@code null}
     */
    public FactsFormatException(ReadProblem problem, @Nullable Throwable cause) {
        super(problem, cause);
    }
}
