package dev.dvc4j.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The per-package floor PIT does not check itself: reads a module's {@code mutations.xml} and fails, naming each
 * package and its score, when a package's mutation score (detected mutants over all mutants, the measure PIT's
 * {@code mutationThreshold} uses for the module) is below the floor.
 *
 * <p>Run by the {@code mutation} profile after PIT, as a single-file program:
 * {@code java mutation-testing/floor/java/dev/dvc4j/mutation/PackageFloor.java <mutations.xml> <floor percent> [<name> [<tests skipped> [<packaging>]]]}. Exit
 * status 0 when every package meets the floor (or when the last argument is {@code true}: the build skipped its tests,
 * and PIT with them), 1 when one does not, 2 when the report is missing or unreadable.
 */
public final class PackageFloor {

    private PackageFloor() {
    }

    /** Detected and total mutants of one package. */
    public record Score(String packageName, int detected, int total) {

        public double percent() {
            return total == 0 ? 100.0 : 100.0 * detected / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s %.1f%% (%d of %d mutants detected)", packageName,
                    percent(), detected, total);
        }
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java PackageFloor.java <mutations.xml> <floor percent> [<name> [<tests skipped> [<packaging>]]]");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        String name = args.length > 2 ? args[2] : report.toString();
        if (args.length > 3 && Boolean.parseBoolean(args[3])) {
            System.out.println("[mutation] " + name + ": tests skipped, no package floor to check");
            return;
        }
        if (args.length > 4 && "pom".equals(args[4])) {
            // An aggregator or parent: no classes, so PIT does not run there and there is no report.
            return;
        }
        try {
            List<Score> scores = scores(report);
            List<Score> below = below(scores, Double.parseDouble(args[1]));
            scores.forEach(s -> System.out.println("[mutation] " + name + ": " + s));
            if (!below.isEmpty()) {
                below.forEach(s -> System.err.println("[mutation] " + name + ": package below the floor of " + args[1]
                        + "%: " + s));
                System.exit(1);
            }
        } catch (IOException | XMLStreamException e) {
            System.err.println("[mutation] " + name + ": cannot read " + report + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The scores of every package with mutants in the report, by package name. */
    public static List<Score> scores(Path report) throws IOException, XMLStreamException {
        Map<String, int[]> counts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(report)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean detected = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("mutation")) {
                    detected = "true".equals(xml.getAttributeValue(null, "detected"));
                } else if (xml.getLocalName().equals("mutatedClass")) {
                    String mutatedClass = xml.getElementText();
                    int dot = mutatedClass.lastIndexOf('.');
                    int[] count = counts.computeIfAbsent(dot < 0 ? "" : mutatedClass.substring(0, dot),
                            p -> new int[2]);
                    count[0] += detected ? 1 : 0;
                    count[1]++;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        counts.forEach((p, c) -> scores.add(new Score(p, c[0], c[1])));
        return scores;
    }

    /** The scores below {@code floorPercent}; a score exactly at the floor meets it. */
    public static List<Score> below(List<Score> scores, double floorPercent) {
        return scores.stream().filter(s -> 100.0 * s.detected() < floorPercent * s.total()).toList();
    }
}
