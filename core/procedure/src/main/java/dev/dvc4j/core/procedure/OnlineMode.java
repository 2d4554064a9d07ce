package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/**
 * How far a procedure is provided online under Decree 42/2022/NĐ-CP Art. 11: the classification every regime's
 * levels map to ({@link ServiceLevel#onlineMode()}, {@link LevelAssessment#onlineMode()}) and the one statistics
 * count dossiers by.
 */
public enum OnlineMode implements Labelled {
    /** Not provided online (legacy levels 1 and 2). */
    NOT_ONLINE("Không trực tuyến", "Not online"),
    /** Partial online (một phần; legacy level 3 in common practice). */
    PARTIAL("Một phần", "Partial online"),
    /** Full online, end to end (toàn trình; legacy level 4 in common practice). */
    FULL("Toàn trình", "Full online");

    private final LocalizedText label;

    OnlineMode(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The usual mode for a legacy (Decree 43/2011) level: 4 is full, 3 partial, anything else not online. This is
     * common practice, not law; facts may state their mode explicitly.
     *
     * @param legacyLevel 0 (unknown) to 4
     * @return the mode
     */
    public static OnlineMode ofLegacyLevel(int legacyLevel) {
        return legacyLevel == 4 ? FULL : legacyLevel == 3 ? PARTIAL : NOT_ONLINE;
    }
}
