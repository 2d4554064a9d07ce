package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result was returned to the applicant.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param delivery how it was returned
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultReturned(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        ResultDelivery delivery) implements DossierEvent {

    /** Validates the parts. */
    public ResultReturned {
        DossierEvent.requireHeader(at, actor, previousHash);
        Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public String type() {
        return "result-returned";
    }
}
