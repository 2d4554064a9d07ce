package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The processing body asked the applicant to supplement the dossier (form 02).
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param reason what is missing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplementRequested(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        String reason) implements DossierEvent {

    /** Validates the parts. */
    public SupplementRequested {
        DossierEvent.requireHeader(at, actor, previousHash);
        DossierEvent.requireText(reason, "reason");
    }

    @Override
    public String type() {
        return "supplement-requested";
    }
}
