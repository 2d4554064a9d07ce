package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 at every edge of RFC 3629's table: each lead byte's range and each second byte's, one either side. */
class Utf8Test {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void theLengthALeadByteStartsAtEachEdge() {
        assertThat(Utf8.sequenceLength(0x00)).isEqualTo(1);
        assertThat(Utf8.sequenceLength(0x7F)).isEqualTo(1);
        assertThat(Utf8.sequenceLength(0x80)).as("a continuation byte").isZero();
        assertThat(Utf8.sequenceLength(0xC1)).as("an overlong lead").isZero();
        assertThat(Utf8.sequenceLength(0xC2)).isEqualTo(2);
        assertThat(Utf8.sequenceLength(0xDF)).isEqualTo(2);
        assertThat(Utf8.sequenceLength(0xE0)).isEqualTo(3);
        assertThat(Utf8.sequenceLength(0xEF)).isEqualTo(3);
        assertThat(Utf8.sequenceLength(0xF0)).isEqualTo(4);
        assertThat(Utf8.sequenceLength(0xF4)).isEqualTo(4);
        assertThat(Utf8.sequenceLength(0xF5)).as("above U+10FFFF").isZero();
        assertThat(Utf8.sequenceLength(0xFF)).isZero();
    }

    @Test
    void theSecondBytesRangeAfterEachLead() {
        int[][] ranges = {{0xE0, 0xA0, 0xBF}, {0xED, 0x80, 0x9F}, {0xF0, 0x90, 0xBF}, {0xF4, 0x80, 0x8F}, {0xC2, 0x80, 0xBF},
            {0xE1, 0x80, 0xBF}, {0xF1, 0x80, 0xBF}};
        for (int[] r : ranges) {
            String lead = Integer.toHexString(r[0]);
            assertThat(Utf8.validSecond(r[0], r[1] - 1)).as(lead + " below").isFalse();
            assertThat(Utf8.validSecond(r[0], r[1])).as(lead + " lowest").isTrue();
            assertThat(Utf8.validSecond(r[0], r[2])).as(lead + " highest").isTrue();
            assertThat(Utf8.validSecond(r[0], r[2] + 1)).as(lead + " above").isFalse();
        }
    }

    @Test
    void theFirstMalformedByteIsFoundWhereverTheRangeStarts() {
        byte[] ok = "aế😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(ok, 0, ok.length)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(ok, 0, 0)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(ok, 0, ok.length - 1)).as("a sequence one byte short").isEqualTo(4);
        assertThat(Utf8.firstInvalid(ok, 1, 3)).as("exactly one sequence").isEqualTo(-1);
        assertThat(Utf8.firstInvalid(ok, 1, 2)).isEqualTo(1);
        assertThat(Utf8.firstInvalid(ok, 2, 2)).as("starting at a continuation byte").isEqualTo(2);
        assertThat(Utf8.firstInvalid(bytes('x', 0xE1, 0x80, 0x41), 0, 4)).as("a bad third byte").isEqualTo(1);
        assertThat(Utf8.firstInvalid(bytes('x', 0xF1, 0x80, 0x80, 0xC0), 0, 5)).as("a bad fourth byte").isEqualTo(1);
        assertThat(Utf8.firstInvalid(bytes(0xF1, 0x80, 0x80, 0xBF, 'y'), 0, 5)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(bytes(0xE0, 0x9F, 0x80), 0, 3)).as("an overlong three-byte form").isZero();
        assertThat(Utf8.firstInvalid(bytes(0xED, 0xA0, 0x80), 0, 3)).as("an encoded surrogate").isZero();
        assertThat(Utf8.firstInvalid(bytes('a', 'b', 0xC0, 0x80), 0, 4)).isEqualTo(2);
    }

    @Test
    void aColumnCountsUtf16Characters() {
        byte[] b = "aế😀b".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.charCount(b, 0, b.length)).isEqualTo(5);
        assertThat(Utf8.charCount(b, 1, 3)).isEqualTo(1);
        assertThat(Utf8.charCount(b, 4, 4)).as("a supplementary character is two").isEqualTo(2);
        assertThat(Utf8.charCount(b, 8, 1)).isEqualTo(1);
        assertThat(Utf8.charCount(b, 0, 0)).isZero();
        assertThat(Utf8.charCount(bytes(0xEF, 0xBF, 0xBF), 0, 3)).as("U+FFFF is one").isEqualTo(1);
    }

    @Test
    void theByteOrderMarkIsExactlyItsThreeBytes() {
        assertThat(Utf8.startsWithBom(bytes(0xEF, 0xBB, 0xBF), 0, 3)).isTrue();
        assertThat(Utf8.startsWithBom(bytes('a', 0xEF, 0xBB, 0xBF), 1, 3)).isTrue();
        assertThat(Utf8.startsWithBom(bytes('a', 0xEF, 0xBB, 0xBF), 0, 4)).isFalse();
        assertThat(Utf8.startsWithBom(bytes(0xEF, 0xBB, 0xBF), 0, 2)).isFalse();
        assertThat(Utf8.startsWithBom(bytes(0xEE, 0xBB, 0xBF), 0, 3)).isFalse();
        assertThat(Utf8.startsWithBom(bytes(0xEF, 0xBC, 0xBF), 0, 3)).isFalse();
        assertThat(Utf8.startsWithBom(bytes(0xEF, 0xBB, 0xBE), 0, 3)).isFalse();
    }
}
