package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A dated fee amount.
 *
 * @param validFrom first day (yyyy-MM-dd)
 * @param validTo last day, or null
 * @param amount whole đồng
 * @param onlineAmount whole đồng for online filings, or null
 * @param legalBasis the instrument
 */
public record RateDoc(@NotBlank @Pattern(regexp = Patterns.DATE) String validFrom,
                      @Pattern(regexp = Patterns.DATE) String validTo,
                      @NotNull @PositiveOrZero Long amount,
                      @PositiveOrZero Long onlineAmount,
                      @NotBlank String legalBasis) {
}
