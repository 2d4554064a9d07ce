package dev.dvc4j.core.procedure;

import java.util.Objects;

/**
 * What a {@link DossierRule} sees before a result is returned.
 *
 * @param facts the return
 * @param procedure the procedure
 * @param offer the agency's offer
 * @param level the offer's level on the filing date
 * @param fee the fees due for the filing
 */
public record ResultReturnContext(ResultReturnFacts facts, Procedure procedure, ServiceOffer offer,
                                  LevelAssessment level, FeeAssessment fee) {

    /** Validates. */
    public ResultReturnContext {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fee, "fee");
    }
}
