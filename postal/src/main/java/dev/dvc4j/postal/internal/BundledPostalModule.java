package dev.dvc4j.postal.internal;

import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;

/**
 * The postal module's bundled defaults, at {@link Dvc4jModule#PRIORITY_BUNDLED}: the published VNPost tariff (under
 * its id), the beneficiary categories (under their codes) and the standard zone resolver (under
 * {@value ZoneResolver#DEFAULT_KEY}). Found with {@link java.util.ServiceLoader}. Not part of the API.
 */
public final class BundledPostalModule implements Dvc4jModule {

    /** This module's name. */
    public static final String NAME = "dvc4j-postal";

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public BundledPostalModule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY_BUNDLED;
    }

    @Override
    public void setup(SetupContext context) {
        PostalTariff tariff = BundledData.tariff();
        context.provide(PostalTariff.class, tariff.id(), tariff);
        for (BeneficiaryCategory c : BundledData.categories()) {
            context.provide(BeneficiaryCategory.class, c.code(), c);
        }
        context.provide(ZoneResolver.class, ZoneResolver.DEFAULT_KEY, BundledData.standardResolver());
    }
}
