package dev.dvc4j.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract a vendor's module must pass when it contributes {@link ServiceLevelRegime}s or
 * {@link DossierRule}s. Extend it in a test and return the module:
 * <pre>{@code
 * class MyProvinceRulesContractTest extends ProcedureRuleProviderContract {
 *     @Override
 *     protected Dvc4jModule module() {
 *         return new MyProvinceModule();
 *     }
 * }
 * }</pre>
 * Only what the module itself contributes (by {@link Dvc4j#provenance(ExtensionPoint, String)}) is checked: regimes must be
 * well formed, deterministic, monotone in capabilities, and explain every level they do not reach with criteria
 * that really fail; dossier rules must be deterministic, never throw for a filing, and give every violation a code,
 * a path and a message in Vietnamese and English. Generated procedures, offers and filings come from
 * {@link ProcedureArbitraries}.
 */
public abstract class ProcedureRuleProviderContract {

    /**
     * The module under test.
     *
     * @return a new instance of the vendor's module
     */
    protected abstract Dvc4jModule module();

    private Dvc4j runtime;

    private Dvc4j cachedRuntime() {
        if (runtime == null) {
            runtime = runtime();
        }
        return runtime;
    }

    /**
     * The runtime the module is installed in: by default the modules found on the class path plus the module under
     * test, registered explicitly.
     *
     * @return the runtime
     */
    protected Dvc4j runtime() {
        return Dvc4j.builder().findAndRegisterModules().register(module()).build();
    }

    private <T> List<T> contributed(Dvc4j dvc4j, ExtensionPoint<T> point) {
        String name = module().name();
        return dvc4j.all(point).entrySet().stream()
                .filter(e -> dvc4j.provenance(point, e.getKey()).map(p -> p.module().equals(name)).orElse(false))
                .map(Map.Entry::getValue).toList();
    }

    @Provide
    Arbitrary<Procedure> procedures() {
        return ProcedureArbitraries.procedures();
    }

    @Provide
    Arbitrary<ServiceOffer> offers() {
        return ProcedureArbitraries.offers();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return ProcedureArbitraries.dates();
    }

    @Provide
    Arbitrary<FilingFacts> filings() {
        return ProcedureArbitraries.filings();
    }

    /** The module has a name and contributes regimes or rules, each regime under its own key. */
    @Example
    void contributesRegimesOrRulesUnderTheirKeys() {
        Dvc4j dvc4j = runtime();
        assertThat(module().name()).as("module name").isNotBlank();
        List<ServiceLevelRegime> regimes = contributed(dvc4j, ProcedurePoints.SERVICE_LEVEL_REGIMES);
        List<DossierRule> rules = contributed(dvc4j, ProcedurePoints.DOSSIER_RULES);
        assertThat(regimes.size() + rules.size()).as("regimes and dossier rules contributed by " + module().name())
                .isPositive();
        dvc4j.all(ProcedurePoints.SERVICE_LEVEL_REGIMES).forEach((key, regime) -> {
            if (regimes.contains(regime)) {
                assertThat(regime.key()).as("regime key").isEqualTo(key);
                ProcedureContracts.checkShape(regime);
            }
        });
        assertThat(ServiceLevels.from(dvc4j).regimes()).as("regimes can be combined").isNotEmpty();
    }

    /**
     * Every contributed regime: deterministic, explained, monotone in capabilities.
     *
     * @param procedure a procedure
     * @param offer an offer for it
     * @param date a date
     * @param extra a capability to add
     */
    @Property(tries = 150)
    void regimesAreDeterministicExplainedAndMonotone(@ForAll("procedures") Procedure procedure,
                                                    @ForAll("offers") ServiceOffer offer,
                                                    @ForAll("dates") LocalDate date, @ForAll ServiceCapability extra) {
        for (ServiceLevelRegime regime : contributed(cachedRuntime(), ProcedurePoints.SERVICE_LEVEL_REGIMES)) {
            ProcedureContracts.checkAssessment(regime, procedure, offer, date, extra);
        }
    }

    /**
     * Every contributed dossier rule: total, deterministic, explained in both languages.
     *
     * @param procedure a procedure
     * @param offer an offer for it
     * @param filing a filing
     */
    @Property(tries = 150)
    void dossierRulesReportViolationsDeterministically(@ForAll("procedures") Procedure procedure,
                                                       @ForAll("offers") ServiceOffer offer,
                                                       @ForAll("filings") FilingFacts filing) {
        Dvc4j dvc4j = cachedRuntime();
        ServiceLevels levels = ServiceLevels.from(dvc4j);
        for (DossierRule rule : contributed(dvc4j, ProcedurePoints.DOSSIER_RULES)) {
            ProcedureContracts.checkFilingRule(rule, procedure, offer, filing, levels);
        }
    }
}
