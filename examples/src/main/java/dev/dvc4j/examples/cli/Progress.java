package dev.dvc4j.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, shown only for runs that last longer than two seconds and redrawn at most five
 * times a second. With an unknown total it shows a count and a rate.
 */
public final class Progress implements AutoCloseable {

    /** Runs shorter than this show nothing. */
    public static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final LongSupplier nanoTime;
    private boolean bytes;
    private final long start;
    private long done;
    private long lastDraw;
    private boolean shown;

    /**
     * @param err where to draw
     * @param label what is being counted
     * @param total the expected count, or a negative number if unknown
     */
    public Progress(PrintWriter err, String label, long total) {
        this(err, label, total, System::nanoTime);
    }

    /**
     * @param err where to draw
     * @param label what is being counted
     * @param total the expected count, or a negative number if unknown
     * @param nanoTime the time source
     */
    public Progress(PrintWriter err, String label, long total, LongSupplier nanoTime) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * Shows the count as megabytes (for byte counts).
     *
     * @return this progress
     */
    public Progress inBytes() {
        this.bytes = true;
        return this;
    }

    /**
     * Counts items done.
     *
     * @param n how many more
     */
    public void advance(long n) {
        done += n;
        if ((done & 1023) != 0 && n == 1) {
            return; // check the clock only every 1024 items
        }
        long now = nanoTime.getAsLong();
        if (now - start >= QUIET_NANOS && now - lastDraw >= REDRAW_NANOS) {
            draw(now);
            lastDraw = now;
        }
    }

    /**
     * A stream that advances this progress by every byte read through it.
     *
     * @param in the stream (closed with the returned one)
     * @return the counting stream
     */
    public java.io.InputStream counting(java.io.InputStream in) {
        java.util.Objects.requireNonNull(in, "in");
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }
        };
    }

    /** @return whether the bar was drawn at least once */
    public boolean shown() {
        return shown;
    }

    /** @return the count so far */
    public long done() {
        return done;
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        long rate = Math.round(done / seconds);
        String line;
        if (total > 0 && bytes) {
            int pct = (int) Math.min(100, done * 100 / total);
            int filled = (int) Math.min(BAR, done * BAR / total);
            line = String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %,d/%,d MB (%,d MB/s)", label, "#".repeat(filled),
                    ".".repeat(BAR - filled), pct, done >> 20, total >> 20, rate >> 20);
        } else if (total > 0) {
            int pct = (int) Math.min(100, done * 100 / total);
            int filled = (int) Math.min(BAR, done * BAR / total);
            line = String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %,d/%,d (%,d/s)", label, "#".repeat(filled), ".".repeat(BAR - filled),
                    pct, done, total, rate);
        } else {
            line = String.format(Locale.ROOT, "\r%s %,d (%,d/s)", label, done, rate);
        }
        err.print(line);
        err.flush();
        shown = true;
    }

    /** Draws the final state and ends the line, if the bar was shown. */
    @Override
    public void close() {
        if (shown) {
            draw(nanoTime.getAsLong());
            err.println();
            err.flush();
        }
    }
}
