package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the JDK's own dependency tool says of the built classes: the calendar and postal artifacts depend on no
 * dossier, procedure or portal package.
 */
class JdepsTest {

    private static Set<String> dvc4jPackagesUsedBy(String artifact) {
        String mp = ModulePath.of(ModulePath.entries(List.of("base", "calendar", "postal"), false));
        String classes = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.replace(File.separatorChar, '/').matches(".*/(core/)?" + artifact + "/target/classes/?")
                        || e.replace(File.separatorChar, '/').matches(".*/dvc4j-" + artifact + "-\\d[^/]*\\.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no classes of " + artifact + " on the class path"));
        String out = ModulePath.jdeps("--multi-release", "17", "--module-path", mp, "-verbose:package", "-filter:none", classes);
        Set<String> used = new TreeSet<>();
        for (String line : out.split("\\R")) {
            if (!Character.isWhitespace(line.isEmpty() ? 'x' : line.charAt(0))) {
                continue; // a module-level summary line, not a package dependency
            }
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].startsWith("dev.dvc4j") && f[1].equals("->") && f[2].startsWith("dev.dvc4j")) {
                used.add(f[2]);
            }
        }
        return used;
    }

    @Test
    void calendarUsesOnlyTheBaseAndItself() {
        assertThat(dvc4jPackagesUsedBy("calendar")).isNotEmpty()
                .noneMatch(p -> p.startsWith("dev.dvc4j.core.dossier") || p.startsWith("dev.dvc4j.core.json")
                        || p.startsWith("dev.dvc4j.core.procedure") || p.startsWith("dev.dvc4j.core.portal")
                        || p.startsWith("dev.dvc4j.core.validation") || p.contains("internal.procedure")
                        || p.contains("internal.portal"))
                .contains("dev.dvc4j.core", "dev.dvc4j.core.calendar");
    }

    @Test
    void postalUsesOnlyTheBaseAndItself() {
        assertThat(dvc4jPackagesUsedBy("postal")).isNotEmpty()
                .allMatch(p -> p.startsWith("dev.dvc4j.postal") || p.equals("dev.dvc4j.core")
                        || p.equals("dev.dvc4j.core.money") || p.equals("dev.dvc4j.core.spi") || p.equals("dev.dvc4j.core.id")
                        || p.equals("dev.dvc4j.core.internal") || p.equals("dev.dvc4j.core.internal.json")
                        || p.equals("dev.dvc4j.core.io"));
    }
}
