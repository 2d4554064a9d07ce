package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * No dossier code is left for an agency on a day: the four-digit daily sequence of Circular 01/2018/TT-VPCP
 * Art. 19 stops at 9999 (code {@code id.dossier-sequence.exhausted}), or a sequence source returned a number
 * outside 1–9999 (code {@code id.dossier-sequence.out-of-range}).
 */
public class DossierSequenceExhaustedException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /** Machine code: all 9999 numbers of the day were used. */
    public static final String EXHAUSTED = "id.dossier-sequence.exhausted";
    /** Machine code: a sequence source returned a number outside 1–9999. */
    public static final String OUT_OF_RANGE = "id.dossier-sequence.out-of-range";

    private final transient AgencyCode agency;
    private final LocalDate day;

    /**
     * Creates the exception for an exhausted day.
     *
     * @param agency the agency
     * @param day the receipt day
     */
    public DossierSequenceExhaustedException(AgencyCode agency, LocalDate day) {
        this(EXHAUSTED, agency, day, LocalizedText.of(
                "Đã dùng hết 9999 số thứ tự hồ sơ của cơ quan %s trong ngày %s",
                "All 9999 dossier sequence numbers of agency %s on %s are used").formatted(agency, day));
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
    }

    /**
     * Creates the exception.
     *
     * @param code {@link #EXHAUSTED} or {@link #OUT_OF_RANGE}
     * @param agency the agency
     * @param day the receipt day
     * @param text the message
     */
    public DossierSequenceExhaustedException(String code, AgencyCode agency, LocalDate day, LocalizedText text) {
        super(code, text);
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        this.agency = agency;
        this.day = day;
    }

    /** @return the agency */
    public AgencyCode agency() {
        return agency;
    }

    /** @return the receipt day */
    public LocalDate day() {
        return day;
    }
}
