package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated set of service-level rules: Decree 43/2011 (levels 1–4, cumulative, until 2022-07-31), Decree 42/2022
 * (partial and full online, from 2022-08-01), or a vendor's or a future regime's.
 *
 * <p>Contribute one with {@link ProcedurePoints#SERVICE_LEVEL_REGIMES};
 * {@link ServiceLevels#from(dev.dvc4j.core.spi.Extensions)} picks the one in force on a date. The usual implementation is a
 * {@link RuleBasedRegime} read from JSON data. Implementations must be immutable and deterministic, and should be
 * monotone: offering more capabilities never lowers the level (the testkit's contract test checks all three).
 */
public interface ServiceLevelRegime {

    /**
     * The regime's key, such as {@code "vn-decree-42-2022"}.
     *
     * @return the key
     */
    String key();

    /**
     * The regime's name.
     *
     * @return the name in both languages
     */
    LocalizedText name();

    /**
     * The legal basis, such as {@code "Nghị định 42/2022/NĐ-CP, Điều 11"}.
     *
     * @return the legal basis
     */
    String legalBasis();

    /**
     * When the regime is in force.
     *
     * @return the validity
     */
    Validity validity();

    /**
     * Whether the regime rests on text not yet confirmed (such as the reported Decree 224/2026); such regimes are
     * never installed by default.
     *
     * @return whether provisional
     */
    boolean provisional();

    /**
     * The levels in ascending rank; the first is the base level every offer reaches.
     *
     * @return the levels
     */
    List<ServiceLevel> levels();

    /**
     * Assesses an offer on a date.
     *
     * @param procedure the procedure
     * @param offer the agency's offer for it
     * @param date the date of the assessment
     * @return the level reached, the unmet criteria for each higher level, and the equivalents in other regimes
     */
    LevelAssessment assess(Procedure procedure, ServiceOffer offer, LocalDate date);

    /**
     * Whether the regime is in force on a date.
     *
     * @param date the date
     * @return whether in force
     */
    default boolean inForceOn(LocalDate date) {
        return validity().contains(date);
    }
}
