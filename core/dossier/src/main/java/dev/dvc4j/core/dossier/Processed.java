package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Processing finished: approved with result documents, or rejected with reasons.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param outcome approved or rejected
 * @param reasons the reasons for a rejection (empty when approved)
 * @param results the result documents
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Processed(@VnTime Instant at,
        String actor,
        String note,
        String previousHash,
        Outcome outcome,
        List<String> reasons,
        List<ResultDocument> results) implements DossierEvent {

    /** Validates the parts. */
    public Processed {
        DossierEvent.requireHeader(at, actor, previousHash);
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }

    @Override
    public String type() {
        return "processed";
    }
}
