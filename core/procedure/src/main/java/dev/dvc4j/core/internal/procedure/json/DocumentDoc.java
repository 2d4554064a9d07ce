package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A dossier component.
 *
 * @param code the code
 * @param name the name
 * @param required whether required (default true)
 * @param copies copies (default 1)
 * @param alternativeGroup the "one of" group, or null
 * @param eSignatureRequired whether an online submission must be signed
 * @param fromDigitalStore whether it may come from the digitised store
 */
public record DocumentDoc(@NotBlank String code, @NotNull @Valid TextDoc name, Boolean required,
                          @Min(1) Integer copies, String alternativeGroup, Boolean eSignatureRequired,
                          Boolean fromDigitalStore) {
}
