package dev.dvc4j.examples.vendor;

import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.testkit.postal.PostalTariffContract;

/** The vendor's tariff passes testkit's tariff contract, as every vendor's should. */
class HaTinhTariffContractTest extends PostalTariffContract {

    @Override
    protected PostalTariff tariff() {
        return HaTinhModule.tariff();
    }
}
