package dev.dvc4j.testkit.procedure;

import dev.dvc4j.core.spi.Dvc4jModule;
import java.util.ServiceLoader;

/** dvc4j's own bundled regimes and dossier rules pass the contract vendors must pass. */
class BundledProcedureRulesContractTest extends ProcedureRuleProviderContract {

    @Override
    protected Dvc4jModule module() {
        return ServiceLoader.load(Dvc4jModule.class).stream().map(ServiceLoader.Provider::get)
                .filter(m -> m.name().equals("dvc4j-procedures")).findFirst().orElseThrow();
    }
}
