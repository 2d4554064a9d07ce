package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The applicant withdrew the dossier.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param reason the reason, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Withdrawn(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        @Nullable String reason) implements DossierEvent {

    /** Validates the parts. */
    public Withdrawn {
        DossierEvent.requireHeader(at, actor, previousHash);
    }

    @Override
    public String type() {
        return "withdrawn";
    }
}
