package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build's own layout: every published artifact (a module with a {@code module-info.java}) is in the BOM and the
 * parent's dependency management; the repository's top level is as the project names it; artifacts that must stay
 * small ban what they must not pull.
 */
class BuildLayoutTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    static List<String> modules() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String artifactId(String module) throws IOException {
        String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
        Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
        if (m.find()) {
            return m.group(1);
        }
        m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
        m.find();
        return m.group(1);
    }

    static Set<String> published() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String module : modules()) {
            // Published: a module descriptor (the parent's publishing profile), or the publishing plugins declared
            // by hand (dvc4j-stats-beam, which cannot have a descriptor because Beam does not run on the module path).
            if (Files.exists(ROOT.resolve(module).resolve("src/main/java/module-info.java"))
                    || Files.readString(ROOT.resolve(module).resolve("pom.xml")).contains("<id>attach-javadocs</id>")
                    && !module.equals("core")) {
                out.add(artifactId(module));
            }
        }
        return out;
    }

    private static Set<String> managed(String pom) throws IOException {
        String text = Files.readString(ROOT.resolve(pom));
        String section = text.substring(text.indexOf("<dependencyManagement>"), text.indexOf("</dependencyManagement>"));
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("<groupId>dev\\.dvc4j</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theBomAndTheParentListEveryPublishedArtifact() throws IOException {
        Set<String> published = published();
        assertThat(published).contains("dvc4j-base", "dvc4j-calendar", "dvc4j-dossier", "dvc4j-procedure",
                "dvc4j-portal", "dvc4j-core", "dvc4j-postal", "dvc4j-postal-dossier", "dvc4j-stats", "dvc4j-stats-beam",
                "dvc4j-testkit", "dvc4j-jackson3", "dvc4j-spring-boot-autoconfigure", "dvc4j-spring-boot-starter");
        assertThat(managed("bom/pom.xml")).containsExactlyInAnyOrderElementsOf(published);
        assertThat(managed("pom.xml")).containsAll(published);
    }

    @Test
    void theTopLevelIsAsTheProjectNamesIt() throws IOException {
        Set<String> top = new TreeSet<>();
        try (var s = Files.list(ROOT)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("target")).forEach(top::add);
        }
        assertThat(top).containsAll(List.of("pom.xml", "core", "postal", "stats", "examples", "README.md", "LICENSE",
                "bom", "testkit", "stats-beam", "benchmarks", "docs", "mutation-testing"));
        for (String module : modules()) {
            assertThat(module).as("a module outside the named top-level folders")
                    .matches("(bom|core(/[a-z0-9-]+){0,2}|postal|stats|stats-beam|testkit|examples(/[a-z0-9-]+)?|benchmarks)");
        }
    }

    @Test
    void smallArtifactsBanWhatTheyMustNotPull() throws IOException {
        for (String module : List.of("core/base", "core/calendar", "postal")) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(pom).as(module + " bans Jakarta Validation and the dossier-side artifacts on its runtime path")
                    .contains("<exclude>jakarta.validation:*</exclude>", "<exclude>dev.dvc4j:dvc4j-dossier</exclude>",
                            "<exclude>dev.dvc4j:dvc4j-procedure</exclude>", "<exclude>dev.dvc4j:dvc4j-portal</exclude>");
        }
    }
}
