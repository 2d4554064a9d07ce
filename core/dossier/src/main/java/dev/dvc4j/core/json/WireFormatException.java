package dev.dvc4j.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON that is not dvc4j's wire format: malformed text, an unknown property, a wrong type, an invalid value (a bad
 * identifier, an impossible date) or a history that does not verify. It carries the JSON path of the offending
 * value ({@code events[3].at}) and, for syntax errors, the line and column.
 */
public class WireFormatException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param path the JSON path, {@code "$"} for the document itself
     * @param line the line (1-based), or -1 if unknown
     * @param column the column (1-based), or -1 if unknown
     * @param problem what is wrong
     * @param cause the parser's exception, or {@code null}
     */
    public WireFormatException(String path, int line, int column, LocalizedText problem, @Nullable Throwable cause) {
        super("json.wire-format", LocalizedText.of(
                "JSON không hợp lệ tại %s%s: %s", "Invalid JSON at %s%s: %s").formatted(path, where(line, column), problem.vi())
                .withEnglish(String.format("Invalid JSON at %s%s: %s", path, where(line, column), problem.en())), cause);
        Objects.requireNonNull(path, "path");
        this.path = path;
        this.line = line;
        this.column = column;
    }

    private static String where(int line, int column) {
        return line < 0 ? "" : " (" + line + ":" + column + ")";
    }

    /**
     * Converts a Jackson exception, keeping the path and, when the cause is a dvc4j error, its bilingual message.
     *
     * @param e Jackson's exception
     * @return the typed exception
     */
    public static WireFormatException of(JacksonException e) {
        String path = "$";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            path = sb.length() == 0 ? "$" : sb.toString();
        }
        JsonLocation loc = e.getLocation();
        return of(e, path, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), e.getOriginalMessage());
    }

    /**
     * Converts a JSON library's exception once its path and location are known (dvc4j-jackson3 reads Jackson 3's
     * exceptions this way), keeping the bilingual message when the root cause is a dvc4j error.
     *
     * @param e the library's exception
     * @param path the JSON path, {@code "$"} for the document itself
     * @param line the line (1-based), or -1 if unknown
     * @param column the column (1-based), or -1 if unknown
     * @param message the library's message without location, used when no dvc4j error is the cause
     * @return the typed exception
     */
    public static WireFormatException of(Throwable e, String path, int line, int column, String message) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LocalizedText problem = root instanceof Dvc4jException d ? d.text() : LocalizedText.of(message, message);
        return new WireFormatException(path, line, column, problem, e);
    }

    /** @return the JSON path of the offending value */
    public String path() {
        return path;
    }

    /** @return the line (1-based), or -1 */
    public int line() {
        return line;
    }

    /** @return the column (1-based), or -1 */
    public int column() {
        return column;
    }
}
