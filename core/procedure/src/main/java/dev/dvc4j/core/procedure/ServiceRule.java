package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A service-level rule: a {@link ServiceCriterion} or a composition of rules (all of, any of, not) that explains
 * itself. Evaluating a rule gives a {@link RuleOutcome} listing exactly the criteria that made it fail:
 * <ul>
 *   <li>{@link AllOf}: the unmet criteria of every failed member;</li>
 *   <li>{@link AnyOf}: when every member failed, one group entry whose alternatives are the members' unmet
 *   criteria; nothing when any member is met;</li>
 *   <li>{@link Not}: one entry {@code not(...)} when the negated rule is met.</li>
 * </ul>
 *
 * <p>Service levels should be monotone in capabilities (offering more never lowers a level); a {@link Not} over a
 * capability breaks that, so bundled regimes only negate facts of the procedure, never of the offer.
 */
public sealed interface ServiceRule permits ServiceRule.Check, ServiceRule.AllOf, ServiceRule.AnyOf, ServiceRule.Not {

    /**
     * Evaluates the rule.
     *
     * @param facts the procedure, offer and date
     * @return the outcome
     */
    RuleOutcome evaluate(ServiceFacts facts);

    /**
     * What the rule requires, in both languages.
     *
     * @return the description
     */
    LocalizedText describe();

    /**
     * Every criterion in the rule, by code, in order of appearance.
     *
     * @return the criteria
     */
    default Map<String, ServiceCriterion> criteria() {
        Map<String, ServiceCriterion> out = new LinkedHashMap<>();
        collect(this, out);
        return out;
    }

    private static void collect(ServiceRule rule, Map<String, ServiceCriterion> out) {
        if (rule instanceof Check c) {
            out.putIfAbsent(c.criterion().code(), c.criterion());
        } else if (rule instanceof AllOf a) {
            a.rules().forEach(r -> collect(r, out));
        } else if (rule instanceof AnyOf a) {
            a.rules().forEach(r -> collect(r, out));
        } else if (rule instanceof Not n) {
            collect(n.rule(), out);
        }
    }

    /**
     * A rule that one criterion is met.
     *
     * @param criterion the criterion
     * @return the rule
     */
    static ServiceRule check(ServiceCriterion criterion) {
        return new Check(criterion);
    }

    /**
     * A rule that every member is met.
     *
     * @param rules the members, at least one
     * @return the rule
     */
    static ServiceRule allOf(ServiceRule... rules) {
        Objects.requireNonNull(rules, "rules");
        return new AllOf(List.of(rules));
    }

    /**
     * A rule that at least one member is met.
     *
     * @param rules the members, at least one
     * @return the rule
     */
    static ServiceRule anyOf(ServiceRule... rules) {
        Objects.requireNonNull(rules, "rules");
        return new AnyOf(List.of(rules));
    }

    /**
     * A rule that another rule is not met.
     *
     * @param rule the negated rule
     * @return the rule
     */
    static ServiceRule not(ServiceRule rule) {
        return new Not(rule);
    }

    /**
     * One criterion.
     *
     * @param criterion the criterion
     */
    record Check(ServiceCriterion criterion) implements ServiceRule {

        /** Validates. */
        public Check {
            Objects.requireNonNull(criterion, "criterion");
        }

        @Override
        public RuleOutcome evaluate(ServiceFacts facts) {
            return criterion.test(facts) ? RuleOutcome.MET : RuleOutcome.unmet(List.of(UnmetCriterion.of(criterion)));
        }

        @Override
        public LocalizedText describe() {
            return criterion.requirement();
        }
    }

    /**
     * Every member must be met.
     *
     * @param rules the members, at least one
     */
    record AllOf(List<ServiceRule> rules) implements ServiceRule {

        /** Validates and copies. */
        public AllOf {
            Objects.requireNonNull(rules, "rules");
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw ProcedureException.invalid("rule", "\"Tất cả\" cần ít nhất một quy tắc", "\"all of\" needs at least one rule");
            }
        }

        @Override
        public RuleOutcome evaluate(ServiceFacts facts) {
            Map<String, UnmetCriterion> unmet = new LinkedHashMap<>();
            for (ServiceRule r : rules) {
                for (UnmetCriterion u : r.evaluate(facts).unmet()) {
                    unmet.putIfAbsent(u.code(), u);
                }
            }
            return unmet.isEmpty() ? RuleOutcome.MET : RuleOutcome.unmet(new ArrayList<>(unmet.values()));
        }

        @Override
        public LocalizedText describe() {
            return join(rules, "tất cả: ", "all of: ", "; ");
        }
    }

    /**
     * At least one member must be met.
     *
     * @param rules the members, at least one
     */
    record AnyOf(List<ServiceRule> rules) implements ServiceRule {

        /** Validates and copies. */
        public AnyOf {
            Objects.requireNonNull(rules, "rules");
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw ProcedureException.invalid("rule", "\"Một trong\" cần ít nhất một quy tắc", "\"any of\" needs at least one rule");
            }
        }

        @Override
        public RuleOutcome evaluate(ServiceFacts facts) {
            List<UnmetCriterion> failed = new ArrayList<>();
            for (ServiceRule r : rules) {
                RuleOutcome o = r.evaluate(facts);
                if (o.satisfied()) {
                    return RuleOutcome.MET;
                }
                failed.addAll(o.unmet());
            }
            if (failed.size() == 1) {
                return RuleOutcome.unmet(failed);
            }
            String code = failed.stream().map(UnmetCriterion::code).collect(Collectors.joining(" | "));
            LocalizedText reason = LocalizedText.of(
                    "Không đạt phương án nào: " + failed.stream().map(u -> u.reason().vi()).collect(Collectors.joining("; ")),
                    "None of the alternatives: " + failed.stream().map(u -> u.reason().en()).collect(Collectors.joining("; ")));
            return RuleOutcome.unmet(List.of(new UnmetCriterion(code, describe(), reason, failed)));
        }

        @Override
        public LocalizedText describe() {
            return join(rules, "một trong: ", "one of: ", " | ");
        }
    }

    /**
     * The negated rule must not be met.
     *
     * @param rule the negated rule
     */
    record Not(ServiceRule rule) implements ServiceRule {

        /** Validates. */
        public Not {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public RuleOutcome evaluate(ServiceFacts facts) {
            if (!rule.evaluate(facts).satisfied()) {
                return RuleOutcome.MET;
            }
            String code = "not(" + String.join(",", rule.criteria().keySet()) + ")";
            LocalizedText inner = rule.describe();
            return RuleOutcome.unmet(List.of(new UnmetCriterion(code, describe(),
                    LocalizedText.of("Không được thỏa: " + inner.vi(), "Must not hold: " + inner.en()), List.of())));
        }

        @Override
        public LocalizedText describe() {
            LocalizedText inner = rule.describe();
            return LocalizedText.of("không: " + inner.vi(), "not: " + inner.en());
        }
    }

    private static LocalizedText join(List<ServiceRule> rules, String vi, String en, String sep) {
        return LocalizedText.of(
                vi + "(" + rules.stream().map(r -> r.describe().vi()).collect(Collectors.joining(sep)) + ")",
                en + "(" + rules.stream().map(r -> r.describe().en()).collect(Collectors.joining(sep)) + ")");
    }
}
