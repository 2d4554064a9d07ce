package dev.dvc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports its API packages and nothing under {@code internal}. */
class ModuleDescriptorTest {

    @Test
    void exportsApiPackagesOnly() throws IOException {
        Path classes = Path.of("target/classes");
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("dev.dvc4j.core");
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).noneMatch(p -> p.contains(".internal"));
        Set<String> apiPackages;
        try (Stream<Path> files = Files.walk(classes)) {
            apiPackages = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
                    .filter(p -> !p.contains(".internal"))
                    .collect(Collectors.toSet());
        }
        assertThat(exported).containsExactlyInAnyOrderElementsOf(apiPackages);
        assertThat(descriptor.uses()).contains("dev.dvc4j.core.spi.Dvc4jModule");
    }
}
