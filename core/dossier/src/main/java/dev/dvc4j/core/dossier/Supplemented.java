package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The applicant completed the requested supplement.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param documents the added documents
 * @param dueAt the due time after the supplement, from the deadline policy
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Supplemented(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        List<SubmittedDocument> documents,
        @VnTime Instant dueAt) implements DossierEvent {

    /** Validates the parts. */
    public Supplemented {
        DossierEvent.requireHeader(at, actor, previousHash);
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public String type() {
        return "supplemented";
    }
}
