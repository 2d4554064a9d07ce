package dev.dvc4j.core.internal.json;

import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * A document's bytes as characters under the reading policy: strict {@link Utf8} (a malformed byte is an
 * {@link InputFormatException} naming its line and column, never U+FFFD), a byte order mark skipped at the start, and
 * the document's length limit counted while streaming, exact at the boundary (the mark is not counted). Lines and
 * columns count as JSON parsers count them: a line ends at {@code \n}, a column is a UTF-16 character.
 *
 * <p>An error is raised only once the characters before it have been handed out, so a parser reports an earlier
 * problem first. Not thread-safe; not part of the API.
 */
public final class Utf8Input extends Reader {

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int len;
    private boolean started;
    private boolean eof;
    /** Bytes of content read (after a byte order mark). */
    private long bytes;
    private long line = 1;
    private long column;
    /** The low surrogate of a supplementary character whose high half was handed out. */
    private char pendingLow;
    private InputFormatException pendingError;

    /**
     * Wraps a stream.
     *
     * @param source the input's name in messages, or empty
     * @param in the bytes (not closed: the caller that opened it closes it)
     * @param maxBytes the longest document accepted, in bytes
     */
    public Utf8Input(String source, InputStream in, long maxBytes) {
        this.source = Objects.requireNonNull(source, "source");
        this.in = Objects.requireNonNull(in, "in");
        this.maxBytes = maxBytes;
    }

    /** @return the bytes of content read so far */
    public long bytesRead() {
        return bytes;
    }

    @Override
    public int read(char[] cbuf, int off, int n) throws IOException {
        Objects.checkFromIndexSize(off, n, cbuf.length);
        if (n == 0) {
            return 0;
        }
        if (pendingError != null) {
            InputFormatException e = pendingError;
            pendingError = null;
            throw e;
        }
        int out = off;
        int end = off + n;
        if (pendingLow != 0) {
            cbuf[out++] = pendingLow;
            pendingLow = 0;
        }
        while (out < end) {
            if (pos == len && !fill()) {
                break;
            }
            if (pos + 4 > len && !eof) {
                compactAndFill();
            }
            int c = buf[pos] & 0xFF;
            if (c < 0x80) {
                if (!count(1, out > off)) {
                    break;
                }
                pos++;
                cbuf[out++] = (char) c;
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
                continue;
            }
            int k = Utf8.sequenceLength(c);
            boolean ok = k != 0 && pos + k <= len && Utf8.validSecond(c, buf[pos + 1] & 0xFF);
            for (int i = 2; ok && i < k; i++) {
                ok = (buf[pos + i] & 0xC0) == 0x80;
            }
            if (!ok) {
                InputFormatException e = new InputFormatException(new ReadProblem(source, line, column + 1, "",
                        InputTexts.UTF8, InputTexts.utf8(c)), null);
                if (out > off) {
                    pendingError = e;
                    break;
                }
                throw e;
            }
            if (!count(k, out > off)) {
                break;
            }
            int cp = switch (k) {
                case 2 -> (c & 0x1F) << 6 | buf[pos + 1] & 0x3F;
                case 3 -> (c & 0x0F) << 12 | (buf[pos + 1] & 0x3F) << 6 | buf[pos + 2] & 0x3F;
                default -> (c & 0x07) << 18 | (buf[pos + 1] & 0x3F) << 12 | (buf[pos + 2] & 0x3F) << 6 | buf[pos + 3] & 0x3F;
            };
            pos += k;
            if (cp < 0x10000) {
                cbuf[out++] = (char) cp;
                column++;
            } else {
                cbuf[out++] = Character.highSurrogate(cp);
                column += 2;
                if (out < end) {
                    cbuf[out++] = Character.lowSurrogate(cp);
                } else {
                    pendingLow = Character.lowSurrogate(cp);
                }
            }
        }
        return out == off ? -1 : out - off;
    }

    /** Counts a character's bytes against the limit; false (with the error pending or thrown) when it would pass it. */
    private boolean count(int k, boolean handedOut) {
        if (bytes + k > maxBytes) {
            InputFormatException e = new InputFormatException(new ReadProblem(source, line, column + 1, "",
                    InputTexts.Limit.DOCUMENT.code(), InputTexts.Limit.DOCUMENT.text(maxBytes)), null);
            if (handedOut) {
                pendingError = e;
                return false;
            }
            throw e;
        }
        bytes += k;
        return true;
    }

    /** Reads more once every byte read has been used; false at the end of the input. */
    private boolean fill() throws IOException {
        while (pos >= len) {
            if (eof) {
                return false;
            }
            pos = 0;
            len = 0;
            compactAndFill();
        }
        return true;
    }

    private void compactAndFill() throws IOException {
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
        while (len < 4 && !eof) {
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
        }
        // The loop above leaves at least four bytes, or the whole input: enough to tell a byte order mark.
        if (!started) {
            started = true;
            if (Utf8.startsWithBom(buf, 0, len)) {
                pos = 3;
            }
        }
    }

    /** Closes nothing: the stream belongs to the caller. */
    @Override
    public void close() {
        // The caller that opened the stream closes it.
    }
}
