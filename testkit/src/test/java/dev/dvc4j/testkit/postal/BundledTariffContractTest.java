package dev.dvc4j.testkit.postal;

import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;

/** The bundled VNPost table passes the vendor contract. */
class BundledTariffContractTest extends PostalTariffContract {

    @Override
    protected PostalTariff tariff() {
        return PostalTariffs.bundled();
    }
}
