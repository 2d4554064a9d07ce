package dev.dvc4j.stats.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads facts from CSV lines, straight from their UTF-8 bytes: a header naming the columns in any order, then one
 * row per fact; RFC 4180 quoting (a quote inside a quoted cell is doubled), but a cell may not span lines. Each row
 * is checked to be well-formed UTF-8, split into cells without copying (a quoted cell is unquoted into a scratch
 * buffer) and each cell read by its column's field. Hand-written for the reasons given on {@link FactsJsonParser}:
 * the format is fixed and small, and no string is made for a cell that is not a code.
 *
 * <p>{@link #header} reads the header once; {@link #parser()} then gives each worker its own row parser.
 */
public final class FactsCsvParser implements BlockIngest.Format<DossierFacts> {

    private final String source;
    private final Function<ReadProblem, RuntimeException> headerError;
    private FactField[] columns;

    /**
     * A CSV format.
     *
     * @param source the input's name for problems
     * @param headerError the exception for an unusable header (thrown in either mode)
     */
    public FactsCsvParser(String source, Function<ReadProblem, RuntimeException> headerError) {
        this.source = source;
        this.headerError = headerError;
    }

    @Override
    public boolean hasHeader() {
        return true;
    }

    @Override
    public void header(byte[] buf, int start, int end, long line) {
        Cells cells = new Cells(64);
        int bad = Utf8.firstMalformed(buf, start, end);
        if (bad >= 0) {
            throw headerError(line, start, bad, buf, "input.utf8", LocalizedText.of("Byte UTF-8 không hợp lệ", "Malformed UTF-8"));
        }
        int n;
        try {
            n = cells.split(buf, start, end);
        } catch (Malformed m) {
            throw headerError(line, start, m.position(), buf, "stats.read.csv-header", m.text());
        }
        FactField[] cols = new FactField[n];
        boolean channel = false;
        boolean status = false;
        boolean filed = false;
        for (int i = 0; i < n; i++) {
            String name = Utf8.decode(cells.bytes(i, buf), cells.start[i], cells.end[i]).strip();
            FactField f = FactField.byKey(name);
            if (f == null) {
                throw headerError(line, start, cells.at[i], buf, "stats.read.csv-header", LocalizedText.of(
                        "Cột không xác định \"%s\"", "Unknown column \"%s\"").formatted(Utf8.excerpt(
                        cells.bytes(i, buf), cells.start[i], cells.end[i], 80).strip()));
            }
            for (int j = 0; j < i; j++) {
                if (cols[j] == f) {
                    throw headerError(line, start, cells.at[i], buf, "stats.read.csv-header", LocalizedText.of(
                            "Cột \"%s\" lặp lại", "Column \"%s\" is repeated").formatted(name));
                }
            }
            cols[i] = f;
            channel |= f == FactField.CHANNEL;
            status |= f == FactField.STATUS;
            filed |= f == FactField.FILED_AT;
        }
        if (!channel || !status || !filed) {
            throw headerError.apply(new ReadProblem(source, line, 0, "", "stats.read.csv-header", LocalizedText.of(
                    "Tiêu đề CSV thiếu cột bắt buộc (channel, status, filedAt)",
                    "The CSV header lacks a required column (channel, status, filedAt)")));
        }
        columns = cols;
    }

    private RuntimeException headerError(long line, int start, int at, byte[] buf, String code, LocalizedText text) {
        long column = at < start ? 0 : 1 + Utf8.codePoints(buf, start, at);
        return headerError.apply(new ReadProblem(source, line, column, "", code, text));
    }

    @Override
    public BlockIngest.Parser<DossierFacts> parser() {
        FactField[] cols = columns;
        Cells cells = new Cells(cols.length + 1);
        Strings strings = new Strings();
        return (buf, start, end) -> {
            if (!Utf8.isAscii(buf, start, end)) {
                int bad = Utf8.firstMalformed(buf, start, end);
                if (bad >= 0) {
                    throw new Malformed(bad, "", "input.utf8", LocalizedText.of("Byte UTF-8 không hợp lệ", "Malformed UTF-8"));
                }
            }
            int n = cells.split(buf, start, end);
            if (n != cols.length) {
                throw new Malformed(Malformed.NO_POSITION, "", "stats.read.csv-columns", LocalizedText.of(
                        "Dòng có %d cột, tiêu đề có %d", "The row has %d columns, the header %d").formatted(n, cols.length));
            }
            DossierFacts.Builder f = DossierFacts.builder();
            for (int i = 0; i < n; i++) {
                byte[] src = cells.bytes(i, buf);
                int s = cells.start[i];
                int len = cells.end[i] - s;
                try {
                    cols[i].text(f, src, s, len, true, strings);
                } catch (RuntimeException e) {
                    throw new Malformed(cells.at[i], cols[i].key(), "stats.read.value", cols[i].badValue(src, s, len));
                }
            }
            try {
                return f.build();
            } catch (StatsException e) {
                throw new Malformed(Malformed.NO_POSITION, "", e.code(), e.text());
            }
        };
    }

    /** The cells of one row: where each starts and ends, in the line or (when it was quoted) in the scratch buffer. */
    private static final class Cells {
        final int[] start;
        final int[] end;
        /** Where each cell starts in the line, for positions. */
        final int[] at;
        final boolean[] quoted;
        byte[] scratch = new byte[256];

        Cells(int capacity) {
            start = new int[capacity];
            end = new int[capacity];
            at = new int[capacity];
            quoted = new boolean[capacity];
        }

        byte[] bytes(int i, byte[] line) {
            return quoted[i] ? scratch : line;
        }

        /** Splits a row; returns the number of cells (all are counted, the first {@code capacity} kept). */
        int split(byte[] b, int from, int to) {
            int n = 0;
            int i = from;
            int used = 0;
            while (true) {
                int keep = n < start.length ? n : -1;
                if (keep >= 0) {
                    at[keep] = i;
                }
                if (i < to && b[i] == '"') {
                    int quote = i;
                    i++;
                    int s = used;
                    while (true) {
                        if (i >= to) {
                            throw new Malformed(quote, "", "stats.read.csv-quote", LocalizedText.of(
                                    "Thiếu dấu ngoặc kép đóng", "Unterminated quoted field"));
                        }
                        byte c = b[i++];
                        if (c == '"') {
                            if (i < to && b[i] == '"') {
                                i++;
                            } else {
                                break;
                            }
                        }
                        if (used == scratch.length) {
                            scratch = Arrays.copyOf(scratch, scratch.length * 2);
                        }
                        scratch[used++] = c;
                    }
                    if (keep >= 0) {
                        start[keep] = s;
                        end[keep] = used;
                        quoted[keep] = true;
                    }
                    if (i < to && b[i] != ',') {
                        throw new Malformed(i, "", "stats.read.csv-quote", LocalizedText.of(
                                "Ký tự thừa sau trường trong ngoặc kép", "Characters after a quoted field"));
                    }
                } else {
                    int s = i;
                    while (i < to && b[i] != ',') {
                        if (b[i] == '"') {
                            throw new Malformed(i, "", "stats.read.csv-quote", LocalizedText.of(
                                    "Dấu ngoặc kép giữa trường", "A quote inside an unquoted field"));
                        }
                        i++;
                    }
                    if (keep >= 0) {
                        start[keep] = s;
                        end[keep] = i;
                        quoted[keep] = false;
                    }
                }
                n++;
                if (i >= to) {
                    return n;
                }
                i++; // the comma
            }
        }
    }
}
