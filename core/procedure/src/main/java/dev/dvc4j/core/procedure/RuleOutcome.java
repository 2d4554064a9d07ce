package dev.dvc4j.core.procedure;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link ServiceRule}: met, or unmet with every criterion that made it fail.
 *
 * @param satisfied whether the rule is met
 * @param unmet the failed criteria (empty exactly when satisfied)
 */
public record RuleOutcome(boolean satisfied, List<UnmetCriterion> unmet) {

    /** The outcome of a met rule. */
    public static final RuleOutcome MET = new RuleOutcome(true, List.of());

    /** Validates that the outcome explains itself. */
    public RuleOutcome {
        Objects.requireNonNull(unmet, "unmet");
        unmet = List.copyOf(unmet);
        if (satisfied != unmet.isEmpty()) {
            throw ProcedureException.invalid("outcome", "Kết quả quy tắc phải nêu tiêu chí chưa đạt khi và chỉ khi không đạt",
                    "A rule outcome lists unmet criteria exactly when it is not met");
        }
    }

    /**
     * A failed outcome.
     *
     * @param unmet the failed criteria, at least one
     * @return the outcome
     */
    public static RuleOutcome unmet(List<UnmetCriterion> unmet) {
        Objects.requireNonNull(unmet, "unmet");
        return new RuleOutcome(false, unmet);
    }
}
