package dev.dvc4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Line-based reading under the policy: bounded lines exact at the limit, strict UTF-8, exact accounting. */
class LineReaderTest {

    private static final ReadLimits SMALL = new ReadLimits(10, 1000, 64, 1000, 100, 2);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ReadSummary read(LineReader r, byte[] in, List<String> into) {
        return r.read("f.jsonl", new ByteArrayInputStream(in), (n, text) -> {
            if (text.startsWith("bad")) {
                throw new Dvc4jException("test.bad", LocalizedText.of("xấu", "bad"));
            }
            into.add(n + ":" + text);
        });
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneMoreByteIsAProblem() {
        List<String> got = new ArrayList<>();
        ReadSummary s = read(LineReader.of(ReadMode.LENIENT).limits(SMALL),
                utf8("0123456789\n0123456789A\n0123456789\r\nđ123456789\n"), got);
        assertThat(got).containsExactly("1:0123456789", "3:0123456789");
        assertThat(s.lines()).isEqualTo(4);
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(s.malformed()).isEqualTo(2);
        assertThat(s.records()).isEqualTo(4);
        assertThat(s.problems()).extracting(ReadProblem::line).containsExactly(2L, 4L);
        assertThat(s.problems().get(0).code()).isEqualTo("input.limit.line");
        assertThat(s.problems().get(0).describe(true)).isEqualTo("f.jsonl:2: the line is longer than 10 bytes");
        assertThat(s.problems().get(0).describe(false)).isEqualTo("f.jsonl:2: dòng dài quá 10 byte");
    }

    @Test
    void aHugeLineIsSkippedWithoutBeingKept() {
        byte[] big = new byte[50_000_000];
        Arrays.fill(big, (byte) 'x');
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(big);
        in.writeBytes(utf8("\nok\n"));
        byte[] all = in.toByteArray();
        List<String> got = new ArrayList<>();
        long allocated = HostileInputs.allocatedBy(() -> read(LineReader.of(ReadMode.LENIENT), all, got));
        assertThat(got).containsExactly("2:ok");
        if (allocated >= 0) {
            assertThat(allocated).as("a 50 MB line is never held").isLessThan(8L << 20);
        }
    }

    @Test
    void strictUtf8ByteOrderMarkAndBlankLines() {
        List<String> got = new ArrayList<>();
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        in.writeBytes(utf8("Nguyễn\n  \t\n"));
        in.writeBytes(new byte[] {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        in.writeBytes(utf8("tail"));
        ReadSummary s = read(LineReader.of(ReadMode.LENIENT), in.toByteArray(), got);
        assertThat(got).containsExactly("1:Nguyễn", "4:tail");
        assertThat(s.blank()).isEqualTo(1);
        assertThat(s.lines()).isEqualTo(4);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("input.utf8");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.describe(true)).isEqualTo("f.jsonl:3:3: byte 0xED is not valid UTF-8");
        });
    }

    @Test
    void aByteOrderMarkInTheMiddleOrSplitAcrossReadsIsHandled() {
        List<String> got = new ArrayList<>();
        InputStream trickle = new InputStream() {
            private final byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
            private int i;

            @Override
            public int read() {
                return i < b.length ? b[i++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] out, int off, int len) {
                if (i >= b.length) {
                    return -1;
                }
                out[off] = b[i++];
                return 1;
            }
        };
        LineReader.of(ReadMode.STRICT).read("", trickle, (n, t) -> got.add(t));
        assertThat(got).containsExactly("a");
        ReadSummary s = read(LineReader.of(ReadMode.LENIENT), utf8("a\n\uFEFFb\n"), new ArrayList<>());
        assertThat(s.accepted()).as("a mark after the start is content: the consumer sees it").isEqualTo(2);
    }

    @Test
    void strictModeStopsAtTheFirstProblemWithItsPosition() {
        InputFormatException e = catchThrowableOfType(InputFormatException.class,
                () -> read(LineReader.of(ReadMode.STRICT), utf8("ok\nbad one\nbad two\n"), new ArrayList<>()));
        assertThat(e.problem().line()).isEqualTo(2);
        assertThat(e.code()).isEqualTo("test.bad");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("f.jsonl:2: bad");
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("f.jsonl:2: xấu");
    }

    @Test
    void aRecordsOwnPositionKeepsItsColumnAndPath() {
        ReadSummary s = LineReader.of(ReadMode.LENIENT).read("x", new ByteArrayInputStream(utf8("\n{}\n")), (n, t) -> {
            throw new InputFormatException(new ReadProblem("", 1, 7, "$.a", "input.wrong-type", LocalizedText.of("v", "e")), null);
        });
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("x:2:7 ($.a)");
            assertThat(p.code()).isEqualTo("input.wrong-type");
        });
    }

    @Test
    void theListOfProblemsIsBoundedButEveryProblemIsCounted() {
        ReadSummary s = read(LineReader.of(ReadMode.LENIENT).limits(SMALL), utf8("bad\nbad\nbad\nbad\nok\n"), new ArrayList<>());
        assertThat(s.malformed()).isEqualTo(4);
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problemsTruncated()).isTrue();
    }

    @Test
    void aFailingStreamIsATypedError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        InputFormatException e = catchThrowableOfType(InputFormatException.class,
                () -> LineReader.of(ReadMode.LENIENT).read("f", failing, (n, t) -> { }));
        assertThat(e.code()).isEqualTo("input.io");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("f: the input could not be read: disk gone");
        assertThatThrownBy(() -> LineReader.of(null)).hasMessageContaining("mode");
        assertThatThrownBy(() -> LineReader.of(ReadMode.LENIENT).read(null, InputStream.nullInputStream(), (n, t) -> { }))
                .hasMessageContaining("source");
    }

    @Provide
    Arbitrary<byte[]> hostileLines() {
        List<String> seeds = List.of("{\"a\":1}\n{\"b\":\"Nguyễn\"}\n\n{\"c\":[1,2]}", "x\r\ny\r\n", "một\nhai\nba");
        return Arbitraries.oneOf(HostileInputs.withLimits(20, 10, 8).of(seeds),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    /** For any bytes: every line is accounted for once, and an accepted line is exactly its strict UTF-8 decoding. */
    @Property(tries = 400)
    void everyLineIsCountedOnceAndDecodedStrictly(@ForAll("hostileLines") byte[] in) {
        List<String> got = new ArrayList<>();
        ReadSummary s = LineReader.of(ReadMode.LENIENT).limits(new ReadLimits(32, 1000, 8, 100, 10, 1000))
                .read("", new ByteArrayInputStream(in), (n, t) -> got.add(t));
        List<byte[]> lines = split(in);
        assertThat(s.lines()).isEqualTo(lines.size());
        assertThat(s.accepted() + s.malformed() + s.blank()).isEqualTo(s.lines());
        assertThat(s.problems()).hasSize((int) s.malformed());
        List<String> expected = new ArrayList<>();
        for (byte[] line : lines) {
            String decoded = strict(line);
            if (decoded != null && line.length <= 32 && !decoded.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
                expected.add(decoded);
            }
        }
        assertThat(got).isEqualTo(expected);
    }

    private static List<byte[]> split(byte[] in) {
        int start = Utf8Bom.length(in);
        List<byte[]> lines = new ArrayList<>();
        for (int i = start; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(trimCr(Arrays.copyOfRange(in, start, i)));
                start = i + 1;
            }
        }
        if (start < in.length) {
            lines.add(trimCr(Arrays.copyOfRange(in, start, in.length)));
        }
        return lines;
    }

    private static byte[] trimCr(byte[] l) {
        return l.length > 0 && l[l.length - 1] == '\r' ? Arrays.copyOf(l, l.length - 1) : l;
    }

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte order mark at the start of an input. */
    private static final class Utf8Bom {
        static int length(byte[] in) {
            return in.length >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF ? 3 : 0;
        }
    }
}
