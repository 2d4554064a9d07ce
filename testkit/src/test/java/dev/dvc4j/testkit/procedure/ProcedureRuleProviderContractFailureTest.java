package dev.dvc4j.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.RuleViolation;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceLevel;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.Validity;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.testkit.wiring.VendorModules;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * The rule-provider contract fails a module that contributes nothing, one whose regime has the wrong shape or lowers
 * the level when a capability is added, and one whose dossier rule is not deterministic.
 */
class ProcedureRuleProviderContractFailureTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private static ProcedureRuleProviderContract contractOf(String name, Consumer<SetupContext> setup) {
        return new ProcedureRuleProviderContract() {
            @Override
            protected Dvc4jModule module() {
                return VendorModules.module(name, setup);
            }
        };
    }

    @Example
    void aModuleThatContributesNoRegimeOrRuleFails() {
        assertThatThrownBy(contractOf("empty", c -> { })::contributesRegimesOrRulesUnderTheirKeys)
                .isInstanceOf(AssertionError.class).hasMessageContaining("regimes and dossier rules contributed by empty");
    }

    @Example
    void aModuleIsNotCreditedWithWhatAnotherModuleContributes() {
        DossierRule fine = ProcedureContractsTest.rule("fine", c -> List.of());
        Dvc4jModule other = VendorModules.module("other", c -> c.provide(ProcedurePoints.DOSSIER_RULES, fine));
        ProcedureRuleProviderContract contract = new ProcedureRuleProviderContract() {
            @Override
            protected Dvc4jModule module() {
                return VendorModules.module("empty", c -> { });
            }

            @Override
            protected Dvc4j runtime() {
                return Dvc4j.builder().findAndRegisterModules().register(other).register(module()).build();
            }
        };
        assertThatThrownBy(contract::contributesRegimesOrRulesUnderTheirKeys)
                .isInstanceOf(AssertionError.class).hasMessageContaining("regimes and dossier rules contributed by empty");
    }

    @Example
    void aRegimeOfTheWrongShapeFails() {
        List<ServiceLevel> ok = ProcedureContractsTest.nonMonotone().levels();
        ServiceLevel sameRank = new ServiceLevel("bad", "also-one", 1, dev.dvc4j.core.LocalizedText.of("cũng một", "also one"),
                true, false);
        ServiceLevelRegime unordered = ProcedureContractsTest.shaped("bad", "none", Validity.ALWAYS,
                List.of(ok.get(0), ok.get(1), sameRank));
        assertThatThrownBy(contractOf("unordered", c -> c.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES, unordered))
                ::contributesRegimesOrRulesUnderTheirKeys)
                .isInstanceOf(AssertionError.class).hasMessage("bad: ranks not ascending");
    }

    @Example
    void aRegimeThatLowersTheLevelWhenACapabilityIsAddedFails() {
        ServiceOffer none = new ServiceOffer(ProcedureArbitraries.PROCEDURE, ProcedureArbitraries.AGENCY, Set.of());
        ProcedureRuleProviderContract contract = contractOf("non-monotone",
                c -> c.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES, ProcedureContractsTest.nonMonotone()));
        assertThatThrownBy(() -> contract.regimesAreDeterministicExplainedAndMonotone(ProcedureArbitraries.plainProcedure(),
                none, DAY, ServiceCapability.ONLINE_SUBMISSION))
                .isInstanceOf(AssertionError.class).hasMessageContaining("lowered the level");
    }

    @Example
    void aDossierRuleThatIsNotDeterministicFails() {
        AtomicInteger calls = new AtomicInteger();
        DossierRule flaky = ProcedureContractsTest.rule("flaky", c -> calls.incrementAndGet() % 2 == 0 ? List.of()
                : List.of(RuleViolation.of("x", "p", "vi", "en")));
        ProcedureRuleProviderContract contract = contractOf("flaky", c -> c.provide(ProcedurePoints.DOSSIER_RULES, flaky));
        FilingFacts filing = FilingFacts.builder(ProcedureArbitraries.PROCEDURE, ProcedureArbitraries.AGENCY, DAY).build();
        assertThatThrownBy(() -> contract.dossierRulesReportViolationsDeterministically(ProcedureArbitraries.plainProcedure(),
                ProcedureArbitraries.plainOffer(), filing))
                .isInstanceOf(AssertionError.class).hasMessageContaining("flaky: not deterministic");
    }
}
