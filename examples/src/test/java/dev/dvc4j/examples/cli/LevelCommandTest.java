package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.procedure.CatalogueLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelCommandTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path p = dir.resolve("catalogue.json");
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(CatalogueLoader.SAMPLE_RESOURCE)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    @Test
    void assessesEveryOfferOfAFile() throws Exception {
        Cli.Run r = Cli.run("level", sample().toString(), "--date", "2025-06-01", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Sample catalogue", "9.900001", "000.00.99.Z01", "Level:", "Decree 42/2022");
        Cli.Run vi = Cli.run("level", sample().toString(), "--date", "2025-06-01");
        assertThat(vi.out()).contains("Mức đạt", "Danh mục mẫu");
    }

    @Test
    void olderDatesUseTheOlderRegimeAndJsonListsTheGaps() throws Exception {
        Cli.Run r = Cli.run("level", sample().toString(), "--date", "2020-01-01", "--format", "json");
        assertThat(r.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.get("sample").asBoolean()).isTrue();
        var first = tree.get("assessments").get(0);
        assertThat(first.get("regime").asText()).contains("43");
        assertThat(first.get("rank").asInt()).isBetween(1, first.get("maxRank").asInt());
        Cli.Run later = Cli.run("level", sample().toString(), "--date", "2025-06-01", "--format", "json");
        assertThat(Dvc4jJson.mapper().readTree(later.out()).get("assessments").get(0).get("regime").asText()).contains("42");
    }

    @Test
    void withoutAFileTheBundledSample() {
        Cli.Run r = Cli.run("level", "--date", "2025-06-01", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("9.900004");
    }

    @Test
    void badInput() throws Exception {
        Cli.Run missing = Cli.run("level", dir.resolve("none.json").toString(), "--lang", "en");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("File not found");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"procedures\": [ {\"code\": \"9.900001\", }");
        Cli.Run malformed = Cli.run("level", bad.toString(), "--lang", "en");
        assertThat(malformed.code()).isEqualTo(1);
        assertThat(malformed.err()).contains("bad.json", "problem");
        assertThat(malformed.err()).doesNotContain("\tat ");
        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, Files.readString(sample()).replace("\"duration\": \"2d\"", "\"duration\": \"two days\""));
        Cli.Run invalid = Cli.run("level", wrong.toString(), "--lang", "en");
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.err()).contains("procedures[0].duration");
        Cli.Run date = Cli.run("level", sample().toString(), "--date", "2025-13-01", "--lang", "en");
        assertThat(date.code()).isEqualTo(1);
        assertThat(date.err()).contains("--date", "2025-13-01");
        Cli.Run regime = Cli.run("level", sample().toString(), "--regime", "nope", "--lang", "en");
        assertThat(regime.code()).isEqualTo(1);
    }
}
