package dev.dvc4j.stats.internal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Reads a line-based input (JSON Lines, CSV) on one or more threads under the one reading policy. The calling thread
 * cuts the input into {@linkplain LineBlocks blocks of whole lines}; each worker parses whole blocks with its own
 * {@link Parser} and hands the records to its own sink (a per-thread accumulator); the blocks' counts and problems are
 * then combined in input order, so every problem keeps its exact line in the file and the summary is the same for
 * any number of threads.
 *
 * <ul>
 *   <li>Limits: a line longer than {@link ReadLimits#maxLineBytes()} bytes (without its line end) is a malformed
 *       record, found while streaming; a line of exactly the limit is read. At most
 *       {@link ReadLimits#maxProblems()} problems are kept, all are counted.</li>
 *   <li>Memory: at most {@code threads + 2} blocks are in flight, each of {@link #blockBytes} (a block grows only to
 *       hold one line of up to the limit), whatever the size of the input.</li>
 *   <li>Lenient mode never stops on a record: every line is accepted, malformed or blank; a record a sink refuses
 *       with a {@link Dvc4jException} (a time outside the calendar's range) is malformed too. Strict mode stops at the
 *       first problem in input order and throws it.</li>
 * </ul>
 *
 * @param <R> the record type
 */
public final class BlockIngest<R> {

    /**
     * Parses one line into a record; one instance per worker, so it may keep buffers.
     *
     * @param <R> the record type
     */
    public interface Parser<R> {
        /**
         * Parses one line.
         *
         * @param buf the bytes
         * @param start the line's first byte
         * @param end the line's end, without its line break; or, for a parser that {@linkplain #findsLineEnd() finds
         *            line ends}, the block's end
         * @return the record
         * @throws Malformed why the line is no record, and where
         */
        R parse(byte[] buf, int start, int end);

        /**
         * Whether this parser finds the end of its line as it parses, which spares a pass over the bytes: it is then
         * given the block's end, must not read past the line's {@code '\n'}, and tells where it is with
         * {@link #lineEnd()}.
         *
         * @return whether it does
         */
        default boolean findsLineEnd() {
            return false;
        }

        /** @return after a successful {@link #parse}, the index of the line's {@code '\n'}, or the block's end */
        default int lineEnd() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * What a format reads before its records (a CSV header), then its parsers.
     *
     * @param <R> the record type
     */
    public interface Format<R> {
        /** @return whether the first non-blank line is a header to read with {@link #header} before any record */
        default boolean hasHeader() {
            return false;
        }

        /**
         * Reads the header line; a header that cannot be used stops the read in either mode, with the exception
         * the format throws.
         *
         * @param buf the bytes
         * @param start the line's first byte
         * @param end its end, without the line break
         * @param line its 1-based line number
         */
        default void header(byte[] buf, int start, int end, long line) {
        }

        /** @return a parser for one worker */
        Parser<R> parser();
    }

    /** A block of whole lines. Not for use outside the reader. */
    static final class Block {
        byte[] buf;
        int from;
        int to;
        long seq;
        /** 0, or: this block stands for one line longer than the limit, which passed it at this column. */
        int tooLongColumn;
        /** Lines and blank lines already counted at the block's start (before a CSV header's end). */
        long preLines;
        long preBlank;

        void set(byte[] b, int f, int t, long s) {
            buf = b;
            from = f;
            to = t;
            seq = s;
        }
    }

    /** One block's counts and problems, lines numbered from the block's start. */
    private static final class Result {
        final long seq;
        long lines;
        long accepted;
        long malformed;
        long blank;
        final List<Problem> problems = new ArrayList<>(0);
        /** The block's first problem, kept even when no problem is listed. */
        Problem first;
        Block block;

        Result(long seq) {
            this.seq = seq;
        }
    }

    private record Problem(long line, long column, String path, String code, LocalizedText text) {
    }

    private static final int MIN_BLOCK = 64 * 1024;
    private static final int MAX_BLOCK = 1 << 20;
    private static final Block POISON = new Block();

    private final String source;
    private final ReadMode mode;
    private final ReadLimits limits;
    private final int threads;
    private final int blockBytes;
    private final LongConsumer progress;
    private final Function<ReadProblem, RuntimeException> strictError;

    // Combination of the blocks' results, in input order (guarded by `this`).
    private long nextMerge;
    private long lines;
    private long accepted;
    private long malformed;
    private long blank;
    private final List<ReadProblem> problems = new ArrayList<>();
    private ReadProblem firstProblem;
    private Result[] ring;

    // Stopping.
    private volatile long stopAt = Long.MAX_VALUE;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * A reader.
     *
     * @param source the input's name for problems, or empty
     * @param mode lenient or strict
     * @param limits the limits
     * @param threads how many workers (1: everything on the calling thread)
     * @param blockBytes the size of a block, or 0 for the default (1 MiB, less with many threads, so that the blocks
     *                   in flight stay under 32 MiB)
     * @param progress told how many bytes were read, on the calling thread
     * @param strictError the exception strict mode throws for a problem
     */
    public BlockIngest(String source, ReadMode mode, ReadLimits limits, int threads, int blockBytes,
                       LongConsumer progress, Function<ReadProblem, RuntimeException> strictError) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        this.source = source;
        this.mode = mode;
        this.limits = limits;
        this.threads = threads;
        this.blockBytes = blockBytes > 0 ? blockBytes
                : Math.max(MIN_BLOCK, Math.min(MAX_BLOCK, (32 << 20) / (threads + 2)));
        this.progress = progress;
        this.strictError = strictError;
    }

    /**
     * Reads the input.
     *
     * @param in the input (not closed)
     * @param format the format
     * @param sinks gives each worker its sink; called once per worker, on the calling thread
     * @return the summary
     * @throws UncheckedIOException on a read error
     * @throws RuntimeException the strict-mode error, an unusable header's error, or what a sink threw that is not a
     *                          {@link Dvc4jException}
     */
    public ReadSummary read(InputStream in, Format<R> format, java.util.function.Supplier<Consumer<? super R>> sinks) {
        LineBlocks blocks = new LineBlocks(in, blockBytes, limits.maxLineBytes(), progress);
        ring = new Result[threads + 2];
        try {
            Block first = new Block();
            if (!blocks.fill(first)) {
                return summary();
            }
            if (format.hasHeader() && !header(blocks, first, format)) {
                return summary();
            }
            if (threads == 1 || blocks.exhausted()) {
                sequential(blocks, first, format.parser(), sinks.get());
            } else {
                parallel(blocks, first, format, sinks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (firstProblem != null && mode == ReadMode.STRICT) {
            throw strictError.apply(firstProblem);
        }
        return summary();
    }

    private ReadSummary summary() {
        return new ReadSummary(source, lines, accepted, malformed, blank, problems);
    }

    /**
     * Reads lines up to the header, on the calling thread: blank lines are counted, the header is given to the format,
     * and the block is left holding the rest.
     *
     * @return false if the input held no header (only blank lines, or nothing)
     */
    private boolean header(LineBlocks blocks, Block b, Format<R> format) throws IOException {
        long preLines = 0;
        long preBlank = 0;
        while (true) {
            if (b.tooLongColumn > 0) {
                throw strictError.apply(new ReadProblem(source, preLines + 1, b.tooLongColumn, "", tooLong().code(),
                        tooLong().text()));
            }
            int i = b.from;
            while (i < b.to) {
                int nl = Utf8.indexOfNewline(b.buf, i, b.to);
                int next = nl < 0 ? b.to : nl + 1;
                int end = lineEnd(b.buf, i, nl < 0 ? b.to : nl);
                preLines++;
                if (end - i > limits.maxLineBytes()) {
                    throw strictError.apply(new ReadProblem(source, preLines,
                            1 + Utf8.codePoints(b.buf, i, i + limits.maxLineBytes()), "", tooLong().code(), tooLong().text()));
                }
                if (!isBlank(b.buf, i, end)) {
                    format.header(b.buf, i, end, preLines);
                    b.from = next;
                    b.preLines = preLines;
                    b.preBlank = preBlank;
                    return true;
                }
                preBlank++;
                i = next;
            }
            if (!blocks.fill(b)) {
                lines += preLines;
                blank += preBlank;
                return false;
            }
        }
    }

    private void sequential(LineBlocks blocks, Block b, Parser<R> parser, Consumer<? super R> sink) throws IOException {
        do {
            Result r = process(b, parser, sink);
            merge(r);
            if (firstProblem != null && mode == ReadMode.STRICT) {
                return;
            }
            b.preLines = 0;
            b.preBlank = 0;
        } while (blocks.fill(b));
    }

    private void parallel(LineBlocks blocks, Block first, Format<R> format,
                          java.util.function.Supplier<Consumer<? super R>> sinks) throws IOException {
        int pool = threads + 2;
        ArrayBlockingQueue<Block> work = new ArrayBlockingQueue<>(pool + threads);
        ArrayBlockingQueue<Block> free = new ArrayBlockingQueue<>(pool);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Parser<R> parser = format.parser();
            Consumer<? super R> sink = sinks.get();
            Thread w = new Thread(() -> work(work, free, parser, sink), "dvc4j-read-" + (t + 1));
            w.setDaemon(true);
            workers.add(w);
        }
        workers.forEach(Thread::start);
        int created = 1;
        try {
            Block b = first;
            while (true) {
                if (!offer(work, b)) {
                    break;
                }
                b = free.poll();
                if (b == null && created < pool) {
                    b = new Block();
                    created++;
                }
                while (b == null && running()) {
                    b = free.poll(10, TimeUnit.MILLISECONDS);
                }
                if (b == null || !running() || !blocks.fill(b)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new InterruptedIOException("interrupted while reading"));
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            for (int t = 0; t < threads; t++) {
                while (!work.offer(POISON)) {
                    work.poll();
                }
            }
            for (Thread w : workers) {
                joinUninterruptibly(w);
            }
        }
        Throwable f = failure.get();
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    private boolean running() {
        return failure.get() == null && stopAt == Long.MAX_VALUE;
    }

    private boolean offer(ArrayBlockingQueue<Block> work, Block b) throws InterruptedException {
        while (!work.offer(b, 10, TimeUnit.MILLISECONDS)) {
            if (!running()) {
                return false;
            }
        }
        return true;
    }

    private static void joinUninterruptibly(Thread w) {
        boolean interrupted = false;
        while (true) {
            try {
                w.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work(ArrayBlockingQueue<Block> work, ArrayBlockingQueue<Block> free, Parser<R> parser,
                      Consumer<? super R> sink) {
        try {
            while (true) {
                Block b = work.take();
                if (b == POISON) {
                    return;
                }
                Result r = failure.get() != null || b.seq > stopAt ? new Result(b.seq) : process(b, parser, sink);
                r.block = b;
                for (Block done : complete(r)) {
                    free.offer(done);
                }
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new InterruptedIOException("interrupted while reading"));
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Stores a block's result and combines every result now next in input order; returns the blocks freed. */
    private synchronized List<Block> complete(Result r) {
        ring[(int) (r.seq % ring.length)] = r;
        List<Block> freed = new ArrayList<>(1);
        Result next;
        while ((next = ring[(int) (nextMerge % ring.length)]) != null && next.seq == nextMerge) {
            ring[(int) (nextMerge % ring.length)] = null;
            if (firstProblem == null || mode != ReadMode.STRICT) {
                merge(next);
            }
            freed.add(next.block);
            next.block = null;
            nextMerge++;
        }
        return freed;
    }

    private void merge(Result r) {
        long base = lines;
        lines += r.lines;
        accepted += r.accepted;
        malformed += r.malformed;
        blank += r.blank;
        if (firstProblem == null && r.first != null) {
            firstProblem = at(base, r.first);
        }
        for (Problem p : r.problems) {
            if (problems.size() < limits.maxProblems()) {
                problems.add(at(base, p));
            }
        }
    }

    private ReadProblem at(long base, Problem p) {
        return new ReadProblem(source, base + p.line(), p.column(), p.path(), p.code(), p.text());
    }

    private void stop(long seq) {
        synchronized (this) {
            if (seq < stopAt) {
                stopAt = seq;
            }
        }
    }

    private Result process(Block b, Parser<R> parser, Consumer<? super R> sink) {
        Result r = new Result(b.seq);
        r.lines = b.preLines;
        r.blank = b.preBlank;
        if (b.tooLongColumn > 0) {
            r.lines++;
            Malformed m = tooLong();
            problem(r, r.lines, b.tooLongColumn, "", m.code(), m.text());
            return r;
        }
        byte[] buf = b.buf;
        int to = b.to;
        int max = limits.maxLineBytes();
        boolean strict = mode == ReadMode.STRICT;
        boolean fused = parser.findsLineEnd();
        int i = b.from;
        while (i < to) {
            long line = ++r.lines;
            int breakAt;
            R record = null;
            Malformed bad = null;
            if (fused) {
                int k = i;
                while (k < to && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r')) {
                    k++;
                }
                if (k == to || buf[k] == '\n') {
                    breakAt = k;
                } else {
                    try {
                        record = parser.parse(buf, i, to);
                        breakAt = parser.lineEnd();
                    } catch (Malformed m) {
                        bad = m;
                        breakAt = Utf8.indexOfNewline(buf, Math.max(i, m.position()), to);
                    } catch (RuntimeException e) {
                        bad = unreadable();
                        breakAt = Utf8.indexOfNewline(buf, i, to);
                    }
                    if (breakAt < 0) {
                        breakAt = to;
                    }
                }
            } else {
                breakAt = Utf8.indexOfNewline(buf, i, to);
                if (breakAt < 0) {
                    breakAt = to;
                }
            }
            int next = breakAt < to ? breakAt + 1 : to;
            int end = lineEnd(buf, i, breakAt);
            if (end - i > max) {
                Malformed m = tooLong();
                problem(r, line, 1 + Utf8.codePoints(buf, i, i + max), "", m.code(), m.text());
                if (strict) {
                    return r;
                }
                i = next;
                continue;
            }
            if (isBlank(buf, i, end)) {
                r.blank++;
                i = next;
                continue;
            }
            if (!fused) {
                try {
                    record = parser.parse(buf, i, end);
                } catch (Malformed m) {
                    bad = m;
                } catch (RuntimeException e) {
                    bad = unreadable();
                }
            }
            if (bad != null) {
                int p = bad.position();
                problem(r, line, p < i ? 0 : 1 + Utf8.codePoints(buf, i, Math.min(p, end)), bad.path(), bad.code(), bad.text());
                if (strict) {
                    return r;
                }
                i = next;
                continue;
            }
            try {
                sink.accept(record);
                r.accepted++;
            } catch (Dvc4jException e) {
                problem(r, line, 0, "", e.code(), e.text());
                if (strict) {
                    return r;
                }
            }
            i = next;
        }
        return r;
    }

    private static Malformed unreadable() {
        return new Malformed(Malformed.NO_POSITION, "", "input.record", LocalizedText.of("Không đọc được bản ghi",
                "The record could not be read"));
    }

    private void problem(Result r, long line, long column, String path, String code, LocalizedText text) {
        Problem p = new Problem(line, column, path, code, text);
        if (r.first == null) {
            r.first = p;
        }
        if (r.problems.size() < limits.maxProblems()) {
            r.problems.add(p);
        }
        r.malformed++;
        if (mode == ReadMode.STRICT) {
            stop(r.seq);
        }
    }

    private Malformed tooLong() {
        return new Malformed(Malformed.NO_POSITION, "", "input.too-long", LocalizedText.of(
                "Dòng dài quá %d byte", "The line is longer than %d bytes").formatted(limits.maxLineBytes()));
    }

    /** The end of a line's content: before its {@code \r\n} or {@code \n}. */
    private static int lineEnd(byte[] buf, int start, int breakAt) {
        return breakAt > start && buf[breakAt - 1] == '\r' ? breakAt - 1 : breakAt;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
