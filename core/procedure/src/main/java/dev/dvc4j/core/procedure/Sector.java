package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * The sector (lĩnh vực) a procedure belongs to, as the portal's {@code MaLinhVuc}/{@code TenLinhVuc}.
 *
 * @param code the sector code (non-blank)
 * @param name the sector name
 */
public record Sector(String code, LocalizedText name) {

    /** Validates both parts. */
    public Sector {
        if (code == null || code.isBlank()) {
            throw ProcedureException.invalid("sector", "Thiếu mã lĩnh vực", "A sector needs a code");
        }
        Objects.requireNonNull(name, "name");
    }
}
