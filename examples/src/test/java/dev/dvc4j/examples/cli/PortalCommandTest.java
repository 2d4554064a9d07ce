package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.testkit.DossierScenario;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalCommandTest {

    @TempDir
    Path dir;

    private Dossier dossier(int sequence) {
        return DossierScenario.online("9.900001").sequence(sequence).received().processing().approved().returned().dossier();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void exportsOneDossierWithItsPortalFields() throws Exception {
        Path f = write("d.json", Dvc4jJson.mapper().writeValueAsString(dossier(1)));
        Cli.Run r = Cli.run("portal", "export", f.toString());
        assertThat(r.code()).isZero();
        var payload = Dvc4jJson.mapper().readTree(r.out());
        var first = payload.get("data").get(0);
        assertThat(first.get("MaHoSo").asText()).isEqualTo("000.00.21.H42-260210-0001");
        assertThat(first.get("TrangThaiHoSo").asInt()).isEqualTo(10);
        assertThat(first.get("KenhThucHien").asInt()).isEqualTo(2);
        assertThat(first.get("NgayNopHoSo").asText()).isEqualTo("20260210090000");
        Cli.Run progress = Cli.run("portal", "export", f.toString(), "--progress");
        assertThat(Dvc4jJson.mapper().readTree(progress.out()).get("data")).hasSize(5);
    }

    @Test
    void arraysJsonLinesAndACatalogueForNames() throws Exception {
        String a = Dvc4jJson.mapper().writeValueAsString(dossier(1));
        String b = Dvc4jJson.mapper().writeValueAsString(dossier(2));
        Path array = write("two.json", "[" + a + "," + b + "]");
        assertThat(Dvc4jJson.mapper().readTree(Cli.run("portal", "export", array.toString()).out()).get("data")).hasSize(2);
        Path lines = write("two.jsonl", a + "\n" + b + "\n");
        Path catalogue = dir.resolve("catalogue.json");
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(CatalogueLoader.SAMPLE_RESOURCE)) {
            Files.copy(in, catalogue, StandardCopyOption.REPLACE_EXISTING);
        }
        Cli.Run r = Cli.run("portal", "export", lines.toString(), "--catalogue", catalogue.toString());
        assertThat(r.code()).isZero();
        var data = Dvc4jJson.mapper().readTree(r.out()).get("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(1).get("TenTTHC").asText()).contains("phù hiệu");
    }

    @Test
    void badInputNamesTheFileLineAndField() throws Exception {
        Cli.Run missing = Cli.run("portal", "export", dir.resolve("none.json").toString(), "--lang", "en");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("File not found");
        Path malformed = write("bad.json", "{ \"code\": ");
        Cli.Run m = Cli.run("portal", "export", malformed.toString(), "--lang", "en");
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).contains("bad.json:1:", "malformed JSON").doesNotContain("\tat ");
        String good = Dvc4jJson.mapper().writeValueAsString(dossier(1));
        Path badLine = write("bad.jsonl", good + "\n" + good.replace("\"status\":\"result-returned\"", "\"status\":\"lost\"") + "\n");
        Cli.Run l = Cli.run("portal", "export", badLine.toString(), "--lang", "en");
        assertThat(l.code()).isEqualTo(1);
        assertThat(l.err()).contains("bad.jsonl:2", "status");
        Path badElement = write("arr.json", "[" + good + ", {\"code\": 5}]");
        Cli.Run e = Cli.run("portal", "export", badElement.toString(), "--lang", "en");
        assertThat(e.code()).isEqualTo(1);
        assertThat(e.err()).contains("$[1]");
        Path empty = write("empty.json", "[]");
        Cli.Run none = Cli.run("portal", "export", empty.toString(), "--lang", "en");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("holds no dossier");
        assertThat(Cli.run("portal").code()).isEqualTo(2);
        assertThat(Cli.run("portal", "export").code()).isEqualTo(2);
    }
}
