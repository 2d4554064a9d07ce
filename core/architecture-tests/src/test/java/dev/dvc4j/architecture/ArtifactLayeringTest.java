package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules, checked on the compiled classes with ArchUnit: dependencies between artifacts point one way
 * (no cycle crosses artifacts), no artifact uses another's internals except the base's shared ones, and a calendar
 * or postal consumer pulls no dossier, procedure or portal classes.
 */
class ArtifactLayeringTest {

    /** Every dependency from a class of one dvc4j artifact to a class of another, as "from → to: class → class". */
    private static Map<String, Set<String>> crossArtifactDependencies() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (JavaClass c : Artifacts.classes()) {
            Optional<String> from = Artifacts.artifactOf(c);
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                Optional<String> to = Artifacts.artifactOf(target);
                if (to.isPresent() && !to.get().equals(from.get())) {
                    out.computeIfAbsent(from.get() + " → " + to.get(), k -> new TreeSet<>())
                            .add(c.getName() + " → " + target.getName());
                }
            }
        }
        return out;
    }

    @Test
    void everyPublishedArtifactIsImported() {
        Set<String> seen = new HashSet<>();
        Artifacts.classes().forEach(c -> Artifacts.artifactOf(c).ifPresent(seen::add));
        assertThat(seen).containsAll(Artifacts.names());
    }

    @Test
    void dependenciesBetweenArtifactsPointOneWay() {
        List<String> violations = new ArrayList<>();
        crossArtifactDependencies().forEach((edge, examples) -> {
            String[] ends = edge.split(" → ");
            if (!Artifacts.ALLOWED.get(ends[0]).contains(ends[1])) {
                violations.add(edge + " is not allowed, e.g. " + examples.iterator().next());
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void noCycleCrossesArtifacts() {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        crossArtifactDependencies().keySet().forEach(edge -> {
            String[] ends = edge.split(" → ");
            graph.computeIfAbsent(ends[0], k -> new LinkedHashSet<>()).add(ends[1]);
        });
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    private static void findCycle(Map<String, Set<String>> graph, String at, List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                cycles.add(String.join(" → ", path) + " → " + next);
            } else if (!path.contains(next) && path.size() < graph.size()) {
                path.add(next);
                findCycle(graph, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void noArtifactUsesAnotherArtifactsInternals() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : Artifacts.classes()) {
            Optional<String> from = Artifacts.artifactOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                Optional<String> to = Artifacts.artifactOf(target);
                if (from.isPresent() && to.isPresent() && !to.equals(from) && target.getPackageName().contains(".internal")
                        && !(to.get().equals("base") && Artifacts.SHARED_INTERNALS.contains(target.getPackageName()))) {
                    violations.add(from.get() + " uses " + to.get() + "'s internal " + target.getName() + " in " + c.getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void calendarAndPostalPullNoDossierProcedureOrPortalClasses() {
        Set<String> forbidden = Set.of("dossier", "procedure", "portal");
        List<String> violations = new ArrayList<>();
        crossArtifactDependencies().forEach((edge, examples) -> {
            String[] ends = edge.split(" → ");
            if ((ends[0].equals("calendar") || ends[0].equals("postal") || ends[0].equals("base")) && forbidden.contains(ends[1])) {
                violations.add(edge + ": " + examples);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void theRulesCatchAForbiddenDependency() {
        // The check above must be able to fail: a synthetic edge from calendar to dossier is refused by the table.
        assertThat(Artifacts.ALLOWED.get("calendar")).doesNotContain("dossier");
        assertThat(Artifacts.ALLOWED.get("postal")).containsExactly("base");
        assertThat(Artifacts.artifactOf("file:/x/core/calendar/target/classes/dev/dvc4j/A.class")).contains("calendar");
        assertThat(Artifacts.artifactOf("jar:file:/m2/dvc4j-postal-dossier-0.1.0-SNAPSHOT.jar!/dev/A.class")).contains("postal-dossier");
        assertThat(Artifacts.artifactOf("jar:file:/m2/jackson-core-2.23.0.jar!/A.class")).isEmpty();
    }
}
