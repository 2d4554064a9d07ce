package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one-stop unit received the dossier (tiếp nhận) and set its appointment date (form 01).
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param dueAt the due (appointment) time
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Received(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        @VnTime Instant dueAt) implements DossierEvent {

    /** Validates the parts. */
    public Received {
        DossierEvent.requireHeader(at, actor, previousHash);
        Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public String type() {
        return "received";
    }
}
