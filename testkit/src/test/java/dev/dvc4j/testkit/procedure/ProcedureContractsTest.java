package dev.dvc4j.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceCriteria;
import dev.dvc4j.core.procedure.ServiceLevel;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.ServiceRule;
import dev.dvc4j.core.procedure.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;

/** The contract's checks catch broken regimes and rules. */
class ProcedureContractsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    private final Procedure procedure = ProcedureArbitraries.procedures().sample();
    private final ServiceLevels levels = ServiceLevels.from(Dvc4j.builder().findAndRegisterModules().build());

    /** A regime whose level 1 requires NOT offering online submission: adding a capability lowers the level. */
    static RuleBasedRegime nonMonotone() {
        ServiceLevel base = new ServiceLevel("bad", "base", 0, LocalizedText.of("cơ sở", "base"), false, false);
        ServiceLevel one = new ServiceLevel("bad", "one", 1, LocalizedText.of("một", "one"), true, false);
        return new RuleBasedRegime("bad", LocalizedText.of("xấu", "bad"), "none", Validity.ALWAYS, false, List.of(
                new RuleBasedRegime.Level(base, Optional.empty(), Map.of()),
                new RuleBasedRegime.Level(one, Optional.of(ServiceRule.not(ServiceRule.check(
                        ServiceCriteria.capability(ServiceCapability.ONLINE_SUBMISSION)))), Map.of())));
    }

    @Example
    void aNonMonotoneRegimeFails() {
        ServiceOffer none = new ServiceOffer(ProcedureArbitraries.PROCEDURE, ProcedureArbitraries.AGENCY, java.util.Set.of());
        assertThatCode(() -> ProcedureContracts.checkShape(nonMonotone())).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProcedureContracts.checkAssessment(nonMonotone(), procedure, none, DAY,
                ServiceCapability.ONLINE_SUBMISSION)).isInstanceOf(AssertionError.class).hasMessageContaining("lowered the level");
        assertThatCode(() -> ProcedureContracts.checkAssessment(nonMonotone(), procedure, none, DAY,
                ServiceCapability.E_FORMS)).doesNotThrowAnyException();
    }

    @Example
    void nondeterministicThrowingOrUnexplainedRulesFail() {
        ServiceOffer offer = ProcedureArbitraries.offers().sample();
        FilingFacts filing = FilingFacts.builder(ProcedureArbitraries.PROCEDURE, ProcedureArbitraries.AGENCY, DAY).build();
        AtomicInteger calls = new AtomicInteger();
        DossierRule flaky = rule("flaky", c -> calls.incrementAndGet() % 2 == 0 ? List.of()
                : List.of(RuleViolation.of("x", "p", "vi", "en")));
        assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(flaky, procedure, offer, filing, levels))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not deterministic");
        DossierRule throwing = rule("throwing", c -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(throwing, procedure, offer, filing, levels))
                .isInstanceOf(AssertionError.class).hasMessageContaining("threw");
        DossierRule mute = rule("mute", c -> List.of(RuleViolation.of("x", "p", " ", "en")));
        assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(mute, procedure, offer, filing, levels))
                .isInstanceOf(AssertionError.class).hasMessageContaining("without a message");
        for (String blank : new String[] {null, " "}) {
            assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(rule(blank, c -> List.of()), procedure, offer, filing,
                    levels)).isInstanceOf(AssertionError.class).hasMessage("a dossier rule has a blank code");
        }
        assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(rule("null", c -> null), procedure, offer, filing, levels))
                .isInstanceOf(AssertionError.class).hasMessage("null: returned null");
        for (RuleViolation nameless : List.of(RuleViolation.of(" ", "p", "vi", "en"), RuleViolation.of("x", "", "vi", "en"))) {
            assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(rule("nameless", c -> List.of(nameless)), procedure,
                    offer, filing, levels)).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("nameless: violation without code or path");
        }
        // Deterministic for the check's two calls, but another answer on the third, through DossierRules.
        AtomicInteger seen = new AtomicInteger();
        DossierRule third = rule("third", c -> seen.incrementAndGet() < 3 ? List.of()
                : List.of(RuleViolation.of("x", "p", "vi", "en")));
        assertThatThrownBy(() -> ProcedureContracts.checkFilingRule(third, procedure, offer, filing, levels))
                .isInstanceOf(AssertionError.class).hasMessage("third: gives different answers through DossierRules");
        DossierRule fine = rule("fine", c -> List.of());
        assertThatCode(() -> ProcedureContracts.checkFilingRule(fine, procedure, offer, filing, levels))
                .doesNotThrowAnyException();
    }

    /** The non-monotone regime with its key, basis, validity or levels replaced. */
    static ServiceLevelRegime shaped(String key, String basis, Validity validity, List<ServiceLevel> levels) {
        return changed(key, basis, validity, levels, a -> a);
    }

    /** The non-monotone regime whose assessments are changed. */
    private static ServiceLevelRegime assessing(java.util.function.UnaryOperator<LevelAssessment> change) {
        RuleBasedRegime inner = nonMonotone();
        return changed(inner.key(), inner.legalBasis(), inner.validity(), inner.levels(), change);
    }

    private static ServiceLevelRegime changed(String key, String basis, Validity validity, List<ServiceLevel> levels,
                                              java.util.function.UnaryOperator<LevelAssessment> change) {
        RuleBasedRegime inner = nonMonotone();
        return new ServiceLevelRegime() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public LocalizedText name() {
                return inner.name();
            }

            @Override
            public String legalBasis() {
                return basis;
            }

            @Override
            public Validity validity() {
                return validity;
            }

            @Override
            public boolean provisional() {
                return false;
            }

            @Override
            public List<ServiceLevel> levels() {
                return levels;
            }

            @Override
            public LevelAssessment assess(Procedure procedure, ServiceOffer offer, LocalDate date) {
                return change.apply(inner.assess(procedure, offer, date));
            }
        };
    }

    private static LevelAssessment with(LevelAssessment a, String regime, ServiceLevel level, int maxRank,
                                        List<dev.dvc4j.core.procedure.LevelGap> gaps) {
        return new LevelAssessment(regime, a.regimeName(), a.legalBasis(), a.provisional(), a.procedure(), a.agency(),
                a.date(), level, maxRank, gaps, a.equivalents());
    }

    @Example
    void anAssessmentThatIsNotTheRegimesOwnFailsNamingWhatIsWrong() {
        ServiceOffer none = new ServiceOffer(ProcedureArbitraries.PROCEDURE, ProcedureArbitraries.AGENCY, java.util.Set.of());
        ServiceOffer online = none.with(ServiceCapability.ONLINE_SUBMISSION);
        ProcedureContracts.checkAssessment(assessing(a -> a), procedure, online, DAY, ServiceCapability.E_FORMS);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ProcedureContracts.checkAssessment(assessing(a -> calls.incrementAndGet() == 2
                ? with(a, "other", a.level(), a.maxRank(), a.gaps()) : a), procedure, none, DAY,
                ServiceCapability.E_FORMS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bad: assessment is not deterministic");
        assertThatThrownBy(() -> ProcedureContracts.checkAssessment(assessing(a -> with(a, "other", a.level(), a.maxRank(),
                a.gaps())), procedure, none, DAY, ServiceCapability.E_FORMS))
                .isInstanceOf(AssertionError.class).hasMessage("bad: assessment names regime other");
        ServiceLevel foreign = new ServiceLevel("bad", "foreign", 1, LocalizedText.of("lạ", "foreign"), true, false);
        assertThatThrownBy(() -> ProcedureContracts.checkAssessment(assessing(a -> with(a, a.regime(), foreign, 1,
                List.of())), procedure, none, DAY, ServiceCapability.E_FORMS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is not one of the regime's levels");
        assertThatThrownBy(() -> ProcedureContracts.checkAssessment(assessing(a -> a.gaps().isEmpty() ? a
                : with(a, a.regime(), a.level(), a.maxRank(), List.of(new dev.dvc4j.core.procedure.LevelGap(foreign,
                        a.gaps().get(0).unmet())))), procedure, online, DAY, ServiceCapability.E_FORMS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("do not name exactly the higher levels");
    }

    @Example
    void aRegimeOfTheWrongShapeFailsNamingWhatIsWrong() {
        List<ServiceLevel> ok = nonMonotone().levels();
        ProcedureContracts.checkShape(shaped("bad", "none", Validity.ALWAYS, ok));
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped(" ", "none", Validity.ALWAYS, ok)))
                .isInstanceOf(AssertionError.class).hasMessage("regime key is blank");
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped("bad", " ", Validity.ALWAYS, ok)))
                .isInstanceOf(AssertionError.class).hasMessage("bad: legal basis is blank");
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped("bad", "none", null, ok)))
                .isInstanceOf(AssertionError.class).hasMessage("bad: no validity");
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped("bad", "none", Validity.ALWAYS, ok.subList(0, 1))))
                .isInstanceOf(AssertionError.class).hasMessage("bad: needs at least two levels");
        ServiceLevel foreign = new ServiceLevel("other", "two", 2, LocalizedText.of("hai", "two"), true, false);
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped("bad", "none", Validity.ALWAYS,
                List.of(ok.get(0), ok.get(1), foreign))))
                .isInstanceOf(AssertionError.class).hasMessageEndingWith("of another regime");
        ServiceLevel sameRank = new ServiceLevel("bad", "also-one", 1, LocalizedText.of("cũng một", "also one"), true, false);
        assertThatThrownBy(() -> ProcedureContracts.checkShape(shaped("bad", "none", Validity.ALWAYS,
                List.of(ok.get(0), ok.get(1), sameRank))))
                .isInstanceOf(AssertionError.class).hasMessage("bad: ranks not ascending");
        ServiceLevel two = new ServiceLevel("bad", "two", 2, LocalizedText.of("hai", "two"), true, false);
        ProcedureContracts.checkShape(shaped("bad", "none", Validity.ALWAYS, List.of(ok.get(0), ok.get(1), two)));
    }

    static DossierRule rule(String code, java.util.function.Function<FilingContext, List<RuleViolation>> f) {
        return new DossierRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<RuleViolation> checkFiling(FilingContext context) {
                return f.apply(context);
            }
        };
    }
}
