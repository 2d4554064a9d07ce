package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The applicant paid (part of) the fees.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param payment the payment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paid(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        Payment payment) implements DossierEvent {

    /** Validates the parts. */
    public Paid {
        DossierEvent.requireHeader(at, actor, previousHash);
        Objects.requireNonNull(payment, "payment");
    }

    @Override
    public String type() {
        return "paid";
    }
}
