package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found while loading a catalogue: where (file, JSON path, and line and column when known) and what.
 *
 * @param source the file or resource name, such as {@code "catalogue.json"}
 * @param path the JSON path, such as {@code "procedures[2].duration"}; empty for the whole document
 * @param line the line, when known
 * @param column the column, when known
 * @param code a stable machine code, such as {@code "catalogue.malformed-json"}
 * @param message what is wrong, in both languages
 */
public record CatalogueProblem(String source, String path, OptionalInt line, OptionalInt column, String code,
                               LocalizedText message) {

    /** Validates. */
    public CatalogueProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem at a path, line unknown.
     *
     * @param source the source
     * @param path the path
     * @param code the code
     * @param message the message
     * @return the problem
     */
    public static CatalogueProblem at(String source, String path, String code, LocalizedText message) {
        return new CatalogueProblem(source, path, OptionalInt.empty(), OptionalInt.empty(), code, message);
    }

    /** @return {@code source: path} as the report prints it */
    public String location() {
        return source + (path.isEmpty() ? "" : ": " + path);
    }

    @Override
    public String toString() {
        String where = line.isPresent() ? " (line " + line.getAsInt() + ", column " + column.orElse(0) + ")" : "";
        return location() + where + ": " + message.en();
    }
}
