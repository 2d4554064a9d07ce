package dev.dvc4j.stats.internal;

import java.util.Arrays;

/**
 * A small cache of the strings a reader makes from bytes: agency, procedure, sector and province codes repeat on
 * every line, so each is decoded once and the same {@code String} (its hash code computed once) is handed to every
 * fact. A string of up to sixteen bytes is found by two eight-byte words, without comparing bytes. One per worker;
 * not thread-safe. A miss replaces the slot.
 */
public final class Strings {

    private static final int SLOTS = 1 << 12;
    private static final int LONGEST = 64;

    private final long[] first = new long[SLOTS];
    private final long[] second = new long[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final byte[][] longer = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];

    /**
     * The string of a well-formed UTF-8 range.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to the end
     * @return the string
     */
    public String get(byte[] b, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (len > 16) {
            return longer(b, from, to);
        }
        long w1;
        long w2;
        if (len >= 8) {
            w1 = Word.long8(b, from);
            w2 = Word.long8(b, to - 8);
        } else {
            w1 = 0;
            for (int k = 0; k < len; k++) {
                w1 |= (b[from + k] & 0xFFL) << (8 * k);
            }
            w2 = 0;
        }
        long h = w1 * 0x9E3779B97F4A7C15L ^ w2 * 0xC2B2AE3D27D4EB4FL ^ len;
        int slot = (int) (h >>> 52) & (SLOTS - 1);
        if (lengths[slot] == len && first[slot] == w1 && second[slot] == w2 && longer[slot] == null) {
            return values[slot];
        }
        String v = Utf8.decode(b, from, to);
        lengths[slot] = len;
        first[slot] = w1;
        second[slot] = w2;
        longer[slot] = null;
        values[slot] = v;
        return v;
    }

    private String longer(byte[] b, int from, int to) {
        int len = to - from;
        if (len > LONGEST) {
            return Utf8.decode(b, from, to);
        }
        int h = len;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        byte[] k = longer[slot];
        if (k != null && Arrays.equals(k, 0, k.length, b, from, to)) {
            return values[slot];
        }
        String v = Utf8.decode(b, from, to);
        longer[slot] = Arrays.copyOfRange(b, from, to);
        lengths[slot] = -1;
        values[slot] = v;
        return v;
    }
}
