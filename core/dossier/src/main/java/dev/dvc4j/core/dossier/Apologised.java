package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The processing body apologised for lateness and set a new appointment date (form 04).
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param newDueAt the new due time
 * @param reason the reason for the delay
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Apologised(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        @VnTime Instant newDueAt,
        String reason) implements DossierEvent {

    /** Validates the parts. */
    public Apologised {
        DossierEvent.requireHeader(at, actor, previousHash);
        DossierEvent.requireText(reason, "reason");
        Objects.requireNonNull(newDueAt, "newDueAt");
    }

    @Override
    public String type() {
        return "apologised";
    }
}
