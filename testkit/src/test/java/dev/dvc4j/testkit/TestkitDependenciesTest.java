package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A vendor's test class path gets from dvc4j-testkit only what every vendor needs: its declared dependencies are
 * read from the reactor's POMs (no Maven needed) and followed the way Maven follows them for a consumer (compile and
 * runtime scopes, optional dependencies left out), and its module descriptor reads every dvc4j module but the base
 * only when present.
 */
class TestkitDependenciesTest {

    private static final String GROUP = "dev.dvc4j";

    @Test
    void aConsumerOfTheTestkitGetsTheBaseAndNoOtherDvc4jArtifact() throws Exception {
        Reactor reactor = Reactor.read(Path.of("").toAbsolutePath().getParent());
        Set<String> reached = reactor.consumerClosure("dvc4j-testkit");
        assertThat(reached).containsExactly("dvc4j-base")
                .doesNotContain("dvc4j-stats", "dvc4j-portal", "dvc4j-postal", "dvc4j-calendar");
    }

    @Test
    void theTestkitStillCompilesAgainstEveryArtifactItSupports() throws Exception {
        Reactor reactor = Reactor.read(Path.of("").toAbsolutePath().getParent());
        List<Dependency> declared = reactor.dependencies("dvc4j-testkit");
        assertThat(declared.stream().filter(d -> d.group().equals(GROUP) && d.optional()).map(Dependency::artifact))
                .containsExactlyInAnyOrder("dvc4j-calendar", "dvc4j-dossier", "dvc4j-procedure", "dvc4j-portal", "dvc4j-postal",
                        "dvc4j-stats");
    }

    @Test
    void theWalkFollowsRequiredDependenciesTransitively() throws Exception {
        // The same walk does find stats, the portal and the base where they are required: it would see a leak.
        Reactor reactor = Reactor.read(Path.of("").toAbsolutePath().getParent());
        assertThat(reactor.consumerClosure("dvc4j-stats-beam"))
                .contains("dvc4j-stats", "dvc4j-portal", "dvc4j-procedure", "dvc4j-dossier", "dvc4j-calendar", "dvc4j-base")
                .doesNotContain("dvc4j-testkit", "dvc4j-postal");
        assertThat(reactor.consumerClosure("dvc4j-postal")).containsExactly("dvc4j-base");
        assertThatThrownBy(() -> reactor.consumerClosure("dvc4j-nothing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dvc4j-nothing");
    }

    @Test
    void theModuleRequiresOnlyTheBaseAndReadsTheOthersWhenPresent() {
        ModuleDescriptor testkit = ModuleFinder.of(Path.of("target", "classes")).find("dev.dvc4j.testkit")
                .orElseThrow().descriptor();
        Set<String> required = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (ModuleDescriptor.Requires r : testkit.requires()) {
            if (r.name().startsWith("dev.dvc4j.")) {
                (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) ? optional : required).add(r.name());
            }
        }
        assertThat(required).containsExactly("dev.dvc4j.base");
        assertThat(optional).containsExactly("dev.dvc4j.calendar", "dev.dvc4j.dossier", "dev.dvc4j.portal",
                "dev.dvc4j.postal", "dev.dvc4j.procedure", "dev.dvc4j.stats");
    }

    /** A dependency as a POM declares it. */
    record Dependency(String group, String artifact, String scope, boolean optional) {

        /** Whether Maven passes it on to a consumer of the declaring artifact. */
        boolean reachesConsumers() {
            return !optional && (scope.equals("compile") || scope.equals("runtime"));
        }
    }

    /** The reactor's modules, by artifact id, with the dependencies their POMs declare. */
    record Reactor(Map<String, List<Dependency>> modules) {

        static Reactor read(Path root) throws Exception {
            Element parent = parse(root.resolve("pom.xml"));
            Map<String, String> managedScopes = new HashMap<>();
            for (Dependency d : dependencies(child(parent, "dependencyManagement"), "compile", Map.of())) {
                managedScopes.put(d.group() + ":" + d.artifact(), d.scope());
            }
            List<Dependency> inherited = dependencies(parent, "compile", managedScopes);
            Map<String, List<Dependency>> modules = new HashMap<>();
            for (Element module : children(child(parent, "modules"), "module")) {
                Element pom = parse(root.resolve(module.getTextContent().trim()).resolve("pom.xml"));
                List<Dependency> all = new ArrayList<>(inherited);
                all.addAll(dependencies(pom, "compile", managedScopes));
                modules.put(text(pom, "artifactId"), all);
            }
            return new Reactor(modules);
        }

        List<Dependency> dependencies(String artifact) {
            List<Dependency> found = modules.get(artifact);
            if (found == null) {
                throw new IllegalArgumentException("no module " + artifact + " in the reactor");
            }
            return found;
        }

        /** The dvc4j artifacts a consumer of an artifact gets on its compile and runtime class paths. */
        Set<String> consumerClosure(String artifact) {
            Set<String> reached = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(artifact));
            while (!todo.isEmpty()) {
                for (Dependency d : dependencies(todo.pop())) {
                    if (d.group().equals(GROUP) && d.reachesConsumers() && reached.add(d.artifact())) {
                        todo.push(d.artifact());
                    }
                }
            }
            return reached;
        }

        private static List<Dependency> dependencies(Element owner, String defaultScope, Map<String, String> managed) {
            List<Dependency> out = new ArrayList<>();
            for (Element d : children(child(owner, "dependencies"), "dependency")) {
                String group = text(d, "groupId");
                String artifact = text(d, "artifactId");
                String scope = text(d, "scope");
                if (scope == null) {
                    scope = managed.getOrDefault(group + ":" + artifact, defaultScope);
                }
                out.add(new Dependency(group, artifact, scope, "true".equals(text(d, "optional"))));
            }
            return out;
        }

        private static Element parse(Path pom) throws Exception {
            if (!Files.isRegularFile(pom)) {
                throw new IOException("no POM at " + pom);
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(pom.toFile());
            return doc.getDocumentElement();
        }

        private static Element child(Element parent, String name) {
            if (parent == null) {
                return null;
            }
            List<Element> found = children(parent, name);
            return found.isEmpty() ? null : found.get(0);
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> out = new ArrayList<>();
            if (parent == null) {
                return out;
            }
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node n = nodes.item(i);
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    out.add(e);
                }
            }
            return out;
        }

        private static String text(Element parent, String name) {
            Element e = child(parent, name);
            return e == null ? null : e.getTextContent().trim();
        }
    }

    @Test
    void scopesAndOptionalityDecideWhatReachesAConsumer() {
        assertThat(new Dependency(GROUP, "a", "compile", false).reachesConsumers()).isTrue();
        assertThat(new Dependency(GROUP, "a", "runtime", false).reachesConsumers()).isTrue();
        assertThat(new Dependency(GROUP, "a", "compile", true).reachesConsumers()).isFalse();
        assertThat(new Dependency(GROUP, "a", "test", false).reachesConsumers()).isFalse();
        assertThat(new Dependency(GROUP, "a", "provided", false).reachesConsumers()).isFalse();
    }
}
