package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a dossier's hash chain ({@link Dossier#verifyHistory()}).
 *
 * @param intact whether every link holds
 * @param firstBadIndex the index of the first event whose link is broken (the event that was edited, or the first
 *                      one after an event was removed or moved), or -1 when intact
 * @param problem what is wrong, or {@code null} when intact
 */
public record HistoryVerification(boolean intact, int firstBadIndex, @Nullable LocalizedText problem) {

    /** The verification of an intact history. */
    public static final HistoryVerification INTACT = new HistoryVerification(true, -1, null);

    /** @return the first bad index, if any */
    public OptionalInt firstBad() {
        return intact ? OptionalInt.empty() : OptionalInt.of(firstBadIndex);
    }
}
