package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.FeeKind;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fee or charge of a procedure with its dated schedule and exemptions, like the portal's {@code DanhSachLePhi}
 * entry.
 *
 * @param code the fee code (non-blank, unique within the procedure)
 * @param name the fee name
 * @param kind fee or charge
 * @param collectedAt when it is collected
 * @param rates the dated amounts, whose periods must not overlap
 * @param exemptions exemptions and reductions by beneficiary category (categories unique)
 */
public record FeeItem(String code, LocalizedText name, FeeKind kind, FeeCollection collectedAt, List<FeeRate> rates,
                      List<FeeExemption> exemptions) {

    /** Validates and copies. */
    public FeeItem {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(exemptions, "exemptions");
        if (code == null || code.isBlank()) {
            throw ProcedureException.invalid("fee", "Khoản phí thiếu mã", "A fee needs a code");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collectedAt, "collectedAt");
        rates = List.copyOf(rates);
        exemptions = List.copyOf(exemptions);
        if (rates.isEmpty()) {
            throw ProcedureException.invalid("fee", "Khoản phí \"%s\" không có mức thu nào", "Fee \"%s\" has no rate",
                    code);
        }
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (rates.get(i).validity().overlaps(rates.get(j).validity())) {
                    throw ProcedureException.invalid("fee", "Khoản phí \"%s\" có hai mức thu trùng thời gian (%s và %s)",
                            "Fee \"%s\" has two rates in force at once (%s and %s)", code, rates.get(i).validity(),
                            rates.get(j).validity());
                }
            }
        }
        if (exemptions.stream().map(FeeExemption::category).distinct().count() != exemptions.size()) {
            throw ProcedureException.invalid("fee", "Khoản phí \"%s\" có đối tượng miễn giảm trùng",
                    "Fee \"%s\" lists a beneficiary category twice", code);
        }
    }

    /**
     * The rate in force on a filing date.
     *
     * @param date the filing date
     * @return the rate, or empty when the fee was not charged on that date
     */
    public Optional<FeeRate> rateOn(LocalDate date) {
        return rates.stream().filter(r -> r.validity().contains(date)).findFirst();
    }

    /**
     * The exemption for a beneficiary category.
     *
     * @param category the category
     * @return the exemption, if the category has one
     */
    public Optional<FeeExemption> exemptionFor(String category) {
        return exemptions.stream().filter(e -> e.category().equals(category)).findFirst();
    }

    /** @return whether any rate of this fee is above zero */
    public boolean everCharged() {
        return rates.stream().anyMatch(r -> r.amount().isPositive() || r.onlineAmount().map(Vnd::isPositive).orElse(false));
    }
}
