package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A postal address: the 2-digit province code (the 34 units from 2025-07-01, or the 63 before for historical
 * dossiers), the commune code, and the street line. {@link #toString()} hides the street line, which is personal
 * data for a citizen.
 *
 * @param provinceCode the province code, such as {@code "42"} for Hà Tĩnh; may be {@code null} if unknown
 * @param communeCode the commune code, or {@code null}
 * @param line the street line, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(@Nullable String provinceCode, @Nullable String communeCode,
                      @Nullable String line) implements Serializable {

    /** Normalises blank parts to {@code null}. */
    public Address {
        provinceCode = blankToNull(provinceCode);
        communeCode = blankToNull(communeCode);
        line = blankToNull(line);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "Address[province=" + provinceCode + ", commune=" + communeCode + ", line=" + (line == null ? "null" : "***") + "]";
    }
}
