package dev.dvc4j.core.io;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.internal.json.InputTexts;
import dev.dvc4j.core.internal.json.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an input of one record per line (JSON Lines, and line-based formats alike) under the one reading policy,
 * handing each record's text to a consumer that parses it.
 *
 * <ul>
 *   <li>Bytes are read in a fixed buffer: a line longer than {@link ReadLimits#maxLineBytes()} is a malformed record
 *       and the rest of it is skipped without being kept, so memory stays bounded whatever the input holds. A line
 *       of exactly the limit is read. The line end ({@code \n} or {@code \r\n}) is not counted.</li>
 *   <li>Strict UTF-8: a malformed byte makes its line a malformed record, named with its column.</li>
 *   <li>A byte order mark is accepted at the start; blank lines are counted apart and skipped.</li>
 *   <li>{@link ReadMode#STRICT} stops at the first problem with an {@link InputFormatException} naming the source,
 *       line, column and JSON path; {@link ReadMode#LENIENT} never stops at a record: every line is accepted,
 *       malformed or blank, the first {@link ReadLimits#maxProblems()} problems are kept and all are counted.</li>
 * </ul>
 *
 * <p>The consumer refuses a record by throwing a {@link Dvc4jException} (an {@link InputFormatException} from
 * parsing the line keeps its column and path; its line becomes the line's number in the input). Immutable and
 * thread-safe; each {@link #read} call is independent.
 */
public final class LineReader {

    /** What to do with each record. */
    @FunctionalInterface
    public interface Records {
        /**
         * Takes one record.
         *
         * @param line its 1-based line number in the input
         * @param text the line, without its line end, not blank
         * @throws Dvc4jException to refuse the record as malformed
         */
        void accept(long line, String text);
    }

    private final ReadMode mode;
    private final ReadLimits limits;

    private LineReader(ReadMode mode, ReadLimits limits) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A reader with the default limits.
     *
     * @param mode strict or lenient
     * @return the reader
     */
    public static LineReader of(ReadMode mode) {
        return new LineReader(mode, ReadLimits.DEFAULTS);
    }

    /**
     * The same reader with other limits.
     *
     * @param limits the limits
     * @return the reader
     */
    public LineReader limits(ReadLimits limits) {
        return new LineReader(mode, limits);
    }

    /** @return the mode */
    public ReadMode mode() {
        return mode;
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every line of an input.
     *
     * @param source the input's name in problems (a file name), or empty
     * @param in the bytes (not closed)
     * @param records the consumer of each well-formed, non-blank line
     * @return what was read, counted exactly: {@code records() = accepted() + malformed()}, blank lines apart
     * @throws InputFormatException in strict mode, at the first problem; in either mode when the input cannot be read
     */
    public ReadSummary read(String source, InputStream in, Records records) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(records, "records");
        return new Run(source, in, records).run();
    }

    /** One read: the buffer, the counts and the kept problems. */
    private final class Run {
        private final String source;
        private final InputStream in;
        private final Records records;
        private final int max = limits.maxLineBytes();
        private final byte[] chunk = new byte[1 << 16];
        private byte[] line = new byte[256];
        private int lineLength;
        private boolean tooLong;
        private long number;
        private long accepted;
        private long malformed;
        private long blank;
        private final List<ReadProblem> problems = new ArrayList<>();

        Run(String source, InputStream in, Records records) {
            this.source = source;
            this.in = in;
            this.records = records;
        }

        ReadSummary run() {
            boolean first = true;
            boolean pending = false;
            try {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    int i = 0;
                    if (first && n > 0) {
                        first = false;
                        if ((chunk[0] & 0xFF) == 0xEF) {
                            // A mark may be split across reads: take its three bytes before deciding.
                            n = readAtLeast(3, n);
                        }
                        i = Utf8.startsWithBom(chunk, 0, n) ? 3 : 0;
                    }
                    int start = i;
                    for (; i < n; i++) {
                        if (chunk[i] == '\n') {
                            append(start, i - start);
                            endOfLine();
                            pending = false;
                            start = i + 1;
                        }
                    }
                    if (start < n) {
                        append(start, n - start);
                        pending = true;
                    }
                }
            } catch (IOException e) {
                throw new InputFormatException(new ReadProblem(source, number, 0, "", InputTexts.IO,
                        InputTexts.io(e.getMessage())), e);
            }
            if (pending) {
                endOfLine();
            }
            return new ReadSummary(source, number, accepted, malformed, blank, problems);
        }

        private int readAtLeast(int want, int have) throws IOException {
            while (have < want) {
                int r = in.read(chunk, have, chunk.length - have);
                if (r < 0) {
                    break;
                }
                have += r;
            }
            return have;
        }

        /** Keeps a piece of the current line, or only notes that the line is too long. */
        private void append(int from, int length) {
            if (tooLong) {
                return;
            }
            // One byte past the limit may be a '\r' of a CRLF line end, so keep up to max + 1 before judging.
            if (lineLength + length > max + 1) {
                tooLong = true;
                return;
            }
            if (lineLength + length > line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(max + 1, Math.max(line.length * 2, lineLength + length)));
            }
            System.arraycopy(chunk, from, line, lineLength, length);
            lineLength += length;
        }

        private void endOfLine() {
            number++;
            int length = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            boolean over = tooLong || length > max;
            lineLength = 0;
            tooLong = false;
            if (over) {
                problem(new ReadProblem(source, number, 0, "", InputTexts.Limit.LINE.code(), InputTexts.Limit.LINE.text(max)), null);
                return;
            }
            int bad = Utf8.firstInvalid(line, 0, length);
            if (bad >= 0) {
                problem(new ReadProblem(source, number, Utf8.charCount(line, 0, bad) + 1L, "", InputTexts.UTF8,
                        InputTexts.utf8(line[bad] & 0xFF)), null);
                return;
            }
            if (isBlank(length)) {
                blank++;
                return;
            }
            String text = new String(line, 0, length, StandardCharsets.UTF_8);
            try {
                records.accept(number, text);
                accepted++;
            } catch (InputFormatException e) {
                ReadProblem p = e.problem();
                problem(new ReadProblem(source, number, p.column(), p.path(), p.code(), p.message()), e);
            } catch (Dvc4jException e) {
                problem(new ReadProblem(source, number, 0, "", e.code(), e.text()), e);
            }
        }

        private boolean isBlank(int length) {
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        private void problem(ReadProblem p, Throwable cause) {
            if (mode == ReadMode.STRICT) {
                throw new InputFormatException(p, cause);
            }
            malformed++;
            if (problems.size() < limits.maxProblems()) {
                problems.add(p);
            }
        }
    }
}
