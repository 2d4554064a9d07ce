package dev.dvc4j.core.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link DossierRules#checkFiling(FilingFacts)}: accepted, or refused with every violation. A refused
 * filing changes nothing; the caller must not create a dossier from it.
 *
 * @param facts the filing checked
 * @param violations every violation, empty when accepted
 * @param level the offer's level on the filing date (empty when the procedure is unknown)
 * @param fee the fees due (empty when the procedure is unknown)
 */
public record FilingDecision(FilingFacts facts, List<RuleViolation> violations, Optional<LevelAssessment> level,
                             Optional<FeeAssessment> fee) {

    /** Validates and copies. */
    public FilingDecision {
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(facts, "facts");
        violations = List.copyOf(violations);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fee, "fee");
    }

    /** @return whether the filing is accepted */
    public boolean isAccepted() {
        return violations.isEmpty();
    }

    /**
     * The codes of the violations.
     *
     * @return the codes, in order
     */
    public List<String> violationCodes() {
        return violations.stream().map(RuleViolation::code).toList();
    }

    /**
     * Returns this decision when accepted, throws otherwise.
     *
     * @return this decision
     * @throws RuleViolationException listing every violation, when refused
     */
    public FilingDecision orThrow() {
        if (!isAccepted()) {
            throw new RuleViolationException("dossier-rules.filing-refused", violations);
        }
        return this;
    }
}
