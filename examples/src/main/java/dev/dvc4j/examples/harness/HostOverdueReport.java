package dev.dvc4j.examples.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.ToLongBiFunction;

/**
 * Stands for a host system's own code under test: a dashboard that decides from the stored dossier JSON whether a
 * dossier is late ("trễ hạn") at an instant, without dvc4j on its class path. It counts working minutes with the
 * host's own holiday table (passed in as a function) and follows the published on-time rule — the same rule dvc4j's
 * overdue checks and statistics use, with supplements restarting the clock (Decision 45/2016 Art. 7 cl. 4). The
 * harness checks it against dvc4j.
 *
 * <p>The rule it implements, for a received dossier: the end is when processing ended, else when the result was
 * returned, else the report instant; an open supplement request stops the clock at the request (two or more open
 * ones make it late); the time used runs from the last completed supplement (or receipt) to the end; the time allowed
 * runs from receipt to the due time agreed at receipt moved by apologies; late when more working minutes were used
 * than allowed.
 */
public final class HostOverdueReport {

    private HostOverdueReport() {
    }

    /**
     * Whether the host's dashboard shows a dossier as late.
     *
     * @param dossier the dossier as stored (dvc4j's wire format)
     * @param at the instant of the report
     * @param workingMinutes the host's working minutes between two instants (its own holiday table)
     * @return whether it is late
     */
    public static boolean isLate(JsonNode dossier, Instant at, ToLongBiFunction<Instant, Instant> workingMinutes) {
        Instant received = time(dossier, "receivedAt");
        Instant due = time(dossier, "originalDueAt");
        if (received == null || due == null) {
            return false;
        }
        for (JsonNode a : dossier.path("apologies")) {
            due = due.plus(Duration.between(time(a, "previousDue"), time(a, "newDue")));
        }
        Instant end = time(dossier, "processingEndedAt");
        if (end == null) {
            end = time(dossier, "returnedAt");
        }
        if (end == null || end.isAfter(at)) {
            end = at;
        }
        if (end.isBefore(received)) {
            return false;
        }
        int open = 0;
        Instant firstOpen = null;
        Instant restartFrom = received;
        for (JsonNode s : dossier.path("supplements")) {
            Instant requested = time(s, "requestedAt");
            Instant completed = time(s, "completedAt");
            if (requested.isBefore(end) && (completed == null || completed.isAfter(end)) && open++ == 0) {
                firstOpen = requested;
            }
        }
        if (open > 1) {
            return true;
        }
        if (open == 1) {
            end = firstOpen.isAfter(received) ? firstOpen : received;
        }
        for (JsonNode s : dossier.path("supplements")) {
            Instant requested = time(s, "requestedAt");
            Instant completed = time(s, "completedAt");
            if (requested.isBefore(end) && completed != null && !completed.isAfter(end) && completed.isAfter(restartFrom)) {
                restartFrom = completed;
            }
        }
        long allowed = due.isAfter(received) ? workingMinutes.applyAsLong(received, due) : 0;
        return workingMinutes.applyAsLong(restartFrom, end) > allowed;
    }

    private static Instant time(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : Instant.ofEpochSecond(OffsetDateTime.parse(v.asText()).toEpochSecond());
    }
}
