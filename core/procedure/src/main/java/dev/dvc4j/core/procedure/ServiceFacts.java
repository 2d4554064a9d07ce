package dev.dvc4j.core.procedure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link ServiceCriterion} judges: a procedure, one agency's offer for it, and the date of the judgement
 * (fees and rules are dated).
 *
 * @param procedure the procedure
 * @param offer the agency's offer, which must be for that procedure
 * @param date the date
 */
public record ServiceFacts(Procedure procedure, ServiceOffer offer, LocalDate date) {

    /** Validates that the offer is for the procedure. */
    public ServiceFacts {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(date, "date");
        if (!offer.procedure().equals(procedure.code())) {
            throw new ProcedureException("procedure.offer-mismatch", dev.dvc4j.core.LocalizedText.of(
                    "Dịch vụ của cơ quan %s là cho thủ tục %s, không phải %s",
                    "The offer of agency %s is for procedure %s, not %s")
                    .formatted(offer.agency(), offer.procedure(), procedure.code()));
        }
    }
}
