package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The line limit holds at its boundary however the input is cut into blocks: a line of exactly the limit is read, one
 * byte more is refused at the column after the limit, with {@code \n} or {@code \r\n} line ends, whether a block ends
 * inside the line, on its {@code \r} or on its line break.
 */
class LineLimitBlocksTest {

    static final int MAX = 100;

    @Test
    void theLimitIsExactForEveryBlockSize() {
        FactsReader reader = FactsReader.jsonLines().threads(1)
                .limits(new ReadLimits(MAX, 1 << 20, 64, 1000, 100, 100));
        for (String end : new String[] {"\n", "\r\n"}) {
            String text = FactsReaderPolicyTest.lineOf(MAX - 1) + end + FactsReaderPolicyTest.lineOf(MAX) + end
                    + FactsReaderPolicyTest.lineOf(MAX + 1) + end + FactsReaderPolicyTest.lineOf(MAX + 2) + end
                    + FactsReaderPolicyTest.lineOf(MAX) + end;
            ReadSummary whole = reader.read(new StringReader(text), f -> { });
            assertThat(List.of(whole.lines(), whole.accepted(), whole.malformed())).containsExactly(5L, 3L, 2L);
            assertThat(whole.problems()).extracting(ReadProblem::line).containsExactly(3L, 4L);
            assertThat(whole.problems()).allSatisfy(p -> {
                assertThat(p.code()).isEqualTo("input.too-long");
                assertThat(p.column()).isEqualTo(MAX + 1L);
            });
            // Small blocks, and blocks ending around each line's end and line break.
            IntStream blocks = IntStream.concat(IntStream.rangeClosed(1, 16),
                    IntStream.concat(IntStream.rangeClosed(MAX - 3, MAX + 6),
                            IntStream.rangeClosed(2 * MAX - 2, 2 * MAX + 10)));
            for (int block : blocks.toArray()) {
                assertThat(reader.blockBytes(block).read(new StringReader(text), f -> { })).as("block %d %s", block,
                        end.length()).isEqualTo(whole);
            }
        }
    }
}
