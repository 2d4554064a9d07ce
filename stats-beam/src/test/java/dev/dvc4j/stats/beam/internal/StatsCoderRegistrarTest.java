package dev.dvc4j.stats.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.beam.DossierFactsCoder;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

class StatsCoderRegistrarTest {

    @Test
    void theServiceLoaderFindsTheRegistrarAndItProvidesTheFactsCoder() throws CannotProvideCoderException {
        assertThat(ServiceLoader.load(CoderProviderRegistrar.class)).hasAtLeastOneElementOfType(StatsCoderRegistrar.class);
        // Called directly: Beam's registry reads its registrars once per JVM.
        List<CoderProvider> providers = new StatsCoderRegistrar().getCoderProviders();
        assertThat(providers).hasSize(1);
        assertThat(providers.get(0).coderFor(TypeDescriptor.of(DossierFacts.class), List.of()))
                .isEqualTo(DossierFactsCoder.of());
    }
}
