package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    private Path facts(String name, boolean csv, int count) throws Exception {
        Path p = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(p)) {
            FactsWriter fw = csv ? FactsWriter.csv(w) : FactsWriter.jsonLines(w);
            SyntheticFacts.builder().seed(3).period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30)).build()
                    .stream(count).forEach(fw::write);
        }
        return p;
    }

    @Test
    void theBundledSyntheticDatasetWithAChart() throws Exception {
        Path png = dir.resolve("report.png");
        Cli.Run r = Cli.run("report", "--chart", png.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("[Dữ liệu tổng hợp").contains("BÁO CÁO THỐNG KÊ DỊCH VỤ CÔNG", "Tỷ lệ hồ sơ trực tuyến",
                "Biểu đồ: " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
        // the trends above the ranking of the bundled catalogue's procedures, one row each
        assertThat(image.getHeight()).isGreaterThan(ReportCharts.TREND_HEIGHT + 100);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("report.png");
    }

    @Test
    void jsonIsLabelledSyntheticAndGroupsBySectorAndMonth() throws Exception {
        Cli.Run r = Cli.run("report", "--by", "sector", "--by", "month", "--index766", "--format", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.at("/dataset/synthetic").asBoolean()).isTrue();
        assertThat(tree.at("/dataset/label").asText()).contains("Synthetic");
        assertThat(tree.at("/overall/rates/online-share/percent").decimalValue()).isBetween(
                java.math.BigDecimal.valueOf(40), java.math.BigDecimal.valueOf(75));
        assertThat(tree.at("/groups").size()).isGreaterThan(12);
        assertThat(tree.at("/groups").toString()).contains("DUONG-BO", "2025-06");
        assertThat(tree.at("/index766/max").asInt()).isEqualTo(100);
        // The synthetic province pushes online filing: December beats January.
        Cli.Run months = Cli.run("report", "--by", "month", "--format", "json");
        var g = Dvc4jJson.mapper().readTree(months.out()).at("/groups");
        assertThat(g.toString()).contains("2025-01", "2025-12");
    }

    @Test
    void factsJsonLinesAndCsvWithPeriodAndTargets() throws Exception {
        Path jsonl = facts("facts.jsonl", false, 3000);
        Path csv = facts("facts.csv", true, 2000);
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, "{\"targets\":[{\"id\":\"online-50\",\"metric\":\"online-share\",\"threshold\":50,\"deadline\":\"2025-12-31\"}]}");
        Cli.Run r = Cli.run("report", jsonl.toString(), csv.toString(), "--by", "province", "--targets", targets.toString(),
                "--from", "2025-01-01", "--to", "2025-03-31", "--format", "json");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.at("/dataset/synthetic").asBoolean()).isFalse();
        assertThat(tree.at("/input/facts").asLong()).isEqualTo(5000);
        assertThat(tree.at("/targets/0/id").asText()).isEqualTo("online-50");
        assertThat(tree.at("/ranking/entries/0/rank").asInt()).isEqualTo(1);
        Cli.Run text = Cli.run("report", jsonl.toString(), "--lang", "en");
        assertThat(text.out()).contains("PUBLIC SERVICE STATISTICS", "3,000 facts");
    }

    @Test
    void dossierLinesFromGenerateAndAPortalPayloadFromPortalExport() throws Exception {
        Path dossiers = dir.resolve("dossiers.jsonl");
        assertThat(Cli.run("generate", "--count", "400", "--seed", "3", "--out", dossiers.toString()).code()).isZero();
        Cli.Run r = Cli.run("report", dossiers.toString(), "--catalogue", "synthetic", "--by", "sector", "--to", "2025-12-31",
                "--format", "json");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.at("/input/facts").asLong()).isEqualTo(400);
        assertThat(tree.at("/groups").toString()).contains("HO-TICH");

        Path few = dir.resolve("few.jsonl");
        Files.write(few, Files.readAllLines(dossiers).subList(0, 25));
        Cli.Run export = Cli.run("portal", "export", few.toString());
        Path payload = dir.resolve("payload.json");
        Files.writeString(payload, export.out());
        Cli.Run p = Cli.run("report", payload.toString(), "--to", "2025-12-31", "--format", "json");
        assertThat(p.code()).isZero();
        var pt = Dvc4jJson.mapper().readTree(p.out());
        assertThat(pt.at("/input/facts").asLong()).isEqualTo(25);
        Cli.Run d = Cli.run("report", few.toString(), "--to", "2025-12-31", "--format", "json");
        // The two routes agree on the headline rates.
        assertThat(pt.at("/overall/rates/online-share").toString())
                .isEqualTo(Dvc4jJson.mapper().readTree(d.out()).at("/overall/rates/online-share").toString());
    }

    @Test
    void malformedRowsStopWithTheLineUnlessLenient() throws Exception {
        Path jsonl = facts("facts.jsonl", false, 50);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(jsonl));
        lines.add(10, "{\"code\": oops}");
        Files.write(jsonl, lines);
        Cli.Run strict = Cli.run("report", jsonl.toString(), "--lang", "en");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("facts.jsonl:11").doesNotContain("\tat ");
        assertThat(strict.out()).isEmpty();
        Cli.Run lenient = Cli.run("report", jsonl.toString(), "--lenient", "--lang", "en", "--format", "json");
        assertThat(lenient.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(lenient.out());
        assertThat(tree.at("/input/malformed").asLong()).isEqualTo(1);
        assertThat(tree.at("/input/problems/0/line").asLong()).isEqualTo(11);

        Path dossiers = dir.resolve("d.jsonl");
        Cli.run("generate", "--count", "5", "--out", dossiers.toString());
        List<String> dl = new java.util.ArrayList<>(Files.readAllLines(dossiers));
        dl.set(2, dl.get(2).replace("\"status\":\"", "\"status\":\"x"));
        Files.write(dossiers, dl);
        Cli.Run bad = Cli.run("report", dossiers.toString(), "--lang", "en");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("d.jsonl:3");
    }

    @Test
    void badInputExitsWithOne() throws Exception {
        Cli.Run missing = Cli.run("report", dir.resolve("none.jsonl").toString(), "--lang", "en");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("File not found");
        Path txt = dir.resolve("data.txt");
        Files.writeString(txt, "hello");
        Cli.Run kind = Cli.run("report", txt.toString(), "--lang", "en");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).contains("unknown kind of file");
        Path notPayload = dir.resolve("x.json");
        Files.writeString(notPayload, "{\"data\": ");
        Cli.Run malformed = Cli.run("report", notPayload.toString(), "--lang", "en");
        assertThat(malformed.code()).isEqualTo(1);
        assertThat(malformed.err()).contains("x.json");
        assertThat(Cli.run("report", "--by", "colour", "--lang", "en").err()).contains("--by", "colour");
        assertThat(Cli.run("report", "--by", "colour").code()).isEqualTo(1);
        Cli.Run date = Cli.run("report", "--from", "2025-02-30", "--lang", "en");
        assertThat(date.code()).isEqualTo(1);
        assertThat(date.err()).contains("--from", "2025-02-30");
        Cli.Run period = Cli.run("report", "--from", "2025-03-01", "--to", "2025-01-01", "--lang", "en");
        assertThat(period.code()).isEqualTo(1);
        Cli.Run targets = Cli.run("report", "--targets", dir.resolve("t.json").toString(), "--lang", "en");
        assertThat(targets.code()).isEqualTo(1);
        Path badTargets = dir.resolve("bad-targets.json");
        Files.writeString(badTargets, "{\"targets\":[{\"id\":\"x\",\"metric\":\"speed\",\"threshold\":10}]}");
        Cli.Run t2 = Cli.run("report", "--targets", badTargets.toString(), "--lang", "en");
        assertThat(t2.code()).isEqualTo(1);
        assertThat(t2.err()).contains("bad-targets.json", "Target #1");
        Cli.Run chartDir = Cli.run("report", "--chart", dir.resolve("no/such/dir/c.png").toString(), "--lang", "en");
        assertThat(chartDir.code()).isEqualTo(1);
        assertThat(chartDir.err()).contains("does not exist");
        assertThat(Cli.run("report", "--supplement-clock", "sometimes").code()).isEqualTo(1);
    }

    @Test
    void everyThreadCountGivesTheSameReport() throws Exception {
        Path jsonl = facts("threads.jsonl", false, 4000);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(jsonl));
        lines.add(7, "{\"channel\":\"fax\"}");
        lines.add(3000, "");
        Files.write(jsonl, lines);
        Path csv = facts("threads.csv", true, 1500);
        Path dossiers = dir.resolve("threads-d.jsonl");
        assertThat(Cli.run("generate", "--count", "300", "--seed", "4", "--out", dossiers.toString()).code()).isZero();
        String one = Cli.run("report", jsonl.toString(), csv.toString(), dossiers.toString(), "--lenient", "--by", "province",
                "--to", "2025-12-31", "--format", "json", "--threads", "1").out();
        for (String n : new String[] {"2", "3", "8"}) {
            Cli.Run many = Cli.run("report", jsonl.toString(), csv.toString(), dossiers.toString(), "--lenient", "--by", "province",
                    "--to", "2025-12-31", "--format", "json", "--threads", n);
            assertThat(many.code()).isZero();
            assertThat(many.out()).as("--threads " + n).isEqualTo(one);
        }
        var tree = Dvc4jJson.mapper().readTree(one);
        assertThat(tree.at("/input/facts").asLong()).isEqualTo(4000 + 1500 + 300);
        assertThat(tree.at("/input/malformed").asLong()).isEqualTo(1);
        assertThat(tree.at("/input/blank").asLong()).isEqualTo(1);
        assertThat(tree.at("/input/problems/0/source").asText()).isEqualTo(jsonl.toString());
        assertThat(tree.at("/input/problems/0/line").asLong()).isEqualTo(8);
        assertThat(tree.at("/input/problems/0/path").asText()).isEqualTo("$.channel");
    }

    @Test
    void threadsBelowOneAreAUsageError() {
        Cli.Run zero = Cli.run("report", "--threads", "0", "--lang", "en");
        assertThat(zero.code()).isEqualTo(Dvc4jCommand.USAGE);
        assertThat(zero.err()).contains("--threads: at least 1 thread is needed, got 0");
        Cli.Run vi = Cli.run("report", "--threads", "-2");
        assertThat(vi.code()).isEqualTo(Dvc4jCommand.USAGE);
        assertThat(vi.err()).contains("--threads: cần ít nhất 1 luồng");
    }

    @Test
    void aBadFirstLineDoesNotDecideWhatTheFileHolds() throws Exception {
        Path dossiers = dir.resolve("first.jsonl");
        assertThat(Cli.run("generate", "--count", "20", "--seed", "6", "--out", dossiers.toString()).code()).isZero();
        List<String> dl = new java.util.ArrayList<>(Files.readAllLines(dossiers));
        dl.add(0, "{\"oops\": ");
        dl.add(1, "{\"channel\":\"online\"}");
        Files.write(dossiers, dl);
        Cli.Run r = Cli.run("report", dossiers.toString(), "--lenient", "--lang", "en", "--format", "json", "--to", "2025-12-31");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.at("/input/lines").asLong()).isEqualTo(22);
        assertThat(tree.at("/input/facts").asLong()).isEqualTo(20);
        assertThat(tree.at("/input/malformed").asLong()).isEqualTo(2);
        Cli.Run text = Cli.run("report", dossiers.toString(), "--lenient", "--lang", "en", "--to", "2025-12-31");
        assertThat(text.out()).contains("Input: 22 lines, 20 facts, 2 malformed rows",
                dossiers + ":1:10 ($): Malformed JSON: the object does not end on its line");
    }

    @Test
    void aPortalPayloadCountsItsRecords() throws Exception {
        Path few = dir.resolve("few.jsonl");
        assertThat(Cli.run("generate", "--count", "6", "--seed", "8", "--out", few.toString()).code()).isZero();
        Cli.Run export = Cli.run("portal", "export", few.toString());
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) Dvc4jJson.mapper().readTree(export.out());
        var data = (com.fasterxml.jackson.databind.node.ArrayNode) payload.get("data");
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get(1)).put("TrangThaiHoSo", 42);
        data.add(7);
        Path p = dir.resolve("payload.json");
        Files.writeString(p, Dvc4jJson.mapper().writeValueAsString(payload));
        Cli.Run r = Cli.run("report", p.toString(), "--lenient", "--to", "2025-12-31", "--format", "json");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.at("/input/lines").asLong()).isEqualTo(7);
        assertThat(tree.at("/input/facts").asLong()).isEqualTo(5);
        assertThat(tree.at("/input/malformed").asLong()).isEqualTo(2);
    }
}
