package dev.dvc4j.core.dossier;

import dev.dvc4j.core.json.VnTime;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An apology for lateness with a new appointment date (Circular 01/2018 form 04; Circular 03/2025 form 04 also
 * asks to extend the resolution time).
 *
 * @param at when it was sent
 * @param reason the reason for the delay
 * @param previousDue the due time it replaced
 * @param newDue the new due time
 */
public record Apology(@VnTime Instant at, String reason, @VnTime Instant previousDue, @VnTime Instant newDue)
        implements Serializable {

    /** Refuses {@code null} for each required component, naming it. */
    public Apology {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(previousDue, "previousDue");
        Objects.requireNonNull(newDue, "newDue");
    }
}
