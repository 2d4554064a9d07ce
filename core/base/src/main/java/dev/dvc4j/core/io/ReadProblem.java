package dev.dvc4j.core.io;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * One problem in an input, with its position: which source (a file name, or a name the caller gave), which line and
 * column (1-based; 0 when not known), which JSON path or CSV column, a stable code and the reason in Vietnamese and
 * English. The message never repeats the value of a personal-data field.
 *
 * @param source the input's name, or empty when the caller gave none
 * @param line the 1-based line, or 0 when the problem concerns the whole input
 * @param column the 1-based column (in characters of the line), or 0 when not known
 * @param path the JSON path ({@code $.events[3].at}) or CSV column ({@code receivedAt}), or empty
 * @param code the stable error code ({@code input.utf8}, {@code input.duplicate-key}, {@code stats.read.value}, …)
 * @param message why, in both languages
 */
public record ReadProblem(String source, long line, long column, String path, String code, LocalizedText message)
        implements Serializable {

    /** Validates the fields. */
    public ReadProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /**
     * A problem on a line of an unnamed input, column and path unknown.
     *
     * @param line the 1-based line
     * @param code the code
     * @param message the reason
     * @return the problem
     */
    public static ReadProblem atLine(long line, String code, LocalizedText message) {
        return new ReadProblem("", line, 0, "", code, message);
    }

    /**
     * The same problem in a named source.
     *
     * @param name the source's name
     * @return the problem
     */
    public ReadProblem in(String name) {
        return new ReadProblem(Objects.requireNonNull(name, "name"), line, column, path, code, message);
    }

    /**
     * Where the problem is: {@code facts.jsonl:12:7 ($.channel)}, or {@code Line 12} in an unnamed input, with the
     * parts that are known.
     *
     * @return the position
     */
    public String position() {
        return position(true);
    }

    private String position(boolean english) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(b.length() == 0 ? (english ? "Line " : "Dòng ") : ":").append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            b.append(b.length() == 0 ? "" : " ").append('(').append(path).append(')');
        }
        return b.toString();
    }

    /**
     * The position and the reason in one language.
     *
     * @param english whether in English (else Vietnamese)
     * @return the text
     */
    public String describe(boolean english) {
        String where = position(english);
        return where.isEmpty() ? (english ? message.en() : message.vi()) : where + ": " + (english ? message.en() : message.vi());
    }

    /** The position and the English reason. */
    @Override
    public String toString() {
        return describe(true);
    }
}
