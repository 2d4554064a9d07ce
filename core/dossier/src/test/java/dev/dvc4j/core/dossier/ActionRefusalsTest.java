package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.filed;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The actions that consult the deadline policy refuse a wrong state or a bad header before the policy is asked,
 * with the same errors as every other action.
 */
class ActionRefusalsTest {

    @Test
    void receivingTwiceIsAnIllegalTransitionNamingWhereReceiptIsAllowed() {
        Dossier received = filed().receive(t(1), "officer", POLICY);
        assertThatThrownBy(() -> received.receive(t(2), "officer", POLICY))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(DossierStatus.RECEIVED);
                    assertThat(e.action()).isEqualTo(DossierAction.RECEIVE);
                    assertThat(e.text().en()).endsWith("cannot receive — only allowed when the dossier is Newly filed");
                });
    }

    @Test
    void aSupplementWithoutARequestIsAnIllegalTransition() {
        Dossier processing = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit");
        assertThatThrownBy(() -> processing.supplement(t(3), "citizen", List.of(), POLICY))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(DossierStatus.PROCESSING);
                    assertThat(e.action()).isEqualTo(DossierAction.SUPPLEMENT);
                });
        assertThatThrownBy(() -> filed().supplement(t(3), "citizen", List.of(), POLICY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aSupplementBeforeTheLatestEventIsRefused() {
        Dossier waiting = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .requestSupplement(t(3), "officer", "Thiếu giấy tờ");
        assertThatThrownBy(() -> waiting.supplement(t(2), "citizen", List.of(), POLICY))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is before the latest event");
        assertThat(waiting.supplement(t(3), "citizen", List.of(), POLICY).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void aReceiptOrSupplementWithoutATimeOrActorIsRefusedByTheEventRules() {
        assertThatThrownBy(() -> filed().receive(null, "officer", POLICY)).isInstanceOfSatisfying(Dvc4jException.class,
                e -> assertThat(e.code()).isEqualTo("dossier.event-time"));
        assertThatThrownBy(() -> filed().receive(t(1), " ", POLICY)).isInstanceOfSatisfying(Dvc4jException.class,
                e -> assertThat(e.code()).isEqualTo("dossier.event-actor"));
        Dossier waiting = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .requestSupplement(t(3), "officer", "Thiếu giấy tờ");
        assertThatThrownBy(() -> waiting.supplement(null, "citizen", List.of(), POLICY))
                .isInstanceOfSatisfying(Dvc4jException.class, e -> assertThat(e.code()).isEqualTo("dossier.event-time"));
        assertThatThrownBy(() -> waiting.supplement(t(4), null, List.of(), POLICY))
                .isInstanceOfSatisfying(Dvc4jException.class, e -> assertThat(e.code()).isEqualTo("dossier.event-actor"));
        assertThatThrownBy(() -> waiting.supplement(t(4), "citizen", List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThatThrownBy(() -> filed().receive(t(1), "officer", null))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
    }

    @Test
    void aSupplementWithoutDocumentsRecordsNone() {
        Dossier back = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .requestSupplement(t(3), "officer", "Thiếu giấy tờ").supplement(t(4), "citizen", null, POLICY);
        assertThat(back.documents()).hasSize(1);
        assertThat(back.supplements()).singleElement().satisfies(s -> assertThat(s.completedAt()).isEqualTo(t(4)));
    }
}
