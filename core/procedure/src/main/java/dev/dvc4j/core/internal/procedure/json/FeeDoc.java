package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A fee or charge.
 *
 * @param code the code
 * @param name the name
 * @param kind fee or charge
 * @param collectedAt {@code at-receipt} or {@code at-return} (a {@code FeeCollection} wire name)
 * @param rates dated amounts
 * @param exemptions exemptions
 */
public record FeeDoc(@NotBlank String code, @NotNull @Valid TextDoc name,
                     @NotBlank @Pattern(regexp = Patterns.FEE_KIND) String kind,
                     @NotBlank String collectedAt,
                     @NotEmpty List<@NotNull @Valid RateDoc> rates,
                     List<@NotNull @Valid ExemptionDoc> exemptions) {
}
