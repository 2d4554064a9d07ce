package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validity periods: both ends included, overlap decided on the days either side of each end. */
class ValidityTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);

    @Test
    void containsBothEndsAndNothingBeyond() {
        Validity half = Validity.between(JAN_1, JUN_30);
        assertThat(half.contains(JAN_1)).isTrue();
        assertThat(half.contains(JUN_30)).isTrue();
        assertThat(half.contains(JAN_1.minusDays(1))).isFalse();
        assertThat(half.contains(JUN_30.plusDays(1))).isFalse();
        assertThat(Validity.from(JAN_1).contains(LocalDate.of(2199, 1, 1))).isTrue();
        assertThat(Validity.from(JAN_1).contains(JAN_1.minusDays(1))).isFalse();
        assertThat(Validity.ALWAYS.contains(LocalDate.of(1900, 1, 1))).isTrue();
    }

    @Test
    void periodsSharingADayOverlapAndAdjacentOnesDoNot() {
        Validity first = Validity.between(JAN_1, JUN_30);
        assertThat(first.overlaps(Validity.between(JUN_30, JUN_30.plusDays(10)))).isTrue();
        assertThat(Validity.between(JUN_30, JUN_30.plusDays(10)).overlaps(first)).isTrue();
        assertThat(first.overlaps(Validity.between(JUN_30.plusDays(1), JUN_30.plusDays(10)))).isFalse();
        assertThat(Validity.between(JUN_30.plusDays(1), JUN_30.plusDays(10)).overlaps(first)).isFalse();
        assertThat(first.overlaps(Validity.from(JUN_30.plusDays(1)))).isFalse();
        assertThat(Validity.from(JUN_30.plusDays(1)).overlaps(first)).isFalse();
        assertThat(first.overlaps(Validity.from(JUN_30))).isTrue();
        assertThat(Validity.from(JAN_1).overlaps(Validity.from(JUN_30))).isTrue();
        assertThat(first.overlaps(first)).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndTheTextShowsOpenEnds() {
        assertThat(Validity.between(JAN_1, JAN_1).contains(JAN_1)).isTrue();
        assertThatThrownBy(() -> Validity.between(JAN_1, JAN_1.minusDays(1))).isInstanceOf(ProcedureException.class)
                .hasMessageContaining("Validity ends before it starts: from 2026-01-01 to 2025-12-31");
        assertThat(Validity.between(JAN_1, JUN_30)).hasToString("2026-01-01..2026-06-30");
        assertThat(Validity.from(JAN_1)).hasToString("2026-01-01..");
        assertThat(Validity.ALWAYS).hasToString("..");
        assertThat(new Validity(JAN_1, Optional.empty())).isEqualTo(Validity.from(JAN_1));
    }
}
