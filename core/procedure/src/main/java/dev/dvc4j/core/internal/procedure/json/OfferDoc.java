package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * An agency's offer.
 *
 * @param procedure the procedure's code
 * @param agency the agency's code
 * @param capabilities capability wire names
 */
public record OfferDoc(@NotBlank @Pattern(regexp = Patterns.PROCEDURE_CODE) String procedure,
                       @NotBlank @Pattern(regexp = Patterns.AGENCY_CODE) String agency,
                       @NotNull List<@NotBlank String> capabilities) {
}
