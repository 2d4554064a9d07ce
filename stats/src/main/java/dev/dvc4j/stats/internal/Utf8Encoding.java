package dev.dvc4j.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The UTF-8 bytes of a character stream, so a {@link Reader} can be read by the byte-level readers. A lone UTF-16
 * surrogate, which UTF-8 cannot carry, is written as the three bytes of the surrogate's code point: the readers then
 * report it as malformed UTF-8 at its position, as they would in a file.
 */
public final class Utf8Encoding extends InputStream {

    private final Reader in;
    private final char[] chars = new char[8192];
    private int charStart;
    private int charEnd;
    private boolean eof;
    private final byte[] pending = new byte[4];
    private int pendingStart;
    private int pendingEnd;

    /**
     * @param in the characters (not closed)
     */
    public Utf8Encoding(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (pendingStart < pendingEnd) {
                b[off + n++] = pending[pendingStart++];
                continue;
            }
            if (charStart == charEnd && !fill()) {
                break;
            }
            char c = chars[charStart];
            if (c < 0x80) {
                b[off + n++] = (byte) c;
                charStart++;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c)) {
                if (charStart + 1 == charEnd && !eof) {
                    // keep the high surrogate and read on to see its partner
                    chars[0] = c;
                    charStart = 0;
                    charEnd = 1;
                    int r = in.read(chars, 1, chars.length - 1);
                    if (r < 0) {
                        eof = true;
                    } else {
                        charEnd += r;
                    }
                    continue;
                }
                if (charStart + 1 < charEnd && Character.isLowSurrogate(chars[charStart + 1])) {
                    cp = Character.toCodePoint(c, chars[charStart + 1]);
                    charStart++;
                }
            }
            charStart++;
            pendingStart = 0;
            pendingEnd = encode(cp, pending);
        }
        return n == 0 ? -1 : n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int r = in.read(chars, 0, chars.length);
        if (r < 0) {
            eof = true;
            return false;
        }
        charStart = 0;
        charEnd = r;
        return true;
    }

    private static int encode(int cp, byte[] out) {
        if (cp < 0x800) {
            out[0] = (byte) (0xC0 | cp >> 6);
            out[1] = (byte) (0x80 | cp & 0x3F);
            return 2;
        }
        if (cp < 0x10000) {
            out[0] = (byte) (0xE0 | cp >> 12);
            out[1] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[2] = (byte) (0x80 | cp & 0x3F);
            return 3;
        }
        out[0] = (byte) (0xF0 | cp >> 18);
        out[1] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[2] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[3] = (byte) (0x80 | cp & 0x3F);
        return 4;
    }
}
