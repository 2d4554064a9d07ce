package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.beam.DossierFactsCoder;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Makes {@link DossierFactsCoder} the default coder of {@link DossierFacts} in every pipeline: Beam's coder
 * registry loads this class with {@link java.util.ServiceLoader} ({@code META-INF/services}).
 */
public final class StatsCoderRegistrar implements CoderProviderRegistrar {

    /** Called by the service loader. */
    public StatsCoderRegistrar() {
    }

    @Override
    public List<CoderProvider> getCoderProviders() {
        return List.of(CoderProviders.forCoder(TypeDescriptor.of(DossierFacts.class), DossierFactsCoder.of()));
    }
}
