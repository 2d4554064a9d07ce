package dev.dvc4j.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dvc4j's published artifacts, the dependencies each may have on the others, and which artifact a class comes from
 * (by where it was loaded: a module's {@code target/classes} in the reactor, or its jar).
 */
final class Artifacts {

    /** The artifacts (without the {@code dvc4j-} prefix) and the dvc4j artifacts each may depend on. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    /** Base's internal packages shared with every dvc4j artifact; other internals are private to their artifact. */
    static final Set<String> SHARED_INTERNALS = Set.of("dev.dvc4j.core.internal", "dev.dvc4j.core.internal.json");

    private static final Pattern REACTOR = Pattern.compile("/(?:core/)?([a-z0-9-]+)/target/classes/");
    private static final Pattern JAR = Pattern.compile("/dvc4j-([a-z0-9-]+?)-\\d[^/]*\\.jar!");

    private static JavaClasses classes;

    private Artifacts() {
    }

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("base", Set.of());
        m.put("calendar", Set.of("base"));
        m.put("dossier", Set.of("base", "calendar"));
        m.put("procedure", Set.of("base", "calendar", "dossier"));
        m.put("portal", Set.of("base", "calendar", "dossier", "procedure"));
        m.put("postal", Set.of("base"));
        m.put("postal-dossier", Set.of("base", "calendar", "dossier", "postal"));
        m.put("stats", Set.of("base", "calendar", "dossier", "procedure", "portal"));
        m.put("stats-beam", Set.of("base", "calendar", "dossier", "procedure", "portal", "stats"));
        m.put("testkit", Set.of("base", "calendar", "dossier", "procedure", "portal", "postal", "stats"));
        m.put("jackson3", Set.of("base", "calendar", "dossier", "procedure", "portal", "stats"));
        m.put("spring-boot-autoconfigure", Set.of("base", "calendar", "dossier", "procedure", "portal", "postal", "stats",
                "jackson3"));
        return m;
    }

    /** @return every dvc4j class of the published artifacts, main code only */
    static synchronized JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(location -> artifactOf(location.toString()).map(ALLOWED::containsKey).orElse(false))
                    .importPackages("dev.dvc4j");
        }
        return classes;
    }

    /**
     * The artifact a class was loaded from.
     *
     * @param c the class
     * @return the artifact's short name, if it is a dvc4j artifact
     */
    static Optional<String> artifactOf(JavaClass c) {
        return c.getSource().flatMap(s -> artifactOf(s.getUri().toString()));
    }

    static Optional<String> artifactOf(String location) {
        Matcher m = REACTOR.matcher(location);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = JAR.matcher(location);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** @return the published artifacts in dependency order */
    static List<String> names() {
        return List.copyOf(ALLOWED.keySet());
    }
}
