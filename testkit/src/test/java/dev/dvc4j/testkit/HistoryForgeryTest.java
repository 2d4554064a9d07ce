package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.json.Dvc4jJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryForgeryTest {

    static Dossier dossier() {
        return DossierScenario.online("1.002859").received().processing().approved().returned().dossier();
    }

    @Test
    void aRehashedForgeryHasAnIntactChainAndAnotherHead() {
        Dossier d = dossier();
        List<DossierEvent> forged = HistoryForgery.rehashed(d.events(), 2, "impostor");
        assertThat(forged).hasSameSizeAs(d.events());
        assertThat(forged.get(2).actor()).isEqualTo("impostor");
        assertThat(forged.subList(0, 2)).isEqualTo(d.events().subList(0, 2));
        assertThat(Dossier.verifyHistory(forged, null).intact()).isTrue();
        assertThat(Dossier.verifyHistory(forged, d.headHash()).intact()).isFalse();
        assertThat(Dossier.replay(forged).status()).isEqualTo(d.status());
    }

    @Test
    void theForgedDocumentReadsWithoutItsSignatures() {
        Dossier d = dossier().sign(SignedHistoryProperties.ED, dossier().events().get(4).at());
        Dossier read = Dvc4jJson.read(HistoryForgery.rehashedDocument(d, 1, "impostor", HistoryForgery.Signatures.DROP), Dossier.class);
        assertThat(read.signatures()).isEmpty();
        assertThat(read.events().get(1).actor()).isEqualTo("impostor");
        assertThat(read.headHash()).isNotEqualTo(d.headHash());
        Dossier moved = Dvc4jJson.read(HistoryForgery.rehashedDocument(d, 1, "impostor",
                HistoryForgery.Signatures.MOVE_TO_FORGED_HEADS), Dossier.class);
        assertThat(moved.signatures()).singleElement().satisfies(s -> assertThat(s.headHash()).isEqualTo(moved.headHash()));
    }

    @Test
    void badArgumentsAreRefused() {
        Dossier d = dossier();
        assertThat(d.events()).hasSize(5);
        assertThatThrownBy(() -> HistoryForgery.rehashed(d.events(), 5, "x")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 5 of 5 events");
        assertThatThrownBy(() -> HistoryForgery.rehashed(d.events(), -1, "x")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index -1 of 5 events");
        assertThatThrownBy(() -> HistoryForgery.rehashed(d.events(), 0, d.events().get(0).actor()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryForgery.rehashed(null, 0, "x")).hasMessage("events");
        assertThatThrownBy(() -> HistoryForgery.rehashedDocument(d, 0, "x", null)).hasMessage("signatures");
    }
}
