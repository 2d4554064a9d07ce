package dev.dvc4j.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceCriteria;
import dev.dvc4j.core.procedure.ServiceLevel;
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
    private static RuleBasedRegime nonMonotone() {
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
        DossierRule fine = rule("fine", c -> List.of());
        assertThatCode(() -> ProcedureContracts.checkFilingRule(fine, procedure, offer, filing, levels))
                .doesNotThrowAnyException();
    }

    private static DossierRule rule(String code, java.util.function.Function<FilingContext, List<RuleViolation>> f) {
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
