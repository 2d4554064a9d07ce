package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The processing body asked the applicant to pay financial obligations.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param fees the obligations added
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationRequested(@VnTime Instant at,
        String actor,
        String note,
        String previousHash,
        List<Fee> fees) implements DossierEvent {

    /** Validates the parts. */
    public ObligationRequested {
        DossierEvent.requireHeader(at, actor, previousHash);
        fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
    }

    @Override
    public String type() {
        return "obligation-requested";
    }
}
