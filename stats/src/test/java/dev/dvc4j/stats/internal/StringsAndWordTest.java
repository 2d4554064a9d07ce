package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The readers' two byte-string shortcuts against plain code: {@link Strings} (a cache of decoded strings found by
 * eight-byte words or, above sixteen bytes, by content) always answers what decoding would, whatever shares its slots,
 * and answers a repeated string with the same instance; {@link Word} (a constant compared eight or four bytes at a
 * time) agrees with {@link Arrays#equals} for every length, offset and single-byte difference.
 */
class StringsAndWordTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789.-ĐđắẠ😀";

    static byte[] random(Random r, int characters) {
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < characters) {
            sb.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0,
                    ALPHABET.length())))));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCacheAnswersWhatDecodingAnswersWhateverSharesItsSlots() {
        Random r = new Random(7);
        Strings strings = new Strings();
        List<byte[]> seen = new ArrayList<>();
        // Many more strings than slots, of every length up to past the longest cached one (64 bytes): slots collide.
        for (int n = 0; n < 30_000; n++) {
            byte[] text = n % 3 == 0 && !seen.isEmpty() ? seen.get(r.nextInt(seen.size())) : random(r, r.nextInt(30));
            seen.add(text);
            int pad = r.nextInt(5);
            byte[] buf = new byte[pad + text.length + r.nextInt(9)];
            r.nextBytes(buf);
            System.arraycopy(text, 0, buf, pad, text.length);
            String expected = new String(text, StandardCharsets.UTF_8);
            String got = strings.get(buf, pad, pad + text.length);
            assertThat(got).isEqualTo(expected);
            // Asked again at once, from another buffer: the same instance, for every string up to 64 bytes.
            byte[] again = Arrays.copyOf(text, text.length + 8);
            if (text.length <= 64) {
                assertThat(strings.get(again, 0, text.length)).as(expected).isSameAs(got);
            } else {
                assertThat(strings.get(again, 0, text.length)).as(expected).isEqualTo(expected).isNotSameAs(got);
            }
        }
    }

    @Test
    void stringsThatDifferInOneByteAreNeverTakenForEachOther() {
        Strings strings = new Strings();
        for (int len = 1; len <= 80; len++) {
            byte[] base = "x".repeat(len).getBytes(StandardCharsets.US_ASCII);
            assertThat(strings.get(base, 0, len)).isEqualTo("x".repeat(len));
            for (int at = 0; at < len; at++) {
                byte[] other = base.clone();
                other[at] = 'y';
                String expected = new String(other, StandardCharsets.US_ASCII);
                assertThat(strings.get(other, 0, len)).as("%d at %d", len, at).isEqualTo(expected);
                assertThat(strings.get(base, 0, len)).as("%d at %d", len, at).isEqualTo("x".repeat(len));
            }
        }
        assertThat(strings.get(new byte[4], 2, 2)).isEmpty();
        for (int len : new int[] {1, 7, 8, 16, 17, 64}) {
            byte[] b = "z".repeat(len).getBytes(StandardCharsets.US_ASCII);
            assertThat(strings.get(b.clone(), 0, len)).as("%d", len).isSameAs(strings.get(b.clone(), 0, len));
        }
    }

    @Test
    void aWordEqualsExactlyItsBytesAtAnyOffset() {
        Random r = new Random(11);
        for (int len = 0; len <= 40; len++) {
            byte[] bytes = new byte[len];
            for (int i = 0; i < len; i++) {
                bytes[i] = (byte) ('a' + r.nextInt(26));
            }
            Word word = new Word(bytes.clone());
            assertThat(word.length).isEqualTo(len);
            assertThat(word.bytes).isEqualTo(bytes);
            for (int off = 0; off < 9; off++) {
                byte[] buf = new byte[off + len + 9];
                Arrays.fill(buf, (byte) '#');
                System.arraycopy(bytes, 0, buf, off, len);
                assertThat(word.equals(buf, off, len)).as("%d at %d", len, off).isTrue();
                for (int at = 0; at < len; at++) {
                    byte[] other = buf.clone();
                    other[off + at] ^= 0x20;
                    assertThat(word.equals(other, off, len)).as("%d at %d differing at %d", len, off, at).isFalse();
                }
                if (len > 0) {
                    assertThat(word.equals(buf, off, len - 1)).isFalse();
                }
                assertThat(word.equals(buf, off, len + 1)).isFalse();
            }
        }
        assertThat(new Word("requestedAt").equals("requestedAt".getBytes(StandardCharsets.UTF_8), 0, 11)).isTrue();
        assertThat(new Word("requestedAt").equals("requestedAT".getBytes(StandardCharsets.UTF_8), 0, 11)).isFalse();
    }

    @Test
    void long8IsTheLittleEndianWord() {
        byte[] b = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(Word.long8(b, 0)).isEqualTo(0x0807060504030201L);
        assertThat(Word.long8(b, 1)).isEqualTo(0x0908070605040302L);
    }
}
