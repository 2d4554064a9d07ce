package dev.dvc4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading policy's limits and summaries at zero and one either side of it, and how summaries add up. */
class ReadingPolicyBoundariesTest {

    private static final LocalizedText WHY = LocalizedText.of("lỗi", "error");

    @Test
    void everyLimitMustBeAtLeastOneAndProblemsAtLeastZero() {
        assertThat(new ReadLimits(1, 1, 1, 1, 1, 0).maxProblems()).isZero();
        int[][] zeroOne = {{0, 1, 1, 1, 1, 0}, {1, 0, 1, 1, 1, 0}, {1, 1, 0, 1, 1, 0}, {1, 1, 1, 0, 1, 0},
            {1, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 1, -1}};
        for (int[] l : zeroOne) {
            assertThatThrownBy(() -> new ReadLimits(l[0], l[1], l[2], l[3], l[4], l[5]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("read limits must be positive");
        }
    }

    @Test
    void countsMayBeZeroButNeverNegative() {
        assertThat(new ReadSummary("s", 0, 0, 0, 0, List.of()).isClean()).isTrue();
        for (long[] c : new long[][] {{-1, 0, 0, 0}, {0, -1, 0, 0}, {0, 0, -1, 0}, {0, 0, 0, -1}}) {
            assertThatThrownBy(() -> new ReadSummary("s", c[0], c[1], c[2], c[3], List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("negative count in a read summary");
        }
    }

    @Test
    void summariesAddEveryCountAndKeepTheFirstProblemsUpToTheLimit() {
        ReadProblem p1 = ReadProblem.atLine(1, "a", WHY);
        ReadProblem p2 = ReadProblem.atLine(2, "b", WHY);
        ReadProblem p3 = ReadProblem.atLine(3, "c", WHY);
        ReadSummary a = new ReadSummary("x", 10, 6, 1, 3, List.of(p1));
        ReadSummary b = new ReadSummary("x", 7, 2, 2, 3, List.of(p2, p3));

        ReadSummary sum = a.plus(b, 10);
        assertThat(sum).isEqualTo(new ReadSummary("x", 17, 8, 3, 6, List.of(p1, p2, p3)));
        assertThat(a.plus(b, 3).problems()).containsExactly(p1, p2, p3);
        assertThat(a.plus(b, 2).problems()).containsExactly(p1, p2);
        assertThat(a.plus(b, 1).problems()).containsExactly(p1);
        assertThat(b.plus(a, 1).problems()).containsExactly(p2);
        assertThat(a.plus(b, 0).problems()).isEmpty();
        assertThat(a.plus(b, 2).problemsTruncated()).isTrue();
        assertThat(sum.problemsTruncated()).isFalse();
        assertThat(sum.records()).isEqualTo(11);
        assertThat(sum.isClean()).isFalse();
    }
}
