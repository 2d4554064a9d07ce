package dev.dvc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.DossierStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theExampleRunsAndPrintsTheDossier() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var d = EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(printed).contains("Dossier[000.00.21.H42-260210-0001", "on time: true", "\"headHash\"");
    }

    @Test
    void mainRuns() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"events\"");
    }
}
