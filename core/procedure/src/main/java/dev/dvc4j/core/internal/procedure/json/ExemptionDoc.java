package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An exemption.
 *
 * @param category beneficiary category
 * @param percent share waived
 * @param description description
 * @param legalBasis the instrument
 */
public record ExemptionDoc(@NotBlank String category, @NotNull @Min(1) @Max(100) Integer percent,
                           @NotNull @Valid TextDoc description, @NotBlank String legalBasis) {
}
