package dev.dvc4j.testkit.postal;

import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;

/** A provincial tariff with three inter-province zones and its own resolver passes the contract (ILLUSTRATION data). */
class ThreeZoneIllustrationContractTest extends PostalTariffContract {

    @Override
    protected PostalTariff tariff() {
        return IllustrationData.threeZoneTariff();
    }

    @Override
    protected ZoneResolver zoneResolver() {
        return IllustrationData.threeRegionResolver();
    }
}
