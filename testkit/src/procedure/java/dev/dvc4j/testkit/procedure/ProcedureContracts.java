package dev.dvc4j.testkit.procedure;

import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.LevelGap;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceFacts;
import dev.dvc4j.core.procedure.ServiceLevel;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.UnmetCriterion;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The checks behind {@link ProcedureRuleProviderContract}, usable on their own. Each throws {@link AssertionError}
 * naming what is wrong.
 */
public final class ProcedureContracts {

    private ProcedureContracts() {
    }

    /**
     * Checks one regime's shape: a non-blank key and legal basis, levels of that regime in strictly ascending rank.
     *
     * @param regime the regime
     */
    public static void checkShape(ServiceLevelRegime regime) {
        require(regime.key() != null && !regime.key().isBlank(), "regime key is blank");
        require(regime.legalBasis() != null && !regime.legalBasis().isBlank(), regime.key() + ": legal basis is blank");
        require(regime.validity() != null, regime.key() + ": no validity");
        List<ServiceLevel> levels = regime.levels();
        require(levels.size() >= 2, regime.key() + ": needs at least two levels");
        for (int i = 0; i < levels.size(); i++) {
            require(levels.get(i).regime().equals(regime.key()), regime.key() + ": level " + levels.get(i) + " of another regime");
            require(i == 0 || levels.get(i).rank() > levels.get(i - 1).rank(), regime.key() + ": ranks not ascending");
        }
    }

    /**
     * Checks one assessment: deterministic, consistent with the regime's levels, explained (every higher level has a
     * gap, which {@link LevelGap} itself refuses to leave without an unmet criterion; the next level's gap lists
     * criteria that really fail), readable in both languages, and monotone (adding {@code extra} never lowers the
     * level).
     *
     * @param regime the regime
     * @param procedure the procedure
     * @param offer the offer
     * @param date the date
     * @param extra a capability to add for the monotonicity check
     */
    public static void checkAssessment(ServiceLevelRegime regime, Procedure procedure, ServiceOffer offer,
                                       LocalDate date, ServiceCapability extra) {
        Objects.requireNonNull(extra, "extra");
        LevelAssessment a = regime.assess(procedure, offer, date);
        LevelAssessment again = regime.assess(procedure, offer, date);
        require(a.equals(again), regime.key() + ": assessment is not deterministic: " + a + " then " + again);
        require(a.regime().equals(regime.key()), regime.key() + ": assessment names regime " + a.regime());
        List<ServiceLevel> levels = regime.levels();
        int at = levels.indexOf(a.level());
        require(at >= 0, regime.key() + ": assessed level " + a.level() + " is not one of the regime's levels");
        List<ServiceLevel> higher = levels.subList(at + 1, levels.size());
        require(a.gaps().stream().map(LevelGap::level).toList().equals(higher),
                regime.key() + ": gaps " + a.gaps() + " do not name exactly the higher levels " + higher);
        if (regime instanceof RuleBasedRegime r && at + 1 < levels.size()) {
            Map<String, ServiceCriterion> criteria = r.definitions().get(at + 1).rule().orElseThrow().criteria();
            ServiceFacts facts = new ServiceFacts(procedure, offer, date);
            for (UnmetCriterion u : a.unmet()) {
                for (String code : u.leafCodes()) {
                    ServiceCriterion c = criteria.get(code);
                    require(c == null || !c.test(facts), regime.key() + ": criterion " + code + " is listed as unmet but is met");
                }
            }
        }
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
            String text = a.describe(l);
            require(text != null && text.contains(a.level().name().in(l)), regime.key() + ": describe(" + l + ") does not name the level");
        }
        int more = regime.assess(procedure, offer.with(extra), date).level().rank();
        require(more >= a.level().rank(), regime.key() + ": adding " + extra + " lowered the level from "
                + a.level().code() + " (rank " + a.level().rank() + ") to rank " + more);
    }

    /**
     * Checks one dossier rule on one filing: it does not throw, is deterministic, and every violation has a code,
     * a path and a message in both languages.
     *
     * @param rule the rule
     * @param procedure the procedure
     * @param offer the offer (of the filing's agency)
     * @param facts the filing
     * @param levels the regimes to assess the offer with
     */
    public static void checkFilingRule(DossierRule rule, Procedure procedure, ServiceOffer offer, FilingFacts facts,
                                       ServiceLevels levels) {
        require(rule.code() != null && !rule.code().isBlank(), "a dossier rule has a blank code");
        FilingContext ctx = new FilingContext(facts, procedure, offer, levels.assess(procedure, offer, facts.filingDate()),
                DossierRules.feeDue(procedure, facts.filingDate(), facts.channel(), facts.beneficiaryCategory()));
        List<RuleViolation> first;
        try {
            first = rule.checkFiling(ctx);
        } catch (RuntimeException e) {
            throw new AssertionError(rule.code() + ": threw instead of reporting violations: " + e, e);
        }
        require(first != null, rule.code() + ": returned null");
        require(first.equals(rule.checkFiling(ctx)), rule.code() + ": not deterministic");
        for (RuleViolation v : first) {
            require(!v.code().isBlank() && !v.path().isBlank(), rule.code() + ": violation without code or path: " + v);
            require(!v.message().vi().isBlank() && !v.message().en().isBlank(), rule.code() + ": violation without a message: " + v);
        }
        DossierRules rules = DossierRules.of(Catalogue.of(List.of(procedure), List.of(offer)), levels, List.of(rule));
        require(Objects.equals(rules.checkFiling(facts).violations(), first),
                rule.code() + ": gives different answers through DossierRules");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
