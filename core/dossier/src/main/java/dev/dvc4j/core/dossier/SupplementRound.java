package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.json.VnTime;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One supplement request and, once it arrived, its completion ({@code DanhSachHoSoBoSung}).
 *
 * @param requestedAt when the supplement was requested
 * @param reason what was missing
 * @param completedAt when the complete supplement arrived, or {@code null} while it is open
 * @param dueBefore the due time before the request ({@code NgayHenTraTruoc})
 * @param dueAfter the due time after completion ({@code NgayHenTraMoi}), or {@code null} while open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplementRound(@VnTime Instant requestedAt, String reason, @VnTime @Nullable Instant completedAt,
                              @VnTime Instant dueBefore, @VnTime @Nullable Instant dueAfter) implements Serializable {

    /** Refuses {@code null} for each required component, naming it. */
    public SupplementRound {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueBefore, "dueBefore");
    }

    /** @return whether the supplement is still awaited */
    @JsonIgnore
    public boolean isOpen() {
        return completedAt == null;
    }

    /** @return when it was completed, if it was */
    public Optional<Instant> completion() {
        return Optional.ofNullable(completedAt);
    }

    SupplementRound complete(Instant at, Instant newDue) {
        return new SupplementRound(requestedAt, reason, at, dueBefore, newDue);
    }
}
