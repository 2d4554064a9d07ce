package dev.dvc4j.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
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
     * Reads one JSON document from a file.
     *
     * @param name the file name as given
     * @param reader the reader for the expected type
     * @param <T> the type
     * @return the value
     * @throws CliInputException naming the file, line, column and field of the first problem
     */
    public static <T> T readJson(String name, ObjectReader reader) {
        Path p = file(name);
        try (InputStream in = Files.newInputStream(p)) {
            return reader.readValue(in);
        } catch (IOException e) {
            throw jsonProblem(name, e);
        }
    }

    /**
     * Turns a Jackson or I/O failure into one message naming the file, the line and column, and the JSON path.
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
        Dvc4jException domain = domainCause(e);
        String where = name;
        if (lineNumber > 0) {
            where += ":" + lineNumber;
        } else if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation() != JsonLocation.NA) {
            where += ":" + jpe.getLocation().getLineNr() + ":" + jpe.getLocation().getColumnNr();
        }
        String path = e instanceof JsonMappingException jme ? path(jme) : null;
        String fieldVi = path == null || path.equals("$") ? "" : ", trường " + path;
        String fieldEn = path == null || path.equals("$") ? "" : ", field " + path;
        if (domain != null) {
            return new CliInputException(domain.code(), LocalizedText.of(
                    where + fieldVi + ": " + domain.text().vi(), where + fieldEn + ": " + domain.text().en()), e);
        }
        if (e instanceof StreamReadException sre) {
            return new CliInputException("cli.malformed-json", LocalizedText.of(
                    where + ": JSON không hợp lệ: " + sre.getOriginalMessage(),
                    where + ": malformed JSON: " + sre.getOriginalMessage()), e);
        }
        if (e instanceof DatabindException jpe) {
            return new CliInputException("cli.invalid-json", LocalizedText.of(
                    where + fieldVi + ": dữ liệu không hợp lệ: " + jpe.getOriginalMessage(),
                    where + fieldEn + ": invalid data: " + jpe.getOriginalMessage()), e);
        }
        return new CliInputException("cli.io", LocalizedText.of(
                "Lỗi đọc tệp " + where + ": " + e.getMessage(), "Error reading " + where + ": " + e.getMessage()), e);
    }

    /**
     * The JSON path of a mapping failure, such as {@code $.events[3].at}.
     *
     * @param e the failure
     * @return the path
     */
    public static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static Dvc4jException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Dvc4jException d) {
                return d;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
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
