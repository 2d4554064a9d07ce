package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The dossier was transferred to the processing unit.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param unit the processing unit ({@code DonViXuLy}), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessingStarted(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        @Nullable String unit) implements DossierEvent {

    /** Validates the parts. */
    public ProcessingStarted {
        DossierEvent.requireHeader(at, actor, previousHash);
    }

    @Override
    public String type() {
        return "processing-started";
    }
}
