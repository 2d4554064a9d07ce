package dev.dvc4j.stats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A constant byte string (a key or a wire name) compared against a range of bytes eight bytes at a time: two loads
 * decide for up to sixteen bytes, without a loop.
 */
final class Word {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    final byte[] bytes;
    final int length;
    private final long[] words;
    private final long last;
    private final int first4;
    private final int last4;

    Word(String text) {
        this(text.getBytes(StandardCharsets.UTF_8));
    }

    Word(byte[] bytes) {
        this.bytes = bytes;
        this.length = bytes.length;
        if (length >= 8) {
            words = new long[(length - 1) / 8];
            for (int j = 0; j < words.length; j++) {
                words[j] = (long) LONGS.get(bytes, j * 8);
            }
            last = (long) LONGS.get(bytes, length - 8);
            first4 = 0;
            last4 = 0;
        } else {
            words = null;
            last = 0;
            first4 = length >= 4 ? (int) INTS.get(bytes, 0) : 0;
            last4 = length >= 4 ? (int) INTS.get(bytes, length - 4) : 0;
        }
    }

    /**
     * Whether a range holds exactly these bytes.
     *
     * @param b the bytes
     * @param off the first byte
     * @param len the length (the range must lie within {@code b})
     * @return whether equal
     */
    boolean equals(byte[] b, int off, int len) {
        if (len != length) {
            return false;
        }
        if (len >= 8) {
            for (int j = 0; j < words.length; j++) {
                if ((long) LONGS.get(b, off + j * 8) != words[j]) {
                    return false;
                }
            }
            return (long) LONGS.get(b, off + len - 8) == last;
        }
        if (len >= 4) {
            return (int) INTS.get(b, off) == first4 && (int) INTS.get(b, off + len - 4) == last4;
        }
        for (int i = 0; i < len; i++) {
            if (b[off + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Loads eight bytes, for hashing.
     *
     * @param b the bytes
     * @param i the first (at least eight bytes must follow)
     * @return the little-endian word
     */
    static long long8(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }
}
