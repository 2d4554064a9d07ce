package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level helpers against the JDK's strict UTF-8 decoder and plain loops: every lead and second byte, each
 * sequence cut by the end of its range, and random ranges at every alignment for the eight-bytes-at-a-time searches.
 */
class Utf8Test {

    static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The length of the one well-formed sequence {@code b} starts with, by the JDK's decoder, or -1. */
    static int jdkLength(CharsetDecoder decoder, byte[] b, int to) {
        CharBuffer out = CharBuffer.allocate(8);
        for (int n = 1; n <= Math.min(4, to); n++) {
            decoder.reset();
            out.clear();
            if (!decoder.decode(ByteBuffer.wrap(b, 0, n), out, true).isError() && !decoder.flush(out).isError()) {
                out.flip();
                return Character.codePointCount(out, 0, out.length()) == 1 ? n : -1;
            }
        }
        return -1;
    }

    @Test
    void sequenceLengthAgreesWithTheJdkForEveryLeadAndSecondByte() {
        CharsetDecoder decoder = strict();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int valid = 0;
        for (int lead = 0; lead < 256; lead++) {
            for (int second = 0; second < 256; second++) {
                for (byte rest : new byte[] {(byte) 0xBF, (byte) 0x41}) {
                    byte[] b = {(byte) lead, (byte) second, rest, rest};
                    for (int to = 1; to <= 4; to++) {
                        int expected = jdkLength(decoder, b, to);
                        valid += expected > 0 ? 1 : 0;
                        if (Utf8.sequenceLength(b, 0, to) != expected) {
                            wrong.add(String.format("%02x %02x %02x to %d: %d", lead, second, rest, to, expected));
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(valid).isPositive();
    }

    @Test
    void firstMalformedIsWhereTheJdkStops() {
        Random r = new Random(7);
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "ĩ".getBytes(StandardCharsets.UTF_8),
            "ự".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0x80}, {(byte) 0xC3},
            {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        for (int run = 0; run < 1000; run++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int n = r.nextInt(8); n > 0; n--) {
                out.writeBytes(pieces[r.nextInt(r.nextBoolean() ? 4 : pieces.length)]);
            }
            byte[] b = out.toByteArray();
            ByteBuffer in = ByteBuffer.wrap(b);
            CoderResult res = strict().decode(in, CharBuffer.allocate(2 * b.length + 2), true);
            int expected = res.isError() ? in.position() : -1;
            assertThat(Utf8.firstMalformed(b, 0, b.length)).as(Arrays.toString(b)).isEqualTo(expected);
            if (expected < 0) {
                String s = new String(b, StandardCharsets.UTF_8);
                assertThat(Utf8.codePoints(b, 0, b.length)).isEqualTo(s.codePointCount(0, s.length()));
                assertThat(Utf8.decode(b, 0, b.length)).isEqualTo(s);
                for (int max = 0; max <= 9; max++) {
                    int cut = s.offsetByCodePoints(0, Math.min(max, s.codePointCount(0, s.length())));
                    assertThat(Utf8.excerpt(b, 0, b.length, max)).isEqualTo(s.substring(0, cut));
                }
            }
        }
    }

    @Test
    void theSearchesAgreeWithPlainLoopsAtEveryAlignment() {
        Random r = new Random(11);
        for (int run = 0; run < 1000; run++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                int k = r.nextInt(20);
                b[i] = (byte) (k == 0 ? '\n' : k == 1 ? 0x80 | r.nextInt(128) : k == 2 ? 0x0B : k == 3 ? 0x09 : 'a' + r.nextInt(26));
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            int to = from + r.nextInt(b.length - from + 1);
            int first = -1;
            int last = -1;
            boolean ascii = true;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    first = first < 0 ? i : first;
                    last = i;
                }
                ascii &= b[i] >= 0;
            }
            String at = Arrays.toString(b) + " " + from + ".." + to;
            assertThat(Utf8.indexOfNewline(b, from, to)).as(at).isEqualTo(first);
            assertThat(Utf8.lastIndexOfNewline(b, from, to)).as(at).isEqualTo(last);
            assertThat(Utf8.isAscii(b, from, to)).as(at).isEqualTo(ascii);
        }
        // A high bit in each of the eight bytes of a word, and in the tail.
        for (int i = 0; i < 11; i++) {
            byte[] b = new byte[11];
            Arrays.fill(b, (byte) 'a');
            b[i] = (byte) 0xC3;
            assertThat(Utf8.isAscii(b, 0, 11)).isFalse();
            assertThat(Utf8.isAscii(b, 0, i)).isTrue();
            b[i] = '\n';
            assertThat(Utf8.indexOfNewline(b, 0, 11)).isEqualTo(i);
            assertThat(Utf8.indexOfNewline(b, 0, i)).isEqualTo(-1);
            assertThat(Utf8.lastIndexOfNewline(b, i, 11)).isEqualTo(i);
            assertThat(Utf8.lastIndexOfNewline(b, i + 1, 11)).isEqualTo(-1);
        }
    }
}
