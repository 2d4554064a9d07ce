package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scaled-down build check of docs/RELIABILITY.md's runs: {@code dvc4j report} in its own JVM with a small heap
 * ({@code -Xmx32m}) on a single line far longer than the heap and on many lines with bad ones sprinkled in ends with
 * exit code 0 and exact counts when lenient, 1 and one clear message when strict, and never a stack trace.
 */
class ReportMemoryTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run dvc4j(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), Dvc4jCommand.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static void noStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "OutOfMemoryError");
        assertThat(r.out()).doesNotContain("\tat ", "Exception", "OutOfMemoryError");
    }

    @Test
    void aSingleLineLongerThanTheHeap() throws Exception {
        Path file = dir.resolve("one-line.jsonl");
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write('{');
            for (int i = 0; i < 96; i++) {
                out.write(chunk);
            }
        }
        Run lenient = dvc4j("report", "--lenient", "--lang", "en", file.toString());
        noStackTrace(lenient);
        assertThat(lenient.code()).isZero();
        assertThat(lenient.out()).contains("Input: 1 lines, 0 facts, 1 malformed rows",
                file + ":1:1048577: The line is longer than 1048576 bytes");
        Run strict = dvc4j("report", "--lang", "en", file.toString());
        noStackTrace(strict);
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).isEqualTo("dvc4j: " + file + ":1:1048577: The line is longer than 1048576 bytes"
                + System.lineSeparator());
    }

    @Test
    void aPortalPayloadLongerThanTheHeap() throws Exception {
        Path file = dir.resolve("payload.json");
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"service\": \"DongBoHoSoMC\", \"data\": [\"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 96; i++) {
                out.write(chunk);
            }
        }
        for (boolean lenient : new boolean[] {true, false}) {
            Run r = lenient ? dvc4j("report", "--lenient", "--lang", "en", file.toString())
                    : dvc4j("report", "--lang", "en", file.toString());
            noStackTrace(r);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).startsWith("dvc4j: " + file + ": expected a national-portal sync payload")
                    .contains("longer than");
        }
    }

    @Test
    void manyLinesWithBadOnesSprinkledIn() throws Exception {
        Path file = dir.resolve("facts.jsonl");
        int facts = 200_000;
        int bad = 0;
        long firstBad = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            FactsWriter fw = FactsWriter.jsonLines(w);
            long[] line = {0};
            int[] badCount = {0};
            long[] first = {0};
            SyntheticFacts.builder().seed(1).period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).build().stream(facts)
                    .forEach(f -> {
                        fw.write(f);
                        line[0]++;
                        if (line[0] % 997 == 0) {
                            try {
                                w.write(line[0] % 2 == 0 ? "{\"channel\":\"fax\"}\n" : "\u00e9t\u00e9 {\n");
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            line[0]++;
                            badCount[0]++;
                            if (first[0] == 0) {
                                first[0] = line[0];
                            }
                        }
                    });
            bad = badCount[0];
            firstBad = first[0];
        }
        Run lenient = dvc4j("report", "--lenient", "--lang", "en", "--threads", "2", "--to", "2025-12-31", file.toString());
        noStackTrace(lenient);
        assertThat(lenient.code()).isZero();
        assertThat(lenient.out()).contains(String.format(java.util.Locale.ROOT, "Input: %,d lines, %,d facts, %,d malformed rows",
                facts + bad, facts, bad), "… 100 of " + bad + " malformed rows listed");
        Run strict = dvc4j("report", "--lang", "en", file.toString());
        noStackTrace(strict);
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).startsWith("dvc4j: " + file + ":" + firstBad + ":");
    }
}
