package dev.dvc4j.stats.io;

import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadMode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.internal.FactField;
import dev.dvc4j.stats.internal.LineScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams {@link DossierFacts} from JSON Lines or CSV in constant memory: one line at a time into a reused buffer,
 * each fact handed to a sink and forgotten. Malformed rows are never dropped silently: in {@link ReadMode#LENIENT}
 * mode each is counted and the first few are kept with their line numbers in the {@link ReadSummary}; in
 * {@link ReadMode#STRICT} mode the first one stops the run with a {@link FactsFormatException}.
 *
 * <p>Both formats use the same names (see {@link FactsWriter}): {@code code, agency, procedure, sector, province,
 * channel, level, onlineMode, filedAt, receivedAt, dueAt, finishedAt, returnedAt, status, supplements, payment,
 * feeBearing, digitised, reused, electronicResult, vneid, populationData, feedback, resultDelivery,
 * legalMaxMinutes, distanceKm}. Channel, status, online mode, feedback and result delivery take their wire names
 * ({@code online}, {@code result-returned}); channel and status also take portal codes ({@code 2}, {@code 10}).
 * Times are ISO-8601 with an offset, ISO-8601 local or {@code yyyyMMddHHmmss} (both Vietnam time). A JSON line is
 * one object; {@code supplements} is an array of {@code {"requestedAt": …, "completedAt": …}}. A CSV file starts
 * with a header naming its columns in any order; quoted fields follow RFC 4180 but may not span lines;
 * {@code supplements} is written {@code requested/completed;requested/} (empty completion: still open).
 * Unknown keys or columns are errors. Blank lines are skipped and counted.
 *
 * <p>Instances are immutable and thread-safe; each {@code read} call is independent.
 */
public final class FactsReader {

    /** The formats read. */
    public enum Format {
        /** One JSON object per line ({@code .jsonl}, {@code .ndjson}). */
        JSON_LINES,
        /** Comma-separated values with a header ({@code .csv}). */
        CSV
    }

    /** Default limit of problems kept in a summary. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;
    /** Longest line accepted, in characters. */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    private static final JsonFactory JSON = Dvc4jJson.newMapper().getFactory();

    private final Format format;
    private final ReadMode mode;
    private final int maxProblems;

    private FactsReader(Format format, ReadMode mode, int maxProblems) {
        this.format = Objects.requireNonNull(format, "format");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems < 0");
        }
        this.maxProblems = maxProblems;
    }

    /**
     * A lenient reader of a format.
     *
     * @param format the format
     * @return the reader
     */
    public static FactsReader of(Format format) {
        return new FactsReader(format, ReadMode.LENIENT, DEFAULT_MAX_PROBLEMS);
    }

    /** @return a lenient JSON Lines reader */
    public static FactsReader jsonLines() {
        return of(Format.JSON_LINES);
    }

    /** @return a lenient CSV reader */
    public static FactsReader csv() {
        return of(Format.CSV);
    }

    /**
     * The format a file name implies: {@code .csv} is CSV, anything else JSON Lines.
     *
     * @param file the file
     * @return the format
     */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? Format.CSV : Format.JSON_LINES;
    }

    /**
     * A copy with another mode.
     *
     * @param m the mode
     * @return the reader
     */
    public FactsReader mode(ReadMode m) {
        return new FactsReader(format, m, maxProblems);
    }

    /** @return a strict copy */
    public FactsReader strict() {
        return mode(ReadMode.STRICT);
    }

    /**
     * A copy keeping at most this many problems in the summary (all are still counted).
     *
     * @param max the limit
     * @return the reader
     */
    public FactsReader maxProblems(int max) {
        return new FactsReader(format, mode, max);
    }

    /** @return the format */
    public Format format() {
        return format;
    }

    /** @return the mode */
    public ReadMode mode() {
        return mode;
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file
     * @param sink receives each fact
     * @return the summary
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first malformed row, or for a bad CSV header
     */
    public ReadSummary read(Path file, Consumer<? super DossierFacts> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads from a character stream (not closed).
     *
     * @param in the input
     * @param sink receives each fact
     * @return the summary
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first malformed row, or for a bad CSV header
     */
    public ReadSummary read(Reader in, Consumer<? super DossierFacts> sink) {
        Objects.requireNonNull(sink, "sink");
        LineScanner lines = new LineScanner(in, MAX_LINE_LENGTH);
        long line = 0;
        long facts = 0;
        long malformed = 0;
        long blank = 0;
        List<ReadProblem> problems = new ArrayList<>();
        FactField[] columns = null;
        CsvRow csv = format == Format.CSV ? new CsvRow() : null;
        try {
            while (lines.next()) {
                line++;
                char[] buf = lines.buffer();
                int off = lines.lineStart();
                int len = lines.lineLength();
                if (!lines.tooLong() && isBlank(buf, off, len)) {
                    blank++;
                    continue;
                }
                try {
                    if (lines.tooLong()) {
                        throw new StatsException("stats.read.too-long", LocalizedText.of(
                                "Dòng dài quá %d ký tự", "Line longer than %d characters").formatted(MAX_LINE_LENGTH));
                    }
                    if (csv != null && columns == null) {
                        columns = csv.header(buf, off, len, line);
                        continue;
                    }
                    DossierFacts f = csv != null ? csv.parse(columns, buf, off, len) : parseJson(buf, off, len);
                    facts++;
                    sink.accept(f);
                } catch (FactsFormatException e) {
                    throw e;
                } catch (StatsException e) {
                    ReadProblem p = ReadProblem.atLine(line, e.code(), e.text());
                    if (mode == ReadMode.STRICT) {
                        throw new FactsFormatException(p, e);
                    }
                    malformed++;
                    if (problems.size() < maxProblems) {
                        problems.add(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadSummary("", line, facts, malformed, blank, problems);
    }

    private static boolean isBlank(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (!Character.isWhitespace(buf[i])) {
                return false;
            }
        }
        return true;
    }

    private static DossierFacts parseJson(char[] buf, int off, int len) {
        DossierFacts.Builder b = DossierFacts.builder();
        try (JsonParser p = JSON.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw json("một đối tượng JSON", "a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                FactField field = FactField.byKey(name);
                if (field == null) {
                    throw unknown(name);
                }
                t = p.nextToken();
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (field == FactField.SUPPLEMENTS && t == JsonToken.START_ARRAY) {
                    supplements(p, b);
                } else if (t.isScalarValue()) {
                    field.set(b, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                } else {
                    throw new StatsException("stats.read.value", LocalizedText.of(
                            "Trường \"%s\" phải là giá trị đơn", "Field \"%s\" must be a plain value").formatted(name));
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw json("hết đối tượng", "the end of the object");
            }
            if (p.nextToken() != null) {
                throw json("hết dòng sau đối tượng", "nothing after the object");
            }
        } catch (JsonProcessingException e) {
            throw new StatsException("stats.read.json", LocalizedText.of("JSON hỏng: %s", "Malformed JSON: %s")
                    .formatted(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    private static void supplements(JsonParser p, DossierFacts.Builder b) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            long req = DossierFacts.NO_TIME;
            long done = DossierFacts.NO_TIME;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                boolean requested = "requestedAt".equals(name);
                if (!requested && !"completedAt".equals(name)) {
                    throw unknown("supplements." + name);
                }
                if (v == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) {
                    throw badTime(name);
                }
                try {
                    long time = VnTimes.parseLenientEpochSecond(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (requested) {
                        req = time;
                    } else {
                        done = time;
                    }
                } catch (DateTimeException e) {
                    throw badTime(name);
                }
            }
            b.addSupplementEpochSeconds(req, done);
        }
        if (t != JsonToken.END_ARRAY) {
            throw json("mảng các đối tượng bổ sung", "an array of supplement objects");
        }
    }

    private static StatsException badTime(String name) {
        return new StatsException("stats.read.value", LocalizedText.of(
                "Thời điểm không hợp lệ ở \"supplements.%s\"", "Invalid time in \"supplements.%s\"").formatted(name));
    }

    private static StatsException json(String vi, String en) {
        return new StatsException("stats.read.json", LocalizedText.of("JSON hỏng: cần " + vi, "Malformed JSON: expected " + en));
    }

    private static StatsException unknown(String name) {
        return new StatsException("stats.read.unknown-field", LocalizedText.of(
                "Trường không xác định \"%s\"", "Unknown field \"%s\"").formatted(name));
    }

    /** Splits CSV rows (RFC 4180 quoting within one line) and sets fields by the header's columns. */
    private static final class CsvRow {
        private char[] scratch = new char[256];
        private final int[] starts = new int[64];
        private final int[] lengths = new int[64];
        private final boolean[] inScratch = new boolean[64];

        FactField[] header(char[] buf, int off, int len, long line) {
            int n;
            try {
                n = split(buf, off, len);
            } catch (StatsException e) {
                throw new FactsFormatException(ReadProblem.atLine(line, "stats.read.csv-header", e.text()), e);
            }
            FactField[] cols = new FactField[n];
            boolean channel = false;
            boolean status = false;
            boolean filed = false;
            for (int i = 0; i < n; i++) {
                String name = new String(inScratch[i] ? scratch : buf, starts[i], lengths[i]).strip();
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                FactField f = FactField.byKey(name);
                if (f == null) {
                    throw headerError(line, "Cột không xác định \"%s\"", "Unknown column \"%s\"", name);
                }
                for (int j = 0; j < i; j++) {
                    if (cols[j] == f) {
                        throw headerError(line, "Cột \"%s\" lặp lại", "Column \"%s\" is repeated", name);
                    }
                }
                cols[i] = f;
                channel |= f == FactField.CHANNEL;
                status |= f == FactField.STATUS;
                filed |= f == FactField.FILED_AT;
            }
            if (!channel || !status || !filed) {
                throw headerError(line, "Tiêu đề CSV thiếu cột bắt buộc (channel, status, filedAt)",
                        "The CSV header lacks a required column (channel, status, filedAt)", "");
            }
            return cols;
        }

        private static FactsFormatException headerError(long line, String vi, String en, String arg) {
            return new FactsFormatException(ReadProblem.atLine(line, "stats.read.csv-header",
                    LocalizedText.of(vi, en).formatted(arg)), null);
        }

        DossierFacts parse(FactField[] cols, char[] buf, int off, int len) {
            int n = split(buf, off, len);
            if (n != cols.length) {
                throw new StatsException("stats.read.csv-columns", LocalizedText.of(
                        "Dòng có %d cột, tiêu đề có %d", "The row has %d columns, the header %d").formatted(n, cols.length));
            }
            DossierFacts.Builder b = DossierFacts.builder();
            for (int i = 0; i < n; i++) {
                cols[i].set(b, inScratch[i] ? scratch : buf, starts[i], lengths[i]);
            }
            return b.build();
        }

        private int split(char[] buf, int off, int len) {
            int end = off + len;
            int n = 0;
            int i = off;
            int scratchUsed = 0;
            while (true) {
                if (n == starts.length) {
                    throw new StatsException("stats.read.csv-columns", LocalizedText.of(
                            "Quá %d cột", "More than %d columns").formatted(starts.length));
                }
                if (i < end && buf[i] == '"') {
                    i++;
                    int s = scratchUsed;
                    while (true) {
                        if (i >= end) {
                            throw new StatsException("stats.read.csv-quote", LocalizedText.of(
                                    "Thiếu dấu ngoặc kép đóng", "Unterminated quoted field"));
                        }
                        char c = buf[i++];
                        if (c == '"') {
                            if (i < end && buf[i] == '"') {
                                i++;
                            } else {
                                break;
                            }
                        }
                        if (scratchUsed == scratch.length) {
                            scratch = java.util.Arrays.copyOf(scratch, scratch.length * 2);
                        }
                        scratch[scratchUsed++] = c;
                    }
                    starts[n] = s;
                    lengths[n] = scratchUsed - s;
                    inScratch[n] = true;
                    n++;
                    if (i < end && buf[i] != ',') {
                        throw new StatsException("stats.read.csv-quote", LocalizedText.of(
                                "Ký tự thừa sau trường trong ngoặc kép", "Characters after a quoted field"));
                    }
                } else {
                    int s = i;
                    while (i < end && buf[i] != ',') {
                        if (buf[i] == '"') {
                            throw new StatsException("stats.read.csv-quote", LocalizedText.of(
                                    "Dấu ngoặc kép giữa trường", "A quote inside an unquoted field"));
                        }
                        i++;
                    }
                    starts[n] = s;
                    lengths[n] = i - s;
                    inScratch[n] = false;
                    n++;
                }
                if (i >= end) {
                    return n;
                }
                i++; // the comma
            }
        }
    }
}
