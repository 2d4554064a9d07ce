package dev.dvc4j.core.procedure;

import java.util.List;
import java.util.Objects;

/**
 * A rule a dossier must pass when filed, and optionally before its result is returned. A rule reports every
 * violation it finds; it never throws for a violation and never changes anything.
 *
 * <p>Contribute one with {@link ProcedurePoints#DOSSIER_RULES}; a rule under a bundled key (for
 * example {@code "documents-complete"}) replaces the bundled one. Implementations must be immutable, deterministic and
 * thread-safe; the testkit's {@code DossierRuleContract} checks this.
 */
public interface DossierRule {

    /**
     * A stable code, usually the key the rule is contributed under.
     *
     * @return the code
     */
    String code();

    /**
     * Checks a filing.
     *
     * @param context the filing and what it refers to
     * @return every violation, empty when the filing passes this rule
     */
    List<RuleViolation> checkFiling(FilingContext context);

    /**
     * Checks a result return; by default nothing to check.
     *
     * @param context the return and what it refers to
     * @return every violation, empty when the return passes this rule
     */
    default List<RuleViolation> checkResultReturn(ResultReturnContext context) {
        Objects.requireNonNull(context, "context");
        return List.of();
    }
}
