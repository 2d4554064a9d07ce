package dev.dvc4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reading policy's value types: positions in both languages, exact accounting, bounded problem lists. */
class ReadingPolicyTypesTest {

    private static final LocalizedText WHY = LocalizedText.of("Kênh không hợp lệ", "Invalid channel");

    @Test
    void aProblemNamesWhatIsKnownOfItsPosition() {
        ReadProblem full = new ReadProblem("facts.jsonl", 12, 7, "$.channel", "stats.read.value", WHY);
        assertThat(full.position()).isEqualTo("facts.jsonl:12:7 ($.channel)");
        assertThat(full.describe(true)).isEqualTo("facts.jsonl:12:7 ($.channel): Invalid channel");
        assertThat(full.describe(false)).isEqualTo("facts.jsonl:12:7 ($.channel): Kênh không hợp lệ");
        assertThat(ReadProblem.atLine(3, "c", WHY).describe(true)).isEqualTo("Line 3: Invalid channel");
        assertThat(ReadProblem.atLine(3, "c", WHY).describe(false)).isEqualTo("Dòng 3: Kênh không hợp lệ");
        assertThat(ReadProblem.atLine(3, "c", WHY).in("a.csv").position()).isEqualTo("a.csv:3");
        assertThat(new ReadProblem("", 0, 0, "", "c", WHY)).hasToString("Invalid channel");
        assertThat(new ReadProblem("", 0, 0, "$.x", "c", WHY).position()).isEqualTo("($.x)");
        assertThat(new ReadProblem("doc.json", 0, 9, "", "c", WHY).position()).as("a column without a line is not shown")
                .isEqualTo("doc.json");
        assertThatThrownBy(() -> new ReadProblem("", -1, 0, "", "c", WHY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadProblem("", 1, -1, "", "c", WHY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadProblem(null, 1, 1, "", "c", WHY)).hasMessageContaining("source");
        assertThatThrownBy(() -> ReadProblem.atLine(1, "c", WHY).in(null)).hasMessageContaining("name");
    }

    @Test
    void aSummaryCountsEveryRecordAsAcceptedOrMalformed() {
        ReadSummary a = new ReadSummary("a", 10, 6, 3, 1, List.of(ReadProblem.atLine(2, "c", WHY)));
        assertThat(a.records()).isEqualTo(9);
        assertThat(a.isClean()).isFalse();
        assertThat(a.problemsTruncated()).isTrue();
        ReadSummary b = new ReadSummary("b", 5, 5, 0, 0, List.of());
        assertThat(b.isClean()).isTrue();
        assertThat(b.problemsTruncated()).isFalse();
        ReadSummary sum = a.plus(b, 10);
        assertThat(sum).isEqualTo(new ReadSummary("", 15, 11, 3, 1, a.problems()));
        assertThat(a.plus(a, 1).problems()).hasSize(1);
        assertThat(a.plus(a, 5).source()).isEqualTo("a");
        assertThat(ReadSummary.EMPTY.records()).isZero();
        assertThatThrownBy(() -> new ReadSummary("", -1, 0, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadSummary("", 0, 0, -1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStrictFailureSaysWhereInBothLanguages() {
        InputFormatException e = new InputFormatException(new ReadProblem("x.json", 4, 2, "$.code", "input.value", WHY), null);
        assertThat(e.code()).isEqualTo("input.value");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("x.json:4:2 ($.code): Invalid channel");
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("x.json:4:2 ($.code): Kênh không hợp lệ");
        assertThatThrownBy(() -> new InputFormatException(null, null)).hasMessageContaining("problem");
    }

    @Test
    void limitsArePositive() {
        assertThat(ReadLimits.DEFAULTS.maxLineBytes()).isEqualTo(1 << 20);
        assertThat(ReadLimits.DEFAULTS.maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
        assertThatThrownBy(() -> new ReadLimits(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadLimits(1, 1, 1, 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReadLimits(1, 1, 1, 1, 1, 0).maxProblems()).isZero();
    }
}
