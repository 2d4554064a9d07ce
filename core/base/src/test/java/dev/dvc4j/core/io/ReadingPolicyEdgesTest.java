package dev.dvc4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reading policy at its edges: positions in both languages, a reader's own code, marks and line ends. */
class ReadingPolicyEdgesTest {

    private static final LocalizedText WHY = LocalizedText.of("Kênh không hợp lệ", "Invalid channel");
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A reader whose errors share one code, as the format readers declare them. */
    private static final class TariffFormatException extends InputFormatException {
        private static final long serialVersionUID = 1L;

        TariffFormatException(ReadProblem problem) {
            super("tariff.format", problem, null);
        }
    }

    @Test
    void anExceptionNamesItsProblemsPositionAndMayHaveACodeOfItsOwn() {
        ReadProblem p = new ReadProblem("t.json", 4, 9, "$.fees[2]", "input.wrong-type", WHY);
        InputFormatException e = new TariffFormatException(p);
        assertThat(e.code()).isEqualTo("tariff.format");
        assertThat(e.problem()).isSameAs(p);
        assertThat(e.problem().code()).as("the problem keeps what went wrong").isEqualTo("input.wrong-type");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.path()).isEqualTo("$.fees[2]");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("t.json:4:9 ($.fees[2]): Invalid channel");
        assertThat(e.getMessage(VI)).isEqualTo("t.json:4:9 ($.fees[2]): Kênh không hợp lệ");
        assertThat(e.getCause()).isNull();
        IllegalStateException cause = new IllegalStateException("x");
        assertThat(new InputFormatException(p, cause).getCause()).isSameAs(cause);
        assertThatThrownBy(() -> new TariffFormatException(null)).isInstanceOf(NullPointerException.class).hasMessage("problem");
    }

    @Test
    void aPositionHasOnlyItsKnownPartsInEitherLanguage() {
        ReadProblem unnamed = new ReadProblem("", 3, 7, "$.a", "c", WHY);
        assertThat(unnamed.describe(true)).isEqualTo("Line 3:7 ($.a): Invalid channel");
        assertThat(unnamed.describe(false)).isEqualTo("Dòng 3:7 ($.a): Kênh không hợp lệ");
        assertThat(unnamed.position()).isEqualTo("Line 3:7 ($.a)");
        assertThat(new ReadProblem("doc.json", 0, 0, "$.x", "c", WHY).position()).isEqualTo("doc.json ($.x)");
        assertThat(new ReadProblem("doc.json", 1, 0, "", "c", WHY).position()).isEqualTo("doc.json:1");
        assertThat(new ReadProblem("", 0, 0, "", "c", WHY).describe(false)).isEqualTo("Kênh không hợp lệ");
        assertThat(new ReadProblem("", 0, 0, "", "c", WHY).position()).isEmpty();
        assertThat(new ReadProblem("", 0, 0, "", "c", WHY)).isEqualTo(new ReadProblem("", 0, 0, "", "c", WHY));
        assertThat(ReadProblem.atLine(2, "c", WHY).in("a.csv")).isEqualTo(new ReadProblem("a.csv", 2, 0, "", "c", WHY));
        assertThatThrownBy(() -> new ReadProblem("", 0, 0, null, "c", WHY)).hasMessage("path");
        assertThatThrownBy(() -> new ReadProblem("", 0, 0, "", null, WHY)).hasMessage("code");
        assertThatThrownBy(() -> new ReadProblem("", 0, 0, "", "c", null)).hasMessage("message");
        assertThatThrownBy(() -> new ReadProblem("", -1, 2, "", "c", WHY)).hasMessage("line and column must not be negative: -1:2");
    }

    @Test
    void summariesRefuseNullsAndKeepTheirOwnCopyOfTheProblems() {
        List<ReadProblem> list = new ArrayList<>(List.of(ReadProblem.atLine(1, "c", WHY)));
        ReadSummary s = new ReadSummary("s", 1, 0, 1, 0, list);
        list.clear();
        assertThat(s.problems()).hasSize(1);
        assertThat(s.problemsTruncated()).as("as many problems as malformed records").isFalse();
        assertThatThrownBy(() -> new ReadSummary("s", 0, 0, 0, 0, null)).hasMessage("problems");
        assertThatThrownBy(() -> new ReadSummary(null, 0, 0, 0, 0, List.of())).hasMessage("source");
        assertThat(ReadSummary.EMPTY).isEqualTo(new ReadSummary("", 0, 0, 0, 0, List.of()));
        assertThat(ReadSummary.EMPTY.isClean()).isTrue();
    }

    private static ReadSummary lenient(byte[] in, List<String> got) {
        return LineReader.of(ReadMode.LENIENT).read("f", new ByteArrayInputStream(in), (n, t) -> got.add(n + ":" + t));
    }

    /**
     * A stream that hands out at most one byte per read, and none on every other read (as a non-blocking source
     * may), checking its arguments as every stream must.
     */
    private static InputStream trickle(byte[] b) {
        return new ByteArrayInputStream(b) {
            private boolean none;

            @Override
            public synchronized int read(byte[] out, int off, int len) {
                java.util.Objects.checkFromIndexSize(off, len, out.length);
                none = !none;
                return none && len > 0 && pos < count ? 0 : super.read(out, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void aLoneOrPartialMarkAtTheStartIsContentNotAMark() {
        List<String> got = new ArrayList<>();
        ReadSummary s = LineReader.of(ReadMode.LENIENT).read("f", trickle(new byte[] {(byte) 0xEF, (byte) 0xBB, 'x', '\n', 'y'}),
                (n, t) -> got.add(t));
        assertThat(got).containsExactly("y");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("input.utf8");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
        });
        ReadSummary lone = LineReader.of(ReadMode.LENIENT).read("f", trickle(new byte[] {(byte) 0xEF}), (n, t) -> got.add(t));
        assertThat(lone.lines()).isEqualTo(1);
        assertThat(lone.malformed()).isEqualTo(1);
        List<String> after = new ArrayList<>();
        ReadSummary split = LineReader.of(ReadMode.LENIENT).read("f", trickle(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                (n, t) -> after.add(t));
        assertThat(split.lines()).as("only a mark: nothing to read").isZero();
        assertThat(after).isEmpty();
        List<String> marked = new ArrayList<>();
        LineReader.of(ReadMode.STRICT).read("f", trickle(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b'}),
                (n, t) -> marked.add(n + ":" + t));
        assertThat(marked).containsExactly("1:a", "2:b");
    }

    @Test
    void blankLinesAndLineEnds() {
        List<String> got = new ArrayList<>();
        ReadSummary s = lenient(" \r \t\r\n\r\n\nx\r\n\ry \r\n", got);
        assertThat(got).containsExactly("4:x", "5:\ry ");
        assertThat(s.blank()).isEqualTo(3);
        assertThat(s.lines()).isEqualTo(5);
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(s.isClean()).isTrue();
        assertThat(lenient("", new ArrayList<>())).isEqualTo(new ReadSummary("f", 0, 0, 0, 0, List.of()));
    }

    private static ReadSummary lenient(String in, List<String> got) {
        return lenient(in.getBytes(StandardCharsets.UTF_8), got);
    }

    @Test
    void aRefusedRecordKeepsTheConsumersCodeAndTextAtItsLine() {
        ReadSummary s = LineReader.of(ReadMode.LENIENT).read("f", new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)),
                (n, t) -> {
                    if (t.equals("b")) {
                        throw new Dvc4jException("stats.read.value", WHY);
                    }
                });
        assertThat(s.problems()).containsExactly(new ReadProblem("f", 2, 0, "", "stats.read.value", WHY));
        InputFormatException strict = catchThrowableOfType(InputFormatException.class, () -> LineReader.of(ReadMode.STRICT)
                .read("f", new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)), (n, t) -> {
                    if (t.equals("b")) {
                        throw new InputFormatException(new ReadProblem("", 1, 5, "$.x", "input.syntax", WHY), null);
                    }
                }));
        assertThat(strict.problem()).isEqualTo(new ReadProblem("f", 2, 5, "$.x", "input.syntax", WHY));
        assertThat(strict.getCause()).isInstanceOf(InputFormatException.class);
        assertThat(strict.getMessage(VI)).isEqualTo("f:2:5 ($.x): Kênh không hợp lệ");
    }

    @Test
    void aLineGrowsPastItsFirstBufferAndStaysWhole() {
        String longLine = "Nguyễn ".repeat(200);
        List<String> got = new ArrayList<>();
        ReadSummary s = LineReader.of(ReadMode.STRICT).read("f", trickle((longLine + "\nb").getBytes(StandardCharsets.UTF_8)),
                (n, t) -> got.add(t));
        assertThat(got).containsExactly(longLine, "b");
        assertThat(s.accepted()).isEqualTo(2);
        ReadLimits limits = new ReadLimits(300, 1, 1, 1, 1, 5);
        assertThat(LineReader.of(ReadMode.LENIENT).limits(limits).limits()).isEqualTo(limits);
        assertThat(LineReader.of(ReadMode.LENIENT).limits(limits).mode()).isEqualTo(ReadMode.LENIENT);
        assertThat(LineReader.of(ReadMode.STRICT).limits()).isEqualTo(ReadLimits.DEFAULTS);
        List<String> bounded = new ArrayList<>();
        ReadSummary b = LineReader.of(ReadMode.LENIENT).limits(limits)
                .read("f", trickle(("x".repeat(300) + "\n" + "y".repeat(301) + "\n").getBytes(StandardCharsets.UTF_8)),
                        (n, t) -> bounded.add(t));
        assertThat(bounded).containsExactly("x".repeat(300));
        assertThat(b.problems()).extracting(ReadProblem::code).containsExactly("input.limit.line");
        assertThatThrownBy(() -> LineReader.of(ReadMode.STRICT).limits(null)).hasMessage("limits");
        assertThatThrownBy(() -> LineReader.of(ReadMode.STRICT).read("f", null, (n, t) -> { })).hasMessage("in");
        assertThatThrownBy(() -> LineReader.of(ReadMode.STRICT).read("f", InputStream.nullInputStream(), null)).hasMessage("records");
    }
}
