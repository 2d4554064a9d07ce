package dev.dvc4j.stats.io;

import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.internal.BlockIngest;
import dev.dvc4j.stats.internal.DossierLineParser;
import dev.dvc4j.stats.internal.FactsCsvParser;
import dev.dvc4j.stats.internal.FactsJsonParser;
import dev.dvc4j.stats.internal.FormatProbe;
import dev.dvc4j.stats.internal.Utf8Encoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Reads {@link DossierFacts} from JSON Lines or CSV fact files, or from dvc4j dossiers one per line, in bounded memory
 * and on every core. The bytes are parsed as they are (no decoding of the stream to characters, no parser per line,
 * reused buffers), under dvc4j's one reading policy:
 *
 * <ul>
 *   <li><b>Strict UTF-8</b>: a malformed byte makes its record malformed, with its position. A byte order mark is
 *       accepted at the start of the input, nowhere else.</li>
 *   <li><b>No guessing</b>: a repeated key, an unknown key or column and a JSON value of the wrong type are errors
 *       (a number is not read from {@code "4"}, a flag not from {@code 1}); a line that is {@code null}, an array or
 *       an empty object is no record. CSV cells have no type and are read by their column's text form.</li>
 *   <li><b>Limits while streaming</b> ({@link ReadLimits}): a line longer than {@link ReadLimits#maxLineBytes()}
 *       bytes (without its line end) is a malformed record found without holding the line; a line of exactly the limit
 *       is read. A single-line file of any size is read in the same small memory.</li>
 *   <li><b>{@linkplain ReadMode#LENIENT Lenient}</b> (the default): no record stops the read. Every line is counted
 *       as accepted, malformed or blank ({@link ReadSummary}: records = accepted + malformed), and the first
 *       {@link ReadLimits#maxProblems()} problems are kept with their source, line, column (in characters) and JSON
 *       path or CSV column. A record the sink refuses with a dvc4j error (a time outside the working calendar's
 *       range) is malformed too, with its line.</li>
 *   <li><b>{@linkplain ReadMode#STRICT Strict}</b>: the first problem in input order stops the read with a
 *       {@link FactsFormatException} naming it.</li>
 * </ul>
 *
 * <p><b>Formats.</b> JSON Lines and CSV use the same names (see {@link FactsWriter}): {@code code, agency,
 * procedure, sector, province, channel, level, onlineMode, filedAt, receivedAt, dueAt, finishedAt, returnedAt,
 * status, supplements, payment, feeBearing, digitised, reused, electronicResult, vneid, populationData, feedback,
 * resultDelivery, legalMaxMinutes, distanceKm}. In JSON, codes, names and times are strings, {@code level},
 * {@code payment}, {@code legalMaxMinutes} and {@code distanceKm} integers, the flags {@code true}/{@code false},
 * {@code supplements} an array of {@code {"requestedAt": …, "completedAt": …}}, and {@code null} leaves a field
 * absent; channel and status take their wire names ({@code online}, {@code result-returned}) or, as integers, their
 * portal codes ({@code 2}, {@code 10}). Times are ISO-8601 with an offset, ISO-8601 local or {@code yyyyMMddHHmmss}
 * (both Vietnam time). A CSV file starts with a header naming its columns in any order; quoted cells follow RFC 4180
 * but may not span lines; an empty cell leaves a field absent; flags read {@code true/false/1/0}; {@code supplements}
 * is written {@code requested/completed;requested/} (empty completion: still open). A dossier line is dvc4j's wire
 * format: it is replayed and its hash chain verified, then mapped by a {@link FactsMapper}. Blank lines are skipped
 * and counted.
 *
 * <p><b>Threads.</b> {@link #fold} reads a file on {@link #threads()} threads: the input is cut into blocks of whole
 * lines, each thread parses blocks into its own copy of the accumulator ({@link Accumulator#empty()}), and the copies
 * are merged. Problems keep their exact line in the file and come in input order, and the result and summary are the
 * same for any number of threads. Memory is bounded by about {@code threads + 2} blocks of 1 MiB (less with many
 * threads) plus one line of up to the limit, and one accumulator per thread. {@link #read} hands facts to one sink
 * on the calling thread, in input order.
 *
 * <p>Instances are immutable and thread-safe; each call is independent.
 */
public final class FactsReader {

    /** The formats read. */
    public enum Format {
        /** One fact object per line ({@code .jsonl}, {@code .ndjson}). */
        JSON_LINES,
        /** Comma-separated values with a header ({@code .csv}). */
        CSV,
        /** One dvc4j dossier per line, its history verified ({@code .jsonl}, as {@code dvc4j generate} writes). */
        DOSSIER_JSON_LINES
    }

    /** Default limit of problems kept in a summary. */
    public static final int DEFAULT_MAX_PROBLEMS = ReadLimits.DEFAULTS.maxProblems();
    /** Longest line accepted by default, in bytes without its line end. */
    public static final int MAX_LINE_LENGTH = ReadLimits.DEFAULTS.maxLineBytes();

    /** How many lines {@link #detect(Path)} looks at, at most. */
    private static final int PROBE_LINES = 200;

    private final Format format;
    private final ReadMode mode;
    private final ReadLimits limits;
    private final int threads;
    private final FactsMapper mapper;
    private final String name;
    private final LongConsumer progress;
    private final int blockBytes;

    private FactsReader(Format format, ReadMode mode, ReadLimits limits, int threads, FactsMapper mapper, String name,
                        LongConsumer progress, int blockBytes) {
        this.format = Objects.requireNonNull(format, "format");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.name = name;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.blockBytes = blockBytes;
    }

    /**
     * A lenient reader of a format, with the default limits, on every available core for {@link #fold}; dossiers
     * are mapped with {@link FactsMapper#defaults()}.
     *
     * @param format the format
     * @return the reader
     */
    public static FactsReader of(Format format) {
        return new FactsReader(format, ReadMode.LENIENT, ReadLimits.DEFAULTS, Runtime.getRuntime().availableProcessors(),
                FactsMapper.defaults(), null, n -> { }, 0);
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
     * A lenient reader of dossiers, one per line.
     *
     * @param mapper how each dossier becomes facts (catalogue, province)
     * @return the reader
     */
    public static FactsReader dossierLines(FactsMapper mapper) {
        return of(Format.DOSSIER_JSON_LINES).mapper(mapper);
    }

    /**
     * The format a file name implies: {@code .csv} is CSV, anything else fact JSON Lines. {@link #detect(Path)} also
     * looks at the content.
     *
     * @param file the file
     * @return the format
     */
    public static Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? Format.CSV : Format.JSON_LINES;
    }

    /**
     * The format of a file by its name and content: {@code .csv} is CSV; otherwise, among the first 200 lines, each
     * well-formed JSON object telling what it is votes (a dossier has {@code events}; a fact has only fact keys) and
     * the majority decides, so bad lines at the top do not decide for the file. Fact JSON Lines when no line tells.
     *
     * @param file the file
     * @return the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Format detect(Path file) {
        if (formatOf(file) == Format.CSV) {
            return Format.CSV;
        }
        try (InputStream in = Files.newInputStream(file)) {
            FormatProbe.Kind k = FormatProbe.probe(in, ReadLimits.DEFAULTS.maxLineBytes(), PROBE_LINES);
            return k == FormatProbe.Kind.DOSSIERS ? Format.DOSSIER_JSON_LINES : Format.JSON_LINES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy with another mode.
     *
     * @param m the mode
     * @return the reader
     */
    public FactsReader mode(ReadMode m) {
        return new FactsReader(format, m, limits, threads, mapper, name, progress, blockBytes);
    }

    /** @return a strict copy */
    public FactsReader strict() {
        return mode(ReadMode.STRICT);
    }

    /**
     * A copy keeping at most this many problems in the summary (all are still counted).
     *
     * @param max the limit, 0 or more
     * @return the reader
     */
    public FactsReader maxProblems(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxProblems < 0");
        }
        return limits(new ReadLimits(limits.maxLineBytes(), limits.maxDocumentBytes(), limits.maxNestingDepth(),
                limits.maxStringLength(), limits.maxNumberLength(), max));
    }

    /**
     * A copy with other limits.
     *
     * @param l the limits
     * @return the reader
     */
    public FactsReader limits(ReadLimits l) {
        return new FactsReader(format, mode, l, threads, mapper, name, progress, blockBytes);
    }

    /**
     * A copy folding on this many threads ({@code 1}: on the calling thread only).
     *
     * @param n at least 1
     * @return the reader
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public FactsReader threads(int n) {
        return new FactsReader(format, mode, limits, n, mapper, name, progress, blockBytes);
    }

    /**
     * A copy that maps dossiers with another mapper ({@link Format#DOSSIER_JSON_LINES}).
     *
     * @param m the mapper
     * @return the reader
     */
    public FactsReader mapper(FactsMapper m) {
        return new FactsReader(format, mode, limits, threads, m, name, progress, blockBytes);
    }

    /**
     * A copy that names its input in problems (by default the file's path, or nothing for a stream).
     *
     * @param source the name
     * @return the reader
     */
    public FactsReader named(String source) {
        return new FactsReader(format, mode, limits, threads, mapper, Objects.requireNonNull(source, "source"),
                progress, blockBytes);
    }

    /**
     * A copy that reports the bytes it reads, for a progress bar; called on the calling thread only.
     *
     * @param bytesRead told the number of bytes each read returned
     * @return the reader
     */
    public FactsReader progress(LongConsumer bytesRead) {
        return new FactsReader(format, mode, limits, threads, mapper, name, bytesRead, blockBytes);
    }

    /** A copy cutting its input into blocks of this many bytes (tests make blocks small to have many). */
    FactsReader blockBytes(int bytes) {
        return new FactsReader(format, mode, limits, threads, mapper, name, progress, bytes);
    }

    /** @return the format */
    public Format format() {
        return format;
    }

    /** @return the mode */
    public ReadMode mode() {
        return mode;
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    /** @return how many threads {@link #fold} uses */
    public int threads() {
        return threads;
    }

    /**
     * Reads a file, handing each fact to a sink on the calling thread, in input order.
     *
     * @param file the file
     * @param sink receives each fact
     * @return the summary, named after the file
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first problem, or for an unusable CSV header
     */
    public ReadSummary read(Path file, Consumer<? super DossierFacts> sink) {
        Objects.requireNonNull(sink, "sink");
        try (InputStream in = Files.newInputStream(file)) {
            return run(in, source(file), 1, () -> sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a byte stream (not closed), handing each fact to a sink on the calling thread.
     *
     * @param in the UTF-8 input
     * @param sink receives each fact
     * @return the summary
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first problem, or for an unusable CSV header
     */
    public ReadSummary read(InputStream in, Consumer<? super DossierFacts> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        return run(in, name == null ? "" : name, 1, () -> sink);
    }

    /**
     * Reads a character stream (not closed), handing each fact to a sink on the calling thread. The characters are
     * read as their UTF-8 bytes; a lone surrogate is malformed UTF-8 at its position.
     *
     * @param in the input
     * @param sink receives each fact
     * @return the summary
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first problem, or for an unusable CSV header
     */
    public ReadSummary read(Reader in, Consumer<? super DossierFacts> sink) {
        Objects.requireNonNull(in, "in");
        return read(new Utf8Encoding(in), sink);
    }

    /**
     * Reads a file into an accumulator on {@link #threads()} threads: each thread folds its blocks into its own
     * {@link Accumulator#empty() copy}, and the copies are merged into {@code into}. The result is the same for any
     * number of threads. If the read fails (an I/O error, or a problem in strict mode) the accumulator's content is
     * unspecified.
     *
     * @param file the file
     * @param into the accumulator (may already hold facts)
     * @param <A> the accumulator type
     * @return the summary, named after the file
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first problem, or for an unusable CSV header
     */
    public <A extends Accumulator<DossierFacts, A, ?>> ReadSummary fold(Path file, A into) {
        Objects.requireNonNull(into, "into");
        try (InputStream in = Files.newInputStream(file)) {
            return fold(in, source(file), into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a byte stream (not closed) into an accumulator as {@link #fold(Path, Accumulator)} does; the stream is read
     * on the calling thread and parsed on {@link #threads()} threads.
     *
     * @param in the UTF-8 input
     * @param into the accumulator
     * @param <A> the accumulator type
     * @return the summary
     * @throws UncheckedIOException on an I/O error
     * @throws FactsFormatException in strict mode at the first problem, or for an unusable CSV header
     */
    public <A extends Accumulator<DossierFacts, A, ?>> ReadSummary fold(InputStream in, A into) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(into, "into");
        return fold(in, name == null ? "" : name, into);
    }

    private <A extends Accumulator<DossierFacts, A, ?>> ReadSummary fold(InputStream in, String source, A into) {
        List<A> parts = new ArrayList<>(threads);
        ReadSummary s = run(in, source, threads, () -> {
            A part = parts.isEmpty() ? into : into.empty();
            parts.add(part);
            return part::add;
        });
        for (A part : parts) {
            if (part != into) {
                into.merge(part);
            }
        }
        return s;
    }

    private String source(Path file) {
        return name != null ? name : file.toString();
    }

    private ReadSummary run(InputStream in, String source, int workers, Supplier<Consumer<? super DossierFacts>> sinks) {
        BlockIngest<DossierFacts> ingest = new BlockIngest<>(source, mode, limits, workers, blockBytes, progress,
                FactsReader::error);
        return ingest.read(in, parsers(source), sinks);
    }

    private BlockIngest.Format<DossierFacts> parsers(String source) {
        return switch (format) {
            case JSON_LINES -> () -> new FactsJsonParser(limits);
            case CSV -> new FactsCsvParser(source, FactsReader::error);
            case DOSSIER_JSON_LINES -> () -> new DossierLineParser(mapper);
        };
    }

    private static InputFormatException error(ReadProblem p) {
        return new FactsFormatException(p, null);
    }
}
