package dev.dvc4j.core.internal.json;

/**
 * Strict UTF-8 (RFC 3629), the one decoding rule of dvc4j's readers: no overlong forms, no encoded surrogates, nothing
 * above U+10FFFF, no truncated sequence. A malformed byte is never replaced by U+FFFD. Not part of the API.
 */
public final class Utf8 {

    /** The UTF-8 byte order mark, accepted (and skipped) at the start of any input. */
    static final int BOM_0 = 0xEF;
    static final int BOM_1 = 0xBB;
    static final int BOM_2 = 0xBF;

    private Utf8() {
    }

    /**
     * Whether bytes start with the UTF-8 byte order mark.
     *
     * @param b the bytes
     * @param off where they start
     * @param len how many there are
     * @return whether the first three are {@code EF BB BF}
     */
    public static boolean startsWithBom(byte[] b, int off, int len) {
        return len >= 3 && (b[off] & 0xFF) == BOM_0 && (b[off + 1] & 0xFF) == BOM_1 && (b[off + 2] & 0xFF) == BOM_2;
    }

    /**
     * The length of the sequence a lead byte starts, or 0 when it cannot start one (a continuation byte, an
     * overlong two-byte lead {@code C0}/{@code C1}, or {@code F5}–{@code FF}).
     *
     * @param lead the byte, 0–255
     * @return 1–4, or 0
     */
    static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead < 0xC2) {
            return 0;
        }
        if (lead < 0xE0) {
            return 2;
        }
        if (lead < 0xF0) {
            return 3;
        }
        return lead < 0xF5 ? 4 : 0;
    }

    /**
     * Whether a byte may follow a lead byte as the first continuation byte (the second byte's range is narrower
     * after {@code E0}, {@code ED}, {@code F0} and {@code F4}).
     *
     * @param lead the lead byte
     * @param second the byte after it
     * @return whether the pair may start a well-formed sequence
     */
    static boolean validSecond(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }

    /**
     * The first byte that makes a range malformed.
     *
     * @param b the bytes
     * @param off where the range starts
     * @param len its length
     * @return the index (absolute, into {@code b}) of the first byte of the first malformed sequence, or -1 when the
     *     range is well-formed
     */
    public static int firstInvalid(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = sequenceLength(c);
            if (n == 0 || i + n > end || !validSecond(c, b[i + 1] & 0xFF)) {
                return i;
            }
            for (int k = 2; k < n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n;
        }
        return -1;
    }

    /**
     * The number of UTF-16 characters a well-formed range decodes to, the unit of a column in dvc4j's positions.
     *
     * @param b the bytes, well-formed
     * @param off where the range starts
     * @param len its length
     * @return the number of characters
     */
    public static int charCount(byte[] b, int off, int len) {
        int chars = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                chars += c >= 0xF0 ? 2 : 1;
            }
        }
        return chars;
    }
}
