package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dvc4j artifact on this class path has a module descriptor that exports exactly its API packages: nothing under
 * {@code internal} to everyone, internals only to dvc4j's own modules.
 */
class ModuleDescriptorsTest {

    /** A dvc4j module and the packages its class-path entry holds. */
    record Module(ModuleDescriptor descriptor, Set<String> packages) {
    }

    static Map<String, Module> dvc4jModules() {
        Map<String, Module> modules = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            try {
                if (Files.isDirectory(p) && Files.exists(p.resolve("module-info.class"))) {
                    ModuleDescriptor d;
                    try (InputStream in = Files.newInputStream(p.resolve("module-info.class"))) {
                        d = ModuleDescriptor.read(in);
                    }
                    if (d.name().startsWith("dev.dvc4j")) {
                        modules.put(d.name(), new Module(d, packagesOf(p)));
                    }
                } else if (entry.endsWith(".jar") && Files.exists(p)) {
                    try (JarFile jar = new JarFile(p.toFile())) {
                        var e = jar.getEntry("module-info.class");
                        if (e == null) {
                            continue;
                        }
                        ModuleDescriptor d;
                        try (InputStream in = jar.getInputStream(e)) {
                            d = ModuleDescriptor.read(in);
                        }
                        if (d.name().startsWith("dev.dvc4j")) {
                            Set<String> pk = jar.stream().map(x -> x.getName())
                                    .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                                    .collect(Collectors.toSet());
                            modules.put(d.name(), new Module(d, pk));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return modules;
    }

    private static Set<String> packagesOf(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void theCoreArtifactsAreAllHere() {
        assertThat(dvc4jModules()).containsKeys("dev.dvc4j.base", "dev.dvc4j.calendar", "dev.dvc4j.dossier",
                "dev.dvc4j.procedure", "dev.dvc4j.portal");
    }

    @Test
    void eachModuleExportsItsApiPackagesAndNoInternals() {
        List<String> problems = new ArrayList<>();
        dvc4jModules().forEach((name, m) -> {
            Set<String> exported = m.descriptor().exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            Set<String> api = m.packages().stream().filter(p -> !p.contains(".internal")).collect(Collectors.toSet());
            if (!exported.equals(api)) {
                problems.add(name + " exports " + exported + " but its API packages are " + api);
            }
            m.descriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(e -> {
                if (!e.targets().stream().allMatch(t -> t.startsWith("dev.dvc4j.") || t.startsWith("com.fasterxml.jackson"))) {
                    problems.add(name + " exports " + e.source() + " to modules outside dvc4j: " + e.targets());
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theAggregatorHoldsNoClassesAndRequiresEveryCoreArtifact() {
        Module core = dvc4jModules().get("dev.dvc4j.core");
        assertThat(core).isNotNull();
        assertThat(core.packages()).isEmpty();
        assertThat(core.descriptor().requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name))
                .contains("dev.dvc4j.base", "dev.dvc4j.calendar", "dev.dvc4j.dossier", "dev.dvc4j.procedure", "dev.dvc4j.portal");
    }
}
