package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.constraints.NotNull;

/**
 * The result kind.
 *
 * @param paperRequired whether a paper result is required
 * @param electronic whether an electronic result is issued
 */
public record ResultDoc(@NotNull Boolean paperRequired, @NotNull Boolean electronic) {
}
