package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the command line's inputs with one clear message per problem, naming the file, line or field. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Checks that a file exists and is readable.
     *
     * @param name the file name as given
     * @return its path
     * @throws CliInputException if it is missing, a directory or unreadable
     */
    public static Path file(String name) {
        Path p = Path.of(name);
        if (!Files.exists(p)) {
            throw new CliInputException("cli.file-not-found", LocalizedText.of(
                    "Không tìm thấy tệp %s", "File not found: %s").formatted(name));
        }
        if (Files.isDirectory(p)) {
            throw new CliInputException("cli.file-is-directory", LocalizedText.of(
                    "%s là thư mục, không phải tệp", "%s is a directory, not a file").formatted(name));
        }
        if (!Files.isReadable(p)) {
            throw new CliInputException("cli.file-unreadable", LocalizedText.of(
                    "Không đọc được tệp %s", "Cannot read file %s").formatted(name));
        }
        return p;
    }

    /**
     * Checks that a file or directory exists.
     *
     * @param name the name as given
     * @return its path
     * @throws CliInputException if it does not exist
     */
    public static Path exists(String name) {
        Path p = Path.of(name);
        if (!Files.exists(p)) {
            throw new CliInputException("cli.file-not-found", LocalizedText.of(
                    "Không tìm thấy tệp %s", "File not found: %s").formatted(name));
        }
        return p;
    }

    /**
     * Reads one JSON document from a file under dvc4j's reading policy (strict UTF-8, limits while streaming, no
     * duplicate keys or coercion, neither empty nor {@code null}).
     *
     * @param name the file name as given
     * @param type the expected type
     * @param <T> the type
     * @return the value
     * @throws CliInputException naming the file, line, column and JSON path of the first problem
     */
    public static <T> T readJson(String name, Class<T> type) {
        Path p = file(name);
        try {
            return Dvc4jJson.read(p, type);
        } catch (WireFormatException e) {
            throw problem(name, 0, e);
        }
    }

    /**
     * Turns a failure to read JSON into one message naming the file, the line and column, and the JSON path, in the
     * reading policy's words (never Jackson's).
     *
     * @param name the file name
     * @param e the failure
     * @return the exception to throw
     */
    public static CliInputException jsonProblem(String name, IOException e) {
        return jsonProblem(name, -1, e);
    }

    /**
     * As {@link #jsonProblem(String, IOException)} for one line of a JSON Lines file.
     *
     * @param name the file name
     * @param lineNumber the line (1-based), or -1 for a whole-file document
     * @param e the failure
     * @return the exception to throw
     */
    public static CliInputException jsonProblem(String name, long lineNumber, IOException e) {
        return problem(name, lineNumber, WireFormatException.of(name, e));
    }

    private static CliInputException problem(String name, long lineNumber, WireFormatException e) {
        ReadProblem p = e.problem();
        ReadProblem at = new ReadProblem(name, lineNumber > 0 ? lineNumber : p.line(), p.column(), p.path(), p.code(), p.message());
        return new CliInputException(p.code(), LocalizedText.of(at.describe(false), at.describe(true)), e);
    }

    /**
     * Parses a Vietnam local date-time ({@code 2026-02-13T16:00}) or an instant with offset.
     *
     * @param option the option's name, for the message
     * @param text the text
     * @return the instant
     * @throws CliInputException if it is not a possible date-time
     */
    public static Instant instant(String option, String text) {
        try {
            return LocalDateTime.parse(text).atZone(Dvc4j.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new CliInputException("cli.invalid-date-time", LocalizedText.of(
                        "%s: \"%s\" không phải thời điểm hợp lệ (ví dụ 2026-02-13T16:00)",
                        "%s: \"%s\" is not a valid date and time (for example 2026-02-13T16:00)").formatted(option, text), e);
            }
        }
    }

    /**
     * Parses a local date-time ({@code 2026-02-13T16:00}).
     *
     * @param option the option's name
     * @param text the text
     * @return the date-time
     */
    public static LocalDateTime localDateTime(String option, String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliInputException("cli.invalid-date-time", LocalizedText.of(
                    "%s: \"%s\" không phải thời điểm hợp lệ (ví dụ 2026-02-13T16:00)",
                    "%s: \"%s\" is not a valid date and time (for example 2026-02-13T16:00)").formatted(option, text), e);
        }
    }

    /**
     * Parses an ISO date ({@code 2026-02-17}).
     *
     * @param option the option's name
     * @param text the text
     * @return the date
     * @throws CliInputException if it is not a possible date
     */
    public static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliInputException("cli.invalid-date", LocalizedText.of(
                    "%s: \"%s\" không phải ngày hợp lệ (ví dụ 2026-02-17)",
                    "%s: \"%s\" is not a valid date (for example 2026-02-17)").formatted(option, text), e);
        }
    }
}
