package dev.dvc4j.examples.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Stands for a host system's own code under test: a dashboard that decides from the stored dossier JSON whether a
 * dossier is late ("trễ hạn") at an instant, without dvc4j on its class path. The harness checks it against dvc4j.
 *
 * <p>The rule it implements: a dossier with a due time is late when processing ended after the due time, or, while
 * processing has not ended, when the instant is after the due time.
 */
public final class HostOverdueReport {

    private HostOverdueReport() {
    }

    /**
     * Whether the host's dashboard shows a dossier as late.
     *
     * @param dossier the dossier as stored (dvc4j's wire format)
     * @param at the instant of the report
     * @return whether it is late
     */
    public static boolean isLate(JsonNode dossier, Instant at) {
        JsonNode due = dossier.get("dueAt");
        if (due == null || due.isNull()) {
            return false;
        }
        Instant dueAt = OffsetDateTime.parse(due.asText()).toInstant();
        JsonNode ended = dossier.get("processingEndedAt");
        Instant judged = ended == null || ended.isNull() ? at : OffsetDateTime.parse(ended.asText()).toInstant();
        return judged.isAfter(dueAt);
    }
}
