package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How much of a history signatures cover, at none, part and all, and an empty history. */
class CoverageBoundariesTest {

    private static SignedHistoryVerification covering(int covered, int events) {
        return new SignedHistoryVerification(HistoryVerification.INTACT, List.of(), covered, events);
    }

    @Test
    void fullyCoveredMeansEveryEventOfANonEmptyHistory() {
        assertThat(covering(3, 3).isFullyCovered()).isTrue();
        assertThat(covering(2, 3).isFullyCovered()).isFalse();
        assertThat(covering(0, 0).isFullyCovered()).isFalse();
        assertThat(covering(1, 1).isFullyCovered()).isTrue();
        assertThat(covering(3, 3).firstUncovered()).isEqualTo(OptionalInt.empty());
        assertThat(covering(2, 3).firstUncovered()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void coverageInWords_atNonePartAndAll() {
        List<DossierEvent> events = DossierLifecycleTest.filed()
                .receive(DossierLifecycleTest.t(1), "officer", DossierLifecycleTest.POLICY).events();
        assertThat(covering(0, 2).coverage(events).en()).isEqualTo("No event is covered by a valid signature");
        assertThat(covering(1, 2).coverage(events).en()).isEqualTo(
                "Events #0–#0 of 2 are covered by a valid signature; the first event not covered is #1 (\"received\")");
        assertThat(covering(1, 2).coverage(events).vi()).isEqualTo("Sự kiện #0–#0 trong 2 sự kiện được chữ ký hợp lệ "
                + "bao phủ; sự kiện đầu tiên không được bao phủ là #1 (\"received\")");
        assertThat(covering(2, 2).coverage(events).en()).isEqualTo("All 2 events are covered by a valid signature");
        // a verification of a longer history than the list given names no type past its end
        assertThat(covering(2, 3).coverage(events).en()).endsWith("the first event not covered is #2 (\"?\")");
    }

    @Test
    void coveredIsBetweenZeroAndTheEventCount() {
        assertThat(covering(0, 2).covered()).isZero();
        assertThatThrownBy(() -> covering(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("covered must be between 0 and eventCount");
        assertThatThrownBy(() -> covering(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
