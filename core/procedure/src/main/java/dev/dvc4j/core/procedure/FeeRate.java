package dev.dvc4j.core.procedure;

import dev.dvc4j.core.money.Vnd;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated entry of a fee schedule: the amount in force for a period, and the (usually reduced) amount for
 * dossiers filed online when a regulation sets one.
 *
 * @param validity when this amount applies, by filing date
 * @param amount the amount (non-negative)
 * @param onlineAmount the amount for online filings, if different
 * @param legalBasis the instrument that sets the amount (non-blank)
 */
public record FeeRate(Validity validity, Vnd amount, Optional<Vnd> onlineAmount, String legalBasis) {

    /** Validates the amounts and the legal basis. */
    public FeeRate {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(onlineAmount, "onlineAmount");
        if (amount.isNegative() || onlineAmount.map(Vnd::isNegative).orElse(false)) {
            throw ProcedureException.invalid("fee", "Mức thu không được âm: %s", "A fee amount cannot be negative: %s",
                    amount);
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw ProcedureException.invalid("fee", "Mức thu %s thiếu căn cứ pháp lý", "Fee rate %s has no legal basis",
                    amount);
        }
    }

    /**
     * The amount for a filing channel.
     *
     * @param online whether the dossier is filed online
     * @return the online amount for online filings when one is set, the amount otherwise
     */
    public Vnd amountFor(boolean online) {
        return online ? onlineAmount.orElse(amount) : amount;
    }
}
