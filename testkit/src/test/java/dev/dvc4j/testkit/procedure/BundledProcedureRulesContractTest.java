package dev.dvc4j.testkit.procedure;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;

/**
 * dvc4j's own default regimes and dossier rules pass the contract vendors must pass: a module that contributes
 * exactly the defaults in force is checked like a vendor's.
 */
class BundledProcedureRulesContractTest extends ProcedureRuleProviderContract {

    @Override
    protected Dvc4jModule module() {
        return new Dvc4jModule() {
            @Override
            public String name() {
                return "dvc4j-defaults";
            }

            @Override
            public void setup(SetupContext context) {
                Dvc4j defaults = Dvc4j.defaults();
                defaults.all(ProcedurePoints.SERVICE_LEVEL_REGIMES).values()
                        .forEach(r -> context.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES, r));
                defaults.all(ProcedurePoints.DOSSIER_RULES).values()
                        .forEach(r -> context.provide(ProcedurePoints.DOSSIER_RULES, r));
            }
        };
    }
}
