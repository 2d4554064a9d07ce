package dev.dvc4j.core.io;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Malformed input, in {@link ReadMode#STRICT} mode or where a whole input is unusable: the message names the file,
 * line, column and path of the first problem, in Vietnamese and English. The code is the problem's code.
 */
public class InputFormatException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem where and why
     * @param cause the underlying error, or {@code null} (shown only with a host's debug output)
     */
    public InputFormatException(ReadProblem problem, @Nullable Throwable cause) {
        this(Objects.requireNonNull(problem, "problem").code(), problem, cause);
    }

    /**
     * Creates the exception with a code of its own, for a reader whose errors share one code (the problem keeps the
     * code of what went wrong).
     *
     * @param code the exception's code
     * @param problem where and why
     * @param cause the underlying error, or {@code null}
     */
    protected InputFormatException(String code, ReadProblem problem, @Nullable Throwable cause) {
        super(code, LocalizedText.of(Objects.requireNonNull(problem, "problem").describe(false), problem.describe(true)), cause);
        this.problem = problem;
    }

    /** @return the problem */
    public ReadProblem problem() {
        return problem;
    }

    /** @return the 1-based line of the problem, or 0 */
    public long line() {
        return problem.line();
    }

    /** @return the 1-based column of the problem, or 0 */
    public long column() {
        return problem.column();
    }

    /** @return the JSON path or column name of the problem, or empty */
    public String path() {
        return problem.path();
    }
}
