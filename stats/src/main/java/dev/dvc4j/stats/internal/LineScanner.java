package dev.dvc4j.stats.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads lines into a reused character buffer, so a line costs no allocation. Accepts {@code \n} and {@code \r\n}.
 * A line longer than the limit is reported (and skipped) rather than buffered.
 */
public final class LineScanner {

    private final Reader in;
    private final int maxLine;
    private char[] buf = new char[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineLength;
    private boolean tooLong;

    /**
     * A scanner.
     *
     * @param in the input
     * @param maxLine the longest line accepted, in characters
     */
    public LineScanner(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /**
     * Advances to the next line.
     *
     * @return whether there is one
     * @throws IOException on a read error
     */
    public boolean next() throws IOException {
        tooLong = false;
        int scan = start;
        while (true) {
            for (int i = scan; i < end; i++) {
                if (buf[i] == '\n') {
                    lineStart = start;
                    lineLength = (i > start && buf[i - 1] == '\r' ? i - 1 : i) - start;
                    start = i + 1;
                    return true;
                }
            }
            scan = end;
            if (eof) {
                if (start == end) {
                    return false;
                }
                lineStart = start;
                lineLength = end - start;
                if (lineLength > 0 && buf[end - 1] == '\r') {
                    lineLength--;
                }
                start = end;
                return true;
            }
            if (end - start >= maxLine) {
                // Skip to the end of this over-long line.
                skipRest();
                tooLong = true;
                lineStart = start;
                lineLength = 0;
                return true;
            }
            scan -= start;
            fill();
        }
    }

    private void skipRest() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            start = 0;
            end = 0;
            if (eof) {
                return;
            }
            int r = in.read(buf, 0, buf.length);
            if (r < 0) {
                eof = true;
            } else {
                end = r;
            }
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, 16), maxLine + 2));
        }
        int r = in.read(buf, end, buf.length - end);
        if (r < 0) {
            eof = true;
        } else {
            end += r;
        }
    }

    /** @return the buffer holding the current line */
    public char[] buffer() {
        return buf;
    }

    /** @return the current line's first character in {@link #buffer()} */
    public int lineStart() {
        return lineStart;
    }

    /** @return the current line's length, without the line break */
    public int lineLength() {
        return lineLength;
    }

    /** @return whether the current line exceeded the limit (its content is not available) */
    public boolean tooLong() {
        return tooLong;
    }
}
