package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The one-stop unit refused to receive the dossier (form 03).
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param reason the reason
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefusedAtReception(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        String reason) implements DossierEvent {

    /** Validates the parts. */
    public RefusedAtReception {
        DossierEvent.requireHeader(at, actor, previousHash);
        DossierEvent.requireText(reason, "reason");
    }

    @Override
    public String type() {
        return "refused-at-reception";
    }
}
