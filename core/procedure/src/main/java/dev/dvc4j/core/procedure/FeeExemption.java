package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * An exemption or reduction of a fee for a category of beneficiaries (đối tượng miễn, giảm).
 *
 * @param category the beneficiary category code the host uses (non-blank), e.g. {@code "poor-household"}
 * @param percent the share waived, 1 to 100 (100 = fully exempt)
 * @param description what the category is
 * @param legalBasis the instrument that grants it (non-blank)
 */
public record FeeExemption(String category, int percent, LocalizedText description, String legalBasis) {

    /** Validates the parts. */
    public FeeExemption {
        if (category == null || category.isBlank()) {
            throw ProcedureException.invalid("exemption", "Miễn giảm thiếu đối tượng", "An exemption needs a category");
        }
        if (percent < 1 || percent > 100) {
            throw ProcedureException.invalid("exemption", "Tỷ lệ miễn giảm %d%% phải từ 1 đến 100",
                    "An exemption of %d%% must be between 1 and 100", percent);
        }
        Objects.requireNonNull(description, "description");
        if (legalBasis == null || legalBasis.isBlank()) {
            throw ProcedureException.invalid("exemption", "Miễn giảm cho \"%s\" thiếu căn cứ pháp lý",
                    "Exemption for \"%s\" has no legal basis", category);
        }
    }
}
