package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports the API package only and provides the bundled module. */
class ModuleDescriptorTest {

    @Test
    void exportsApiOnlyAndProvidesBundledModule() {
        ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("dev.dvc4j.postal").orElseThrow().descriptor();
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("dev.dvc4j.postal"));
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("dev.dvc4j.core.spi.Dvc4jModule");
            assertThat(p.providers()).containsExactly("dev.dvc4j.postal.internal.BundledPostalModule");
        });
    }
}
