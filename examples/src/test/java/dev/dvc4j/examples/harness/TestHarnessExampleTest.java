package dev.dvc4j.examples.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestHarnessExampleTest {

    @Test
    void theHarnessRunsAndTheHostAgrees() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var problems = TestHarnessExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(problems).isEmpty();
        assertThat(printed).contains("examples: 3 checked", "2000 dossiers checked", "host agrees with dvc4j everywhere");
    }

    @Test
    void theHarnessWouldCatchAHostThatIgnoresWhenProcessingEnded() throws Exception {
        // A buggy host judging finished dossiers at the report time would call every finished dossier late.
        var d = DossierScenario.online("9.900001").received().processing().approved().dossier();
        ObjectNode stored = Dvc4jJson.mapper().valueToTree(d);
        Instant muchLater = d.dueAt().plusSeconds(30L * 86_400);
        assertThat(HostOverdueReport.isLate(stored, muchLater, WorkingCalendar.vietnam()::workingMinutesBetween)).isFalse();
        stored.remove("processingEndedAt");
        assertThat(HostOverdueReport.isLate(stored, muchLater, WorkingCalendar.vietnam()::workingMinutesBetween)).isTrue();
    }
}
