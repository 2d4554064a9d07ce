package dev.dvc4j.core.internal.procedure.json;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import java.util.List;

/**
 * One catalogue document (a file).
 *
 * @param label a label
 * @param sample whether the data is illustrative
 * @param notice a notice for readers
 * @param procedures procedures
 * @param offers offers
 */
public record CatalogueDoc(String label, Boolean sample, String notice,
                           List<@NotNull @Valid ProcedureDoc> procedures,
                           List<@NotNull @Valid OfferDoc> offers) {
}
