package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A province code that names no unit at all ({@code id.province.unknown}) or no unit on the date asked
 * ({@code id.province.not-valid-on-date}).
 */
public class UnknownProvinceException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /** Machine code: the code names no unit in any period. */
    public static final String UNKNOWN = "id.province.unknown";
    /** Machine code: the code names units, but none on the date asked. */
    public static final String NOT_VALID_ON_DATE = "id.province.not-valid-on-date";

    private final String provinceCode;
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param code {@link #UNKNOWN} or {@link #NOT_VALID_ON_DATE}
     * @param provinceCode the code asked for
     * @param date the date asked for, or {@code null}
     * @param text the message
     */
    public UnknownProvinceException(String code, String provinceCode, @Nullable LocalDate date, LocalizedText text) {
        super(code, text);
        Objects.requireNonNull(provinceCode, "provinceCode");
        this.provinceCode = provinceCode;
        this.date = date;
    }

    /** @return the province code asked for */
    public String provinceCode() {
        return provinceCode;
    }

    /** @return the date asked for, or {@code null} if none */
    public LocalDate date() {
        return date;
    }
}
