package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesJsonLinesThatReadBackAndAreReproducible() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Cli.Run r = Cli.run("generate", "--count", "300", "--seed", "9", "--out", a.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Đã tạo: 300 hồ sơ", "Dữ liệu tổng hợp");
        assertThat(Cli.run("generate", "--count", "300", "--seed", "9", "--out", b.toString()).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(300);
        for (String line : lines) {
            Dossier d = Dvc4jJson.mapper().readValue(line, Dossier.class);
            assertThat(d.verifyHistory().intact()).isTrue();
        }
        Path c = dir.resolve("c.jsonl");
        Cli.run("generate", "--count", "300", "--seed", "10", "--out", c.toString());
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void factsAreTheSyntheticFactsAsJsonLinesThatTheReportReads() throws Exception {
        Path f = dir.resolve("facts.jsonl");
        Cli.Run r = Cli.run("generate", "--facts", "--count", "400", "--seed", "5", "--from", "2026-01-01",
                "--to", "2026-03-31", "--out", f.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Generated: 400 statistics facts", "Synthetic nationwide statistics data");
        List<String> expected = SyntheticFacts.builder().seed(5).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .build().stream(400).map(FactsWriter::toJsonLine).toList();
        assertThat(Files.readAllLines(f)).isEqualTo(expected);
        List<DossierFacts> read = new ArrayList<>();
        assertThat(FactsReader.jsonLines().read(f, read::add).accepted()).isEqualTo(400);
        Cli.Run report = Cli.run("report", f.toString(), "--format", "json", "--lang", "en");
        assertThat(report.code()).isZero();
        assertThat(Dvc4jJson.mapper().readTree(report.out()).at("/overall/total").asLong()).isEqualTo(400);
    }

    @Test
    void toStandardOutputAndJsonSummary() throws Exception {
        Cli.Run r = Cli.run("generate", "--count", "3", "--seed", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n")).hasSize(3);
        Path f = dir.resolve("x.jsonl");
        Cli.Run j = Cli.run("generate", "--count", "0", "--out", f.toString(), "--format", "json");
        assertThat(Dvc4jJson.mapper().readTree(j.out()).get("synthetic").asBoolean()).isTrue();
        assertThat(Dvc4jJson.mapper().readTree(j.out()).get("content").asText()).isEqualTo("dossiers");
        assertThat(Files.size(f)).isZero();
    }

    @Test
    void anOutputFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a POSIX file system");
        Path plain = Files.createFile(dir.resolve("plain"));
        Path out = dir.resolve("out.jsonl");
        assertThat(Cli.run("generate", "--count", "2", "--seed", "1", "--out", out.toString()).code()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        // No temporary file is left beside it.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "out.jsonl");
        }
    }

    @Test
    void badInputExitsWithOneAndWritesNothing() {
        Cli.Run neg = Cli.run("generate", "--count", "-5", "--lang", "en");
        assertThat(neg.code()).isEqualTo(1);
        assertThat(neg.err()).contains("--count must not be negative");
        Cli.Run date = Cli.run("generate", "--count", "5", "--from", "2025-02-30", "--lang", "en");
        assertThat(date.code()).isEqualTo(1);
        assertThat(date.err()).contains("--from", "2025-02-30", "not a valid date");
        Cli.Run order = Cli.run("generate", "--count", "5", "--from", "2025-03-01", "--to", "2025-02-01", "--lang", "en");
        assertThat(order.code()).isEqualTo(1);
        Path nowhere = dir.resolve("no/such/dir/out.jsonl");
        Cli.Run dirMissing = Cli.run("generate", "--count", "5", "--out", nowhere.toString(), "--lang", "en");
        assertThat(dirMissing.code()).isEqualTo(1);
        assertThat(dirMissing.err()).contains("does not exist");
        assertThat(Files.exists(nowhere)).isFalse();
    }
}
