package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One supplement request of a dossier: when it was requested and, once the applicant completed it, when the
 * complete supplement was received. Times are kept to the second.
 *
 * @param requestedAt when the supplement was requested
 * @param completedAt when the complete supplement was received, or {@code null} while the request is open
 */
public record SupplementInterval(Instant requestedAt, @Nullable Instant completedAt) implements Serializable {

    /** Validates the order of the two times and truncates them to the second. */
    public SupplementInterval {
        Objects.requireNonNull(requestedAt, "requestedAt");
        requestedAt = Instant.ofEpochSecond(requestedAt.getEpochSecond());
        if (completedAt != null) {
            completedAt = Instant.ofEpochSecond(completedAt.getEpochSecond());
            if (completedAt.isBefore(requestedAt)) {
                throw new StatsException("stats.facts.invalid", LocalizedText.of(
                        "Thời điểm bổ sung xong %s trước thời điểm yêu cầu bổ sung %s",
                        "Supplement completed at %s, before it was requested at %s").formatted(
                        dev.dvc4j.core.internal.json.VnTimes.inMessage(completedAt), dev.dvc4j.core.internal.json.VnTimes.inMessage(requestedAt)));
            }
        }
    }

    /**
     * An open request.
     *
     * @param requestedAt when it was requested
     * @return the interval
     */
    public static SupplementInterval open(Instant requestedAt) {
        return new SupplementInterval(requestedAt, null);
    }

    /**
     * A completed request.
     *
     * @param requestedAt when it was requested
     * @param completedAt when the supplement was complete
     * @return the interval
     */
    public static SupplementInterval completed(Instant requestedAt, Instant completedAt) {
        return new SupplementInterval(requestedAt, Objects.requireNonNull(completedAt, "completedAt"));
    }

    /** @return whether the applicant has not completed the supplement yet */
    public boolean isOpen() {
        return completedAt == null;
    }

    /** @return the completion time, if any */
    public Optional<Instant> completion() {
        return Optional.ofNullable(completedAt);
    }
}
