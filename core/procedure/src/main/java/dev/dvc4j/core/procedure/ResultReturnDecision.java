package dev.dvc4j.core.procedure;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link DossierRules#checkResultReturn(ResultReturnFacts)}.
 *
 * @param facts the return checked
 * @param violations every violation, empty when allowed
 */
public record ResultReturnDecision(ResultReturnFacts facts, List<RuleViolation> violations) {

    /** Validates and copies. */
    public ResultReturnDecision {
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(facts, "facts");
        violations = List.copyOf(violations);
    }

    /** @return whether the result may be returned */
    public boolean isAllowed() {
        return violations.isEmpty();
    }

    /**
     * Returns this decision when allowed, throws otherwise.
     *
     * @return this decision
     * @throws RuleViolationException listing every violation
     */
    public ResultReturnDecision orThrow() {
        if (!isAllowed()) {
            throw new RuleViolationException("dossier-rules.return-refused", violations);
        }
        return this;
    }
}
