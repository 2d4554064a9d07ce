package dev.dvc4j.stats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers of the line readers: strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF), character columns, and a search for line ends eight bytes at a time.
 */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private Utf8() {
    }

    /**
     * The first {@code '\n'} in a range.
     *
     * @param b the bytes
     * @param from the first index searched
     * @param to the end of the range (exclusive)
     * @return its index, or -1
     */
    public static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last {@code '\n'} in a range.
     *
     * @param b the bytes
     * @param from the start of the range
     * @param to the end of the range (exclusive)
     * @return its index, or -1
     */
    public static int lastIndexOfNewline(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a range holds only ASCII.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end (exclusive)
     * @return whether no byte has its high bit set
     */
    public static boolean isAscii(byte[] b, int from, int to) {
        int i = from;
        long any = 0;
        for (; i + 8 <= to; i += 8) {
            any |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            any |= b[i];
        }
        return (any & HIGHS) == 0;
    }

    /**
     * The length of the well-formed UTF-8 sequence starting at a byte.
     *
     * @param b the bytes
     * @param i the sequence's first byte
     * @param to the end of the range it must fit in (exclusive)
     * @return 1 to 4, or -1 if the sequence is malformed or cut by the end of the range
     */
    public static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0xC2) {
            return -1; // a continuation byte, or an overlong two-byte form
        }
        if (c < 0xE0) {
            return i + 1 < to && continuation(b[i + 1]) ? 2 : -1;
        }
        if (c < 0xF0) {
            if (i + 2 >= to) {
                return -1;
            }
            int d = b[i + 1] & 0xFF;
            boolean second = c == 0xE0 ? d >= 0xA0 && d <= 0xBF // no overlong form
                    : c == 0xED ? d >= 0x80 && d <= 0x9F         // no surrogate
                    : d >= 0x80 && d <= 0xBF;
            return second && continuation(b[i + 2]) ? 3 : -1;
        }
        if (c < 0xF5) {
            if (i + 3 >= to) {
                return -1;
            }
            int d = b[i + 1] & 0xFF;
            boolean second = c == 0xF0 ? d >= 0x90 && d <= 0xBF // no overlong form
                    : c == 0xF4 ? d >= 0x80 && d <= 0x8F         // nothing above U+10FFFF
                    : d >= 0x80 && d <= 0xBF;
            return second && continuation(b[i + 2]) && continuation(b[i + 3]) ? 4 : -1;
        }
        return -1;
    }

    private static boolean continuation(byte x) {
        return (x & 0xC0) == 0x80;
    }

    /**
     * The first byte of the first malformed sequence in a range.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end (exclusive)
     * @return its index, or -1 if the range is well-formed UTF-8
     */
    public static int firstMalformed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * The number of characters (Unicode code points) a range of UTF-8 holds: every byte that does not continue a
     * sequence. A problem's column is this count from the line's start, plus one.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end (exclusive)
     * @return the count
     */
    public static int codePoints(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /**
     * Decodes a range known to be well-formed UTF-8 (or ASCII) into a string.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end (exclusive)
     * @return the string
     */
    public static String decode(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * At most {@code max} characters of a well-formed range, for a message: cut at a character boundary.
     *
     * @param b the bytes
     * @param from the first index
     * @param to the end (exclusive)
     * @param max the most characters shown
     * @return the text
     */
    public static String excerpt(byte[] b, int from, int to, int max) {
        int i = from;
        int n = 0;
        while (i < to && n < max) {
            int len = b[i] >= 0 ? 1 : Math.max(1, sequenceLength(b, i, to));
            i += len;
            n++;
        }
        return new String(b, from, Math.min(i, to) - from, StandardCharsets.UTF_8);
    }
}
