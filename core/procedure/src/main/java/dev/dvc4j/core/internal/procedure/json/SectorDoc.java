package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A sector.
 *
 * @param code the code
 * @param name the name
 */
public record SectorDoc(@NotBlank String code, @NotNull @Valid TextDoc name) {
}
