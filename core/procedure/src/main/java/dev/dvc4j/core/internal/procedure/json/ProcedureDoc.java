package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A procedure.
 *
 * @param code national code
 * @param name name
 * @param sector sector
 * @param competentLevel central, province, district or commune
 * @param duration processing time ({@code 5d}, {@code 4h}, {@code 30cd})
 * @param legalBasis legal basis
 * @param validFrom first day it can be filed, or null
 * @param validTo last day, or null
 * @param fees fees
 * @param documents dossier components
 * @param result result kind
 * @param presenceRequired whether presence is required by law
 * @param onSiteVerificationRequired whether on-site verification is required by law
 * @param integrations national systems used
 */
public record ProcedureDoc(@NotBlank @Pattern(regexp = Patterns.PROCEDURE_CODE) String code,
                           @NotNull @Valid TextDoc name,
                           @NotNull @Valid SectorDoc sector,
                           @NotBlank @Pattern(regexp = Patterns.LEVEL) String competentLevel,
                           @NotBlank String duration,
                           String legalBasis,
                           @Pattern(regexp = Patterns.DATE) String validFrom,
                           @Pattern(regexp = Patterns.DATE) String validTo,
                           List<@NotNull @Valid FeeDoc> fees,
                           List<@NotNull @Valid DocumentDoc> documents,
                           @NotNull @Valid ResultDoc result,
                           Boolean presenceRequired,
                           Boolean onSiteVerificationRequired,
                           List<@NotBlank String> integrations) {
}
