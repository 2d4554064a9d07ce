package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierScenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a careless user and an attacker: wrong answers, lenient reading, messages, files and
 * pipes. Every run ends with exit code 0, 1 or 2 and one message, never a stack trace or a Java class name.
 */
class HostileInputCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String dossier() {
        return Dvc4jJson.write(DossierScenario.online("1.002859").received().dossier());
    }

    private static void assertNoInternals(Cli.Run r) {
        assertThat(r.code()).isBetween(0, 2);
        assertThat(r.out() + r.err()).doesNotContain("\tat ", "Exception", "com.fasterxml", "dev.dvc4j.core.", "java.lang",
                "Cannot construct", "Cannot deserialize", "`");
    }

    @Test
    void aDocumentHoldingOnlyNullIsInvalid() throws Exception {
        for (String content : List.of("null", " null\n", "", "\uFEFF", "  ")) {
            Cli.Run r = Cli.run("validate", write("null.json", content).toString(), "--lang", "en", "--format", "json");
            assertNoInternals(r);
            assertThat(r.code()).as(content).isEqualTo(1);
            var tree = Dvc4jJson.mapper().readTree(r.out());
            assertThat(tree.get("valid").asBoolean()).isFalse();
            assertThat(tree.get("violations").get(0).get("code").asText()).isIn("input.null", "input.empty");
        }
    }

    @Test
    void aByteOrderMarkIsAcceptedAndInvalidUtf8IsNamedWithItsPosition() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] doc = dossier().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(bom);
        withBom.writeBytes(doc);
        assertThat(Cli.run("validate", write("bom.json", withBom.toByteArray()).toString()).code()).isZero();

        byte[] bad = doc.clone();
        bad[10] = (byte) 0xFF;
        Cli.Run r = Cli.run("validate", write("bad.json", bad).toString(), "--lang", "en");
        assertNoInternals(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("input.utf8", "1:11", "byte 0xFF is not valid UTF-8");
    }

    @Test
    void duplicateKeysAndCoercedValuesAreRefused() throws Exception {
        String d = dossier();
        String version = "\"version\":" + DossierScenario.online("1.002859").received().dossier().version();
        Cli.Run dup = Cli.run("validate", write("dup.json", d.replaceFirst("\\{", "{" + version + ",")).toString(), "--lang", "en");
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.out()).contains("input.duplicate-key", "key \"version\" appears twice");
        Cli.Run decimal = Cli.run("validate", write("v.json", d.replace(version, "\"version\":6.5")).toString(), "--lang", "en");
        assertThat(decimal.code()).isEqualTo(1);
        assertThat(decimal.out()).contains("$.version", "expected an integer, found a decimal number");
        Cli.Run text = Cli.run("validate", write("s.json", d.replace(version, "\"version\":\"6\"")).toString(), "--lang", "en");
        assertThat(text.out()).contains("$.version", "expected an integer, found a string");
        assertNoInternals(dup);
        assertNoInternals(decimal);
    }

    @Test
    void jsonLinesAreCountedExactlyEvenWithHostileLines() throws Exception {
        String good = dossier();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes("null\n\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("\"" + "x".repeat(1 << 20) + "\"\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}', '\n'});
        String version = "\"version\":" + DossierScenario.online("1.002859").received().dossier().version();
        file.writeBytes((good.replaceFirst("\\{", "{" + version + ",") + "\r\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(good.getBytes(StandardCharsets.UTF_8));
        Cli.Run r = Cli.run("validate", write("many.jsonl", file.toByteArray()).toString(), "--format", "json", "--lang", "en");
        assertNoInternals(r);
        assertThat(r.code()).isEqualTo(1);
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.get("lines").asLong()).isEqualTo(7);
        assertThat(tree.get("blankLines").asLong()).isEqualTo(1);
        assertThat(tree.get("records").asLong()).isEqualTo(6);
        assertThat(tree.get("validLines").asLong()).isEqualTo(2);
        assertThat(tree.get("invalidLines").asLong()).isEqualTo(4);
        assertThat(tree.get("violations")).extracting(v -> v.get("code").asText())
                .containsExactly("input.null", "input.limit.line", "input.utf8", "input.duplicate-key");
        assertThat(tree.get("violations").get(2).get("column").asLong()).isEqualTo(2);
        assertThat(tree.get("violations").get(1).get("message").asText()).isEqualTo("the line is longer than 1,048,576 bytes");
    }

    @Test
    void aPersonalIdTypedIntoTheWrongFieldIsMaskedInEveryMessage() throws Exception {
        String d = dossier().replaceFirst("\"procedure\":\"1.002859\"", "\"procedure\":\"042095001234\"");
        for (String lang : List.of("vi", "en")) {
            Cli.Run r = Cli.run("validate", write("pid.json", d).toString(), "--lang", lang);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("0420******34").doesNotContain("042095001234");
        }
    }

    @Test
    void aDirectoryIsNeverReplacedByAnOutputFile() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("out"));
        Cli.Run gen = Cli.run("generate", "--count", "3", "--out", empty.toString(), "--lang", "en");
        assertThat(gen.code()).isEqualTo(1);
        assertThat(gen.err()).isEqualTo("dvc4j: --out: " + empty + " is a directory; a file name is needed\n");
        assertThat(empty).isEmptyDirectory();
        Path chartDir = Files.createDirectory(dir.resolve("chart.png"));
        Cli.Run report = Cli.run("report", "--chart", chartDir.toString());
        assertThat(report.code()).isEqualTo(1);
        assertThat(report.err()).contains("là một thư mục");
        assertThat(chartDir).isEmptyDirectory();
        Path signed = dir.resolve("signed");
        Files.createDirectory(signed);
        Path d = write("d.json", dossier());
        Cli.Run sign = Cli.run("sign", d.toString(), "--key", d.toString(), "--out", signed.toString());
        assertThat(sign.code()).isEqualTo(1);
        assertThat(signed).isEmptyDirectory();
    }

    @Test
    void aFailedRunLeavesNoHalfWrittenFile() throws Exception {
        Path out = dir.resolve("d.jsonl");
        Files.writeString(out, "old\n");
        Cli.Run r = Cli.run("generate", "--count", "3", "--from", "2025-02-30", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(out).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void generateStopsPromptlyWhenItsOutputIsClosed() {
        int[] writes = {0};
        OutputStream closedAfterAFewLines = new OutputStream() {
            private long bytes;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                bytes += len;
                if (bytes > 20_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Dvc4jCommand.execute(StandardOutput.of(closedAfterAFewLines), new PrintWriter(err, true),
                "generate", "--count", "1000000");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).as("the reader closed the pipe: nothing more to say").isEmpty();
        assertThat(writes[0]).as("no write after the first failure").isLessThan(20);
        assertThat(System.nanoTime() - start).as("a million dossiers would take minutes").isLessThan(30_000_000_000L);
    }

    @Test
    void unexpectedFailuresNameNoJavaClassAndJsonErrorsAreJson() throws Exception {
        Path missing = dir.resolve("none.json");
        Cli.Run r = Cli.run("validate", missing.toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        var error = Dvc4jJson.mapper().readTree(r.err()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("cli.file-not-found");
        assertThat(error.get("message").asText()).isEqualTo("File not found: " + missing);
        Cli.Run holidays = Cli.run("deadline", "--holidays", write("h.json", "{\"years\": [], \"years\": []}").toString(),
                "--received", "2026-03-02T08:00", "--days", "3", "--lang", "en");
        assertNoInternals(holidays);
    }
}
