package dev.dvc4j.core.procedure;

import java.util.Objects;

/**
 * What a {@link DossierRule} sees when a dossier is filed: the facts, the procedure and offer they refer to, the
 * offer's level under the regime in force on the filing date, and the fees due.
 *
 * @param facts the filing
 * @param procedure the procedure
 * @param offer the agency's offer ({@link ServiceOffer#counterOnly counter only} when the catalogue has none)
 * @param level the offer's level on the filing date
 * @param fee the fees due
 */
public record FilingContext(FilingFacts facts, Procedure procedure, ServiceOffer offer, LevelAssessment level,
                            FeeAssessment fee) {

    /** Validates. */
    public FilingContext {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fee, "fee");
    }
}
