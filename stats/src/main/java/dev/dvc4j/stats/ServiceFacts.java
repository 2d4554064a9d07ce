package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.OnlineMode;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One procedure in the scope of a service-availability report (formulas 3.1 and 3.5): how it is offered online.
 * A procedure offering both variants is entered once, at its highest level (766 formula sheet). Give each procedure
 * in scope exactly once.
 *
 * @param procedure the procedure code ({@code null} reads as empty)
 * @param agency the agency offering it, empty when not relevant ({@code null} reads as empty)
 * @param legacyLevel the legacy level 0–4 (0 unknown)
 * @param onlineMode how it is offered online
 * @param feeBearing whether it charges a non-zero fee
 * @param onlinePaymentIntegrated whether its fees can be paid online
 */
public record ServiceFacts(@Nullable String procedure, @Nullable String agency, int legacyLevel, OnlineMode onlineMode,
                           boolean feeBearing, boolean onlinePaymentIntegrated) implements Serializable {

    /** Validates the level and fills in missing text. */
    public ServiceFacts {
        procedure = procedure == null ? "" : procedure;
        agency = agency == null ? "" : agency;
        if (legacyLevel < 0 || legacyLevel > 4) {
            throw new StatsException("stats.facts.invalid", LocalizedText.of(
                    "Mức độ dịch vụ %d không hợp lệ (0–4)", "Service level %d is not 0–4").formatted(legacyLevel));
        }
        Objects.requireNonNull(onlineMode, "onlineMode");
    }

    /**
     * A procedure described by its legacy level, the mode derived from it.
     *
     * @param procedure the procedure code ({@code null} reads as empty)
     * @param agency the agency ({@code null} reads as empty)
     * @param legacyLevel 0–4
     * @return the facts, fee-free
     */
    public static ServiceFacts ofLevel(@Nullable String procedure, @Nullable String agency, int legacyLevel) {
        return new ServiceFacts(procedure, agency, legacyLevel, OnlineMode.ofLegacyLevel(legacyLevel), false, false);
    }
}
