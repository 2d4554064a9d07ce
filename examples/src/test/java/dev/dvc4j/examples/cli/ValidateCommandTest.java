package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private String validJson() throws Exception {
        Dossier d = DossierScenario.online("1.002859").received().processing().approved().returned().dossier();
        return Dvc4jJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d);
    }

    @Test
    void aValidDossier() throws Exception {
        Path p = write("ok.json", validJson());
        Cli.Run r = Cli.run("validate", p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Hợp lệ", "000.00.21.H42-260210-0001", "Đã trả kết quả (10)", "chuỗi băm nguyên vẹn");
        Cli.Run en = Cli.run("validate", p.toString(), "--lang", "en");
        assertThat(en.out()).contains("Valid", "Result returned (10)", "hash chain intact");
        Cli.Run json = Cli.run("validate", p.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        var tree = Dvc4jJson.mapper().readTree(json.out());
        assertThat(tree.get("valid").asBoolean()).isTrue();
        assertThat(tree.get("statusCode").asInt()).isEqualTo(10);
        assertThat(tree.get("events").asInt()).isEqualTo(5);
    }

    @Test
    void missingFile() {
        Cli.Run r = Cli.run("validate", dir.resolve("nope.json").toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("File not found", "nope.json");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws Exception {
        Path p = write("bad.json", "{\n  \"code\": \"000.00.21.H42-260210-0001\",\n  \"procedure\": ]\n}");
        Cli.Run r = Cli.run("validate", p.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Invalid", "$.procedure", "3:16", "malformed JSON: character ']' is not allowed here",
                "input.syntax");
        assertThat(r.out() + r.err()).doesNotContain("\tat ");
    }

    @Test
    void anEditedHistoryIsReportedWithItsPath() throws Exception {
        String edited = validJson().replaceFirst("\"officer\"", "\"someone-else\"");
        Path p = write("edited.json", edited);
        Cli.Run r = Cli.run("validate", p.toString(), "--lang", "en", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        var tree = Dvc4jJson.mapper().readTree(r.out());
        assertThat(tree.get("valid").asBoolean()).isFalse();
        var v = tree.get("violations").get(0);
        assertThat(v.get("code").asText()).startsWith("dossier.");
        assertThat(v.get("message").asText()).contains("hash chain");
    }

    @Test
    void anUnknownFieldAndAnInvalidIdentifierNameTheirField() throws Exception {
        Path unknown = write("unknown.json", validJson().replaceFirst("\\{", "{ \"colour\": \"red\","));
        Cli.Run r = Cli.run("validate", unknown.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("colour");
        Path badId = write("badid.json", validJson().replace("042095001234", "04209500123X"));
        Cli.Run r2 = Cli.run("validate", badId.toString(), "--lang", "en");
        assertThat(r2.code()).isEqualTo(1);
        assertThat(r2.out()).contains("$.", "applicant").doesNotContain("04209500123X");
    }

    @Test
    void anEmptyFileAndADirectory() throws Exception {
        Path empty = write("empty.json", "");
        assertThat(Cli.run("validate", empty.toString()).code()).isEqualTo(1);
        Cli.Run d = Cli.run("validate", dir.toString(), "--lang", "en");
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.err()).contains("is a directory");
    }

    @Test
    void aJsonLinesFileIsCheckedLineByLine() throws Exception {
        String good = Dvc4jJson.mapper().writeValueAsString(DossierScenario.online("1.002859").received().dossier());
        Path ok = write("ok.jsonl", good + "\n" + good + "\n");
        Cli.Run r = Cli.run("validate", ok.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(Dvc4jJson.mapper().readTree(r.out()).get("lines").asLong()).isEqualTo(2);
        Path bad = write("bad.jsonl", good + "\n{oops\n" + good.replace("\"officer\"", "\"x\"") + "\n");
        Cli.Run b = Cli.run("validate", bad.toString(), "--lang", "en");
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.out()).contains("Invalid", "invalid: 2", "line 2: $", "line 3: $");
    }

    @Test
    void portalPayloadsAndCataloguesAreRecognised() throws Exception {
        Path dossier = write("d.json", validJson());
        Cli.Run export = Cli.run("portal", "export", dossier.toString());
        Path payload = write("payload.json", export.out());
        Cli.Run ok = Cli.run("validate", payload.toString(), "--format", "json");
        assertThat(ok.code()).isZero();
        assertThat(Dvc4jJson.mapper().readTree(ok.out()).get("kind").asText()).isEqualTo("portal");
        Path badPayload = write("bad-payload.json", export.out().replace("\"TrangThaiHoSo\" : 10", "\"TrangThaiHoSo\" : 42"));
        assertThat(badPayload).content().contains("\"TrangThaiHoSo\" : 42");
        Cli.Run bad = Cli.run("validate", badPayload.toString(), "--lang", "en");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("TrangThaiHoSo");

        Path catalogue = dir.resolve("catalogue.json");
        try (var in = dev.dvc4j.core.procedure.CatalogueLoader.class.getResourceAsStream(dev.dvc4j.core.procedure.CatalogueLoader.SAMPLE_RESOURCE)) {
            Files.copy(in, catalogue);
        }
        Cli.Run c = Cli.run("validate", catalogue.toString(), "--lang", "en");
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("procedure catalogue");
        Path badCatalogue = write("bad-catalogue.json", Files.readString(catalogue).replace("\"duration\": \"2d\"", "\"duration\": \"soon\""));
        Cli.Run bc = Cli.run("validate", badCatalogue.toString(), "--lang", "en", "--format", "json");
        assertThat(bc.code()).isEqualTo(1);
        assertThat(bc.out()).contains("procedures[0].duration");
    }
}
