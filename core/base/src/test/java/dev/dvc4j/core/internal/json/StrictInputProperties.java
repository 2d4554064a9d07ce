package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.id.Masking;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The policy's input guard and tree reader: strict UTF-8 exactly as the JDK's reporting decoder decides it, whatever
 * the chunks the bytes arrive in; the document limit exact; every hostile document a typed error; masked echoes.
 */
class StrictInputProperties {

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A stream that hands out at most {@code chunk} bytes per read. */
    private static InputStream trickle(byte[] b, int chunk) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] out, int off, int len) {
                return super.read(out, off, Math.min(len, chunk));
            }
        };
    }

    private static String decode(byte[] b, int chunk, int readSize) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader r = new Utf8Input("t", trickle(b, chunk), Long.MAX_VALUE)) {
            char[] buf = new char[readSize];
            int n;
            while ((n = r.read(buf, 0, buf.length)) >= 0) {
                sb.append(buf, 0, n);
            }
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(60).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(text, Arbitraries.bytes().array(byte[].class).ofMaxSize(60),
                HostileInputs.withLimits(30, 10, 8).of(List.of("{\"tên\": \"Nguyễn Văn An 😀\", \"n\": [1, 2.5]}")));
    }

    @Property(tries = 500)
    void decodesExactlyWhatTheStrictDecoderAccepts(@ForAll("bytes") byte[] b, @ForAll @IntRange(min = 1, max = 9) int chunk,
                                                   @ForAll @IntRange(min = 1, max = 5) int readSize) throws IOException {
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        String expected = strict(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b);
        try {
            String got = decode(b, chunk, readSize);
            assertThat(expected).as("accepted only what the strict decoder accepts").isNotNull();
            assertThat(got).isEqualTo(expected);
        } catch (InputFormatException e) {
            assertThat(expected).as("refused only what the strict decoder refuses").isNull();
            assertThat(e.code()).isEqualTo("input.utf8");
            assertThat(e.problem().line()).isPositive();
            assertThat(e.problem().column()).isPositive();
        }
    }

    @Test
    void theDocumentLimitIsExactAndTheMarkIsNotCounted() throws IOException {
        byte[] five = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', 'c', 'd', 'e'};
        StringBuilder sb = new StringBuilder();
        try (Reader r = new Utf8Input("t", new ByteArrayInputStream(five), 5)) {
            int c;
            while ((c = r.read()) >= 0) {
                sb.append((char) c);
            }
        }
        assertThat(sb).hasToString("abcde");
        InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> {
            try (Reader r = new Utf8Input("t", new ByteArrayInputStream(five), 4)) {
                r.read(new char[100], 0, 100);
                r.read(new char[100], 0, 100);
            }
        });
        assertThat(e.code()).isEqualTo("input.limit.document");
        assertThat(e.problem().column()).isEqualTo(5);
    }

    @Test
    void anErrorComesOnlyAfterTheCharactersBeforeIt() throws IOException {
        try (Reader r = new Utf8Input("t", new ByteArrayInputStream(new byte[] {'a', '\n', 'b', (byte) 0xFF}), 100)) {
            char[] buf = new char[10];
            assertThat(r.read(buf, 0, 10)).isEqualTo(3);
            InputFormatException e = catchThrowableOfType(InputFormatException.class, () -> r.read(buf, 0, 10));
            assertThat(e.problem().line()).isEqualTo(2);
            assertThat(e.problem().column()).isEqualTo(2);
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("t:2:2: byte 0xFF is not valid UTF-8");
        }
    }

    @Provide
    Arbitrary<byte[]> hostileDocuments() {
        return HostileInputs.withDefaultLimits().of(List.of(
                "{\"units\": [{\"code\": \"01\", \"name\": \"Hà Nội\", \"validFrom\": \"2000-01-01\", \"validTo\": null}]}",
                "[1, 2.5, -3, true, false, null, \"x\", {\"a\": {\"b\": [[]]}}]"));
    }

    /** Every hostile document is a tree or a typed error, never another exception, in bounded memory. */
    @Property(tries = 300)
    void everyHostileDocumentIsATreeOrATypedError(@ForAll("hostileDocuments") byte[] doc) {
        long allocated = HostileInputs.allocatedBy(() -> {
            try {
                JsonNode n = StrictJson.readTree("d.json", new ByteArrayInputStream(doc));
                assertThat(n).isNotNull();
                assertThat(n.isNull()).isFalse();
            } catch (InputFormatException e) {
                assertThat(e.problem().source()).isEqualTo("d.json");
                assertThat(e.code()).startsWith("input.");
                // Plain in both languages; a back quote may be the input's own (a key named `), so only a back-quoted
                // qualified name counts as Jackson's wording.
                HostileInputs.assertSpeaksPlainly(e);
            }
        });
        if (allocated >= 0) {
            assertThat(allocated).as("allocation bounded by the input").isLessThan(64L * doc.length + (32L << 20));
        }
    }

    @Test
    void masksWhatCouldBeAPersonalNumberAndNothingElse() {
        assertThat(Masking.inMessage("042095001234")).isEqualTo("0420******34");
        assertThat(Masking.inMessage("0912 345 678")).isEqualTo("0912******78");
        assertThat(Masking.inMessage("+84912345678")).isEqualTo("+849******78");
        assertThat(Masking.inMessage("id 079123456745 here")).isEqualTo("id 0**************re");
        assertThat(Masking.inMessage("12345678")).as("eight digits").isEqualTo("12345678");
        assertThat(Masking.inMessage("20260302080000")).as("a portal time").isEqualTo("20260302080000");
        assertThat(Masking.inMessage("000.00.21.H42-260302-0007")).isEqualTo("000.00.21.H42-260302-0007");
        assertThat(Masking.inMessage("1.002859")).isEqualTo("1.002859");
        assertThat(Masking.inMessage(null)).isEqualTo("null");
        assertThat(InputTexts.shown("x".repeat(100))).hasSize(40).endsWith("...");
        assertThat(new Dvc4jException("c", InputTexts.duplicateKey("042095001234")).getMessage()).doesNotContain("042095001234");
    }
}
