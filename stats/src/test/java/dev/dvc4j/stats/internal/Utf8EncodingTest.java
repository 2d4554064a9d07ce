package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 bytes of a character stream, whatever sizes its reads return and the caller asks for: the JDK's encoding
 * for well-formed text (a surrogate pair split between two reads included), the three bytes of the surrogate's code
 * point for a lone surrogate.
 */
class Utf8EncodingTest {

    /** A reader returning at most a random number of characters per read, and refusing a range outside the buffer. */
    static Reader choppy(String s, Random r) {
        return new Reader() {
            int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Objects.checkFromIndexSize(off, len, buf.length);
                if (len == 0) {
                    throw new AssertionError("asked for no characters");
                }
                if (pos == s.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, s.length() - pos), 1 + r.nextInt(4));
                s.getChars(pos, pos + n, buf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    static byte[] readAll(Utf8Encoding in, Random r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(in.read(new byte[1], 0, 0)).isZero();
        while (true) {
            if (r.nextInt(4) == 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                out.write(b);
            } else {
                byte[] buf = new byte[1 + r.nextInt(6)];
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    break;
                }
                assertThat(n).isPositive();
                out.write(buf, 0, n);
            }
        }
        assertThat(in.read()).isEqualTo(-1);
        return out.toByteArray();
    }

    @Test
    void wellFormedTextIsEncodedAsTheJdkDoes() throws IOException {
        String[] pieces = {"a", "\u007f", "\u0080", "ĩ", "\u07ff", "\u0800", "ự", "\uffff", "😀", "\uDBFF\uDFFF", "\n"};
        Random r = new Random(5);
        for (int run = 0; run < 2000; run++) {
            StringBuilder s = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = s.toString();
            assertThat(readAll(new Utf8Encoding(choppy(text, r)), r)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        // More than one buffer of characters.
        String big = "Lĩnh vực 😀 ".repeat(2000);
        assertThat(readAll(new Utf8Encoding(new java.io.StringReader(big)), r)).isEqualTo(big.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateIsTheThreeBytesOfItsCodePoint() throws IOException {
        Random r = new Random(3);
        byte[] high = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] low = {(byte) 0xED, (byte) 0xB0, (byte) 0x80};
        for (int run = 0; run < 50; run++) {
            assertThat(readAll(new Utf8Encoding(choppy("a\uD800", r)), r)).containsExactly('a', high[0], high[1], high[2]);
            assertThat(readAll(new Utf8Encoding(choppy("\uD800b", r)), r)).containsExactly(high[0], high[1], high[2], 'b');
            assertThat(readAll(new Utf8Encoding(choppy("\uDC00", r)), r)).containsExactly(low);
            assertThat(readAll(new Utf8Encoding(choppy("\uD800\uD800\uDC00", r)), r))
                    .containsExactly(high[0], high[1], high[2], (byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x80);
        }
    }
}
