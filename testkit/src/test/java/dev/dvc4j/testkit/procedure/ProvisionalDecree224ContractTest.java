package dev.dvc4j.testkit.procedure;

import dev.dvc4j.core.procedure.ProvisionalDecree224Module;
import dev.dvc4j.core.spi.Dvc4jModule;

/** The opt-in provisional regime passes the contract too. */
class ProvisionalDecree224ContractTest extends ProcedureRuleProviderContract {

    @Override
    protected Dvc4jModule module() {
        return new ProvisionalDecree224Module();
    }
}
