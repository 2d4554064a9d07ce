package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.FeeKind;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.util.Objects;
import java.util.Optional;

/**
 * One fee of a {@link FeeAssessment}: {@code due = standard + channelAdjustment − exemption}.
 *
 * @param feeCode the fee's code
 * @param name the fee's name
 * @param kind fee or charge
 * @param collectedAt when it is collected
 * @param standard the amount in force on the filing date
 * @param channelAdjustment the difference for the filing channel (negative when online filing is cheaper)
 * @param exemption the amount waived for the beneficiary category (non-negative)
 * @param exemptionCategory the category that earned the exemption, if any
 * @param due the amount due (non-negative)
 * @param legalBasis the instrument that sets the amount
 */
public record FeeLine(String feeCode, LocalizedText name, FeeKind kind, FeeCollection collectedAt, Vnd standard,
                      Vnd channelAdjustment, Vnd exemption, Optional<String> exemptionCategory, Vnd due,
                      String legalBasis) {

    /** Validates the arithmetic. */
    public FeeLine {
        Objects.requireNonNull(channelAdjustment, "channelAdjustment");
        Objects.requireNonNull(feeCode, "feeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(exemptionCategory, "exemptionCategory");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (standard.isNegative() || exemption.isNegative() || due.isNegative()
                || !standard.plus(channelAdjustment).minus(exemption).equals(due)) {
            throw ProcedureException.invalid("fee-line", "Dòng phí %s không khớp: %s %s − %s ≠ %s",
                    "Fee line %s does not add up: %s %s - %s != %s", feeCode, standard, channelAdjustment, exemption, due);
        }
    }
}
