package dev.dvc4j.examples.vendor;

import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.testkit.wiring.ModuleWiringContract;

/** The Hà Tĩnh example module passes the wiring contract: its calendar, tariff and subsidies are what dvc4j uses. */
class HaTinhWiringTest extends ModuleWiringContract {

    @Override
    protected Dvc4jModule module() {
        return new HaTinhModule();
    }
}
