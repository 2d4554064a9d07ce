package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A provincial-level administrative unit (tỉnh or thành phố trực thuộc trung ương) over the period it existed under
 * one code. The same code can name different units in different periods (code {@code 24} was Bắc Giang until
 * 2025-06-30 and is Bắc Ninh from 2025-07-01), so a unit is always looked up for a date: see {@link Provinces}.
 *
 * @param code the two-digit administrative code, e.g. {@code 79}
 * @param name the Vietnamese name without the "Tỉnh"/"Thành phố" prefix, e.g. {@code Hồ Chí Minh}
 * @param validFrom the first day the unit existed under this code (as far as the data goes)
 * @param validTo the last day, or {@code null} while the unit still exists
 * @param legalBasis the instruments that created (and ended) the unit
 * @param codeSource where the code comes from
 * @param codeSourceSecondary whether the code was read only in secondary sources (datasets, news), not the
 *                            instrument's own text
 * @param successorCode the code of the unit that took this one over on the day after {@code validTo}, or
 *                      {@code null}
 */
public record Province(String code, String name, LocalDate validFrom, @Nullable LocalDate validTo, String legalBasis,
                       String codeSource, boolean codeSourceSecondary, @Nullable String successorCode)
        implements Serializable {

    /** Validates the fields. */
    public Province {
        require(code != null && code.matches("\\d{2}"), "code", code);
        require(name != null && !name.isBlank(), "name", name);
        require(validFrom != null, "validFrom", null);
        require(validTo == null || !validTo.isBefore(validFrom), "validTo", String.valueOf(validTo));
        require(legalBasis != null && !legalBasis.isBlank(), "legalBasis", legalBasis);
        require(codeSource != null && !codeSource.isBlank(), "codeSource", codeSource);
        require(successorCode == null || (successorCode.matches("\\d{2}") && validTo != null), "successorCode", successorCode);
    }

    /**
     * Whether the unit existed under this code on a day.
     *
     * @param date the day
     * @return {@code true} if {@code validFrom <= date <= validTo}
     */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * The end of the unit's period.
     *
     * @return the last day, or empty while the unit still exists
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(validTo);
    }

    /**
     * The code of the unit that succeeded this one.
     *
     * @return the successor's code, or empty if none is recorded
     */
    public Optional<String> successor() {
        return Optional.ofNullable(successorCode);
    }

    /** {@code "79 Hồ Chí Minh [2025-07-01..]"}. */
    @Override
    public String toString() {
        return code + " " + name + " [" + validFrom + ".." + (validTo == null ? "" : validTo) + "]";
    }

    private static void require(boolean ok, String field, String value) {
        if (!ok) {
            throw new Dvc4jException("id.province.data", LocalizedText.of(
                    "Dữ liệu tỉnh không hợp lệ: trường %s = \"%s\"",
                    "Invalid province data: field %s = \"%s\"").formatted(field, value));
        }
    }
}
