package dev.dvc4j.stats.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadSummariesTest {

    private static ReadProblem problem(long line, String code, String vi, String en) {
        return ReadProblem.atLine(line, code, LocalizedText.of(vi, en));
    }

    // In ReadSummaries.ORDER: code, then English, then Vietnamese, then line; each pair differs in one of them.
    private static final ReadProblem A = problem(9, "a", "z", "z");
    private static final ReadProblem B = problem(1, "b", "a", "a");
    private static final ReadProblem B_EN = problem(1, "b", "a", "b");
    private static final ReadProblem B_EN_VI = problem(1, "b", "b", "b");
    private static final ReadProblem B_EN_VI_LINE = problem(2, "b", "b", "b");

    private static ReadSummary summary(String source, long lines, long accepted, long blank, ReadProblem... problems) {
        return new ReadSummary(source, lines, accepted, problems.length, blank, List.of(problems));
    }

    @Test
    void countsAddUpTheSourceIsDroppedAndTheSmallestProblemsAreKept() {
        ReadSummary left = summary("x", 10, 5, 2, B_EN_VI_LINE, B_EN);
        ReadSummary right = summary("x", 7, 3, 1, B_EN_VI, A, B);
        ReadSummary all = ReadSummaries.plus(left, right, 5);
        assertThat(all).isEqualTo(new ReadSummary("", 17, 8, 5, 3, List.of(A, B, B_EN, B_EN_VI, B_EN_VI_LINE)));
        assertThat(ReadSummaries.plus(right, left, 5)).isEqualTo(all);
        assertThat(ReadSummaries.plus(left, right, 6)).isEqualTo(all);
        assertThat(ReadSummaries.plus(left, right, 4).problems()).containsExactly(A, B, B_EN, B_EN_VI);
        assertThat(ReadSummaries.plus(right, left, 1).problems()).containsExactly(A);
        assertThat(ReadSummaries.plus(left, right, 0).problems()).isEmpty();
        assertThat(ReadSummaries.plus(left, right, 0).malformed()).isEqualTo(5);
    }

    @Test
    void theCombineFunctionAddsSummariesFromTheSummaryOfNothing() {
        ReadSummaryCombineFn fn = new ReadSummaryCombineFn(1);
        assertThat(fn.identity()).isEqualTo(ReadSummary.EMPTY);
        ReadSummary one = summary("y", 4, 2, 0, B, A);
        assertThat(fn.apply(fn.identity(), one)).isEqualTo(new ReadSummary("", 4, 2, 2, 0, List.of(A)));
    }
}
