package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.HistorySignatureException;
import dev.dvc4j.core.dossier.SigningKeyException;
import org.junit.jupiter.api.Test;

/** The status of a signing error: the server's failure, not the request's, unless configured otherwise. */
class ProblemDetailsStatusTest {

    static final LocalizedText TEXT = LocalizedText.of("lỗi", "error");

    @Test
    void signingErrorsAreTheServersAndReadingErrorsTheRequests() {
        ProblemDetails details = new ProblemDetails(new Dvc4jProperties());
        assertThat(details.statusOf(new HistorySignatureException("dossier.signature.signer-failed", TEXT))).isEqualTo(503);
        assertThat(details.statusOf(new HistorySignatureException("dossier.signature.signer-invalid", TEXT))).isEqualTo(500);
        assertThat(details.statusOf(new HistorySignatureException("dossier.signature.no-signer", TEXT))).isEqualTo(500);
        assertThat(details.statusOf(new SigningKeyException("dossier.key.unsupported", TEXT))).isEqualTo(500);
        assertThat(details.statusOf(new HistorySignatureException("dossier.signature.head-mismatch", TEXT))).isEqualTo(400);
        assertThat(details.statusOf(new Dvc4jException("dossier.event-text", TEXT))).isEqualTo(400);
    }

    @Test
    void aConfiguredStatusWins() {
        Dvc4jProperties properties = new Dvc4jProperties();
        properties.getWeb().getStatus().put("dossier.signature.signer-failed", 502);
        assertThat(new ProblemDetails(properties).statusOf(new HistorySignatureException("dossier.signature.signer-failed", TEXT)))
                .isEqualTo(502);
    }
}
