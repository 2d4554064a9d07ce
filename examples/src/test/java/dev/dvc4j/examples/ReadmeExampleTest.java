package dev.dvc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The README's Java example is this module's {@link ReadmeExample}, verbatim from its first import, and prints exactly
 * the output the README shows.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/main/java/dev/dvc4j/examples/ReadmeExample.java");

    /** The fenced block after a marker line. */
    static String block(String markdown, String marker) {
        int m = markdown.indexOf(marker);
        assertThat(m).as("README marker %s", marker).isNotNegative();
        int open = markdown.indexOf("```", m);
        int start = markdown.indexOf('\n', open) + 1;
        int end = markdown.indexOf("\n```", start);
        return markdown.substring(start, end);
    }

    @Test
    void theReadmeShowsTheProgramAsItIs() throws IOException {
        String readme = Files.readString(README);
        String source = Files.readString(SOURCE);
        String fromImports = source.substring(source.indexOf("import ")).stripTrailing();
        assertThat(block(readme, "<!-- ReadmeExample.java -->")).isEqualTo(fromImports);
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void theProgramPrintsWhatTheReadmeShows() throws IOException {
        String expected = block(Files.readString(README), "<!-- ReadmeExample output -->");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n").stripTrailing();
        assertThat(printed).isEqualTo(expected);
        assertThat(printed).contains("RESULT_RETURNED (portal code 10)", "Replay:  true", "Chain:   true",
                "WARNING — outside the tariff's scope");
    }
}
