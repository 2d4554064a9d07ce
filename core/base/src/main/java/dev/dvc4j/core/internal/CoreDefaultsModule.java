package dev.dvc4j.core.internal;

import dev.dvc4j.core.id.DossierSequenceSource;
import dev.dvc4j.core.id.InMemoryDossierSequenceSource;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;

/**
 * The defaults core bundles: an in-memory dossier-code sequence (hosts replace it with their database sequence)
 * and the province gazetteer. Discovered through {@link java.util.ServiceLoader}.
 */
public final class CoreDefaultsModule implements Dvc4jModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public CoreDefaultsModule() {
    }

    @Override
    public String name() {
        return "dvc4j-core";
    }

    @Override
    public String version() {
        return dev.dvc4j.core.Dvc4j.VERSION;
    }

    @Override
    public int priority() {
        return PRIORITY_BUNDLED;
    }

    @Override
    public void setup(SetupContext context) {
        context.provide(DossierSequenceSource.class, "default", new InMemoryDossierSequenceSource());
        context.provide(Provinces.class, "default", Provinces.bundled());
    }
}
