package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.constraints.NotBlank;

/**
 * A text in both languages.
 *
 * @param vi Vietnamese
 * @param en English
 */
public record TextDoc(@NotBlank String vi, @NotBlank String en) {
}
