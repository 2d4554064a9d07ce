package dev.dvc4j.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Cuts a byte stream into blocks of whole lines for {@link BlockIngest}: each block ends just after a line break
 * (the last one may end at the end of the input), so blocks can be parsed independently and in any order. Memory
 * stays bounded whatever the input: a line longer than the limit is never held whole; once it is known to be too
 * long it is skipped to its end and stands as a {@linkplain BlockIngest.Block#tooLongColumn marker} in the sequence
 * of blocks. A UTF-8 byte order mark at the very start of the input is dropped.
 */
final class LineBlocks {

    private final InputStream in;
    private final int blockBytes;
    private final int maxLine;
    private final LongConsumer progress;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private boolean started;
    private long seq;

    /**
     * @param in the input (not closed)
     * @param blockBytes the usual size of a block (at least 3: the first block must be able to hold a byte order mark)
     * @param maxLine the longest line accepted, in bytes without its line end
     * @param progress told how many bytes each read returned
     */
    LineBlocks(InputStream in, int blockBytes, int maxLine, LongConsumer progress) {
        this.in = in;
        this.blockBytes = Math.max(3, blockBytes);
        this.maxLine = maxLine;
        this.progress = progress;
    }

    /** @return whether the whole input has been handed out */
    boolean exhausted() {
        return eof && carryLength == 0;
    }

    /**
     * Fills the next block.
     *
     * @param b a block whose buffer may be reused
     * @return false at the end of the input (the block is then untouched)
     * @throws IOException on a read error
     */
    boolean fill(BlockIngest.Block b) throws IOException {
        if (exhausted()) {
            return false;
        }
        byte[] buf = b.buf;
        if (buf == null || buf.length < Math.max(blockBytes, carryLength)) {
            buf = new byte[Math.max(blockBytes, carryLength)];
        }
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int n = carryLength;
        carryLength = 0;
        int from = 0;
        b.tooLongColumn = 0;
        b.preLines = 0;
        b.preBlank = 0;
        while (true) {
            while (!eof && n < buf.length) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    eof = true;
                } else if (r > 0) {
                    n += r;
                    progress.accept(r);
                }
            }
            if (!started) {
                started = true;
                if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                    from = 3;
                }
            }
            if (eof) {
                b.set(buf, from, n, seq++);
                return true;
            }
            int last = Utf8.lastIndexOfNewline(buf, from, n);
            if (last >= 0) {
                keep(buf, last + 1, n);
                b.set(buf, from, last + 1, seq++);
                return true;
            }
            // The buffer holds part of one line and no line break.
            if (n - from - 1 > maxLine) {
                // Longer than the limit even if its last byte is the \r of a \r\n: refuse it without holding it.
                b.tooLongColumn = 1 + Utf8.codePoints(buf, from, from + maxLine);
                skipRestOfLine(buf);
                b.set(buf, from, from, seq++);
                return true;
            }
            buf = Arrays.copyOf(buf, (int) Math.min((long) from + maxLine + 2, Math.max(2L * buf.length, 16)));
        }
    }

    /** Keeps the start of the next line for the next block. */
    private void keep(byte[] buf, int from, int to) {
        int len = to - from;
        if (carry.length < len) {
            carry = new byte[Math.max(len, Math.min(blockBytes, 2 * len))];
        }
        System.arraycopy(buf, from, carry, 0, len);
        carryLength = len;
    }

    /** Reads and drops bytes up to the next line break, keeping what follows it. */
    private void skipRestOfLine(byte[] buf) throws IOException {
        while (true) {
            int r = in.read(buf, 0, buf.length);
            if (r < 0) {
                eof = true;
                return;
            }
            progress.accept(r);
            int nl = Utf8.indexOfNewline(buf, 0, r);
            if (nl >= 0) {
                keep(buf, nl + 1, r);
                return;
            }
        }
    }
}
