package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.postal.PostalTariffs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostalCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTwoWayQuoteWithAnExemption() throws Exception {
        Cli.Run r = Cli.run("postal", "quote", "--leg", "both", "--zone", "intra-district", "--weight", "250",
                "--date", "2026-03-02", "--category", "war-invalid", "--format", "json");
        assertThat(r.code()).isZero();
        var q = Dvc4jJson.mapper().readTree(r.out());
        // VNPost's 2021 table: send >100-250 g intra-district 26,000; return 27,000. Circular 22/2017: 50% off for war
        // invalids.
        assertThat(q.get("total").asLong()).isEqualTo(26_500);
        assertThat(q.get("applicantPays").asLong()).isEqualTo(26_500);
        assertThat(q.get("budgetPays").asLong()).isZero();
        assertThat(q.get("lines")).hasSize(4);
        Cli.Run text = Cli.run("postal", "quote", "--leg", "send", "--zone", "inter-province-other-region", "--weight", "700",
                "--date", "2026-03-02", "--lang", "en");
        // 38,000 up to 500 g plus one further 500 g step of 6,300.
        assertThat(text.out()).contains("Total", "44.300 ₫");
    }

    @Test
    void aVendorTariffFileTakesPrecedence() throws Exception {
        String json = PostalTariffs.toJson(PostalTariffs.bundled())
                .replace("\"vnpost-bcci-da-nang-2021\"", "\"ha-tinh-2026\"")
                .replace("\"provinces\" : [ \"48\" ]", "\"provinces\" : [ \"42\" ]")
                .replace("[ 26000, 26000, 26500 ]", "[ 15000, 15000, 15500 ]");
        assertThat(json).contains("15000").contains("[ \"42\" ]");
        Path f = dir.resolve("tariff.json");
        Files.writeString(f, json);
        Cli.Run r = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "100",
                "--date", "2026-03-02", "--province", "42", "--tariff", f.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        var q = Dvc4jJson.mapper().readTree(r.out());
        assertThat(q.get("tariff").asText()).isEqualTo("ha-tinh-2026");
        assertThat(q.get("total").asLong()).isEqualTo(15_000);
        assertThat(q.get("inScope").asBoolean()).isTrue();
        assertThat(q.get("outOfScope").isNull()).isTrue();
    }

    @Test
    void aQuoteOutsideTheTariffsScopeSaysSo_orIsRefusedWithStrictScope() throws Exception {
        Cli.Run r = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "100",
                "--date", "2026-03-02", "--province", "42", "--format", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        var q = Dvc4jJson.mapper().readTree(r.out());
        assertThat(q.get("inScope").asBoolean()).isFalse();
        assertThat(q.get("outOfScope").asText()).contains("applies in Đà Nẵng (48), not in Hà Tĩnh (42)");
        Cli.Run text = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "100",
                "--date", "2026-03-02", "--province", "42", "--lang", "en");
        assertThat(text.out()).contains("WARNING — outside the tariff's scope");
        Cli.Run strict = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "100",
                "--date", "2026-03-02", "--province", "42", "--strict-scope", "--lang", "en");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("No public postal tariff's scope covers province 42 on 2026-03-02");
        Cli.Run inScope = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "100",
                "--date", "2026-03-02", "--province", "48", "--strict-scope", "--format", "json");
        assertThat(inScope.code()).isZero();
        assertThat(Dvc4jJson.mapper().readTree(inScope.out()).get("inScope").asBoolean()).isTrue();
    }

    @Test
    void badInput() throws Exception {
        Cli.Run zone = Cli.run("postal", "quote", "--leg", "send", "--zone", "mars", "--weight", "100", "--date", "2026-03-02", "--lang", "en");
        assertThat(zone.code()).isEqualTo(1);
        assertThat(zone.err()).contains("no zone \"mars\"");
        Cli.Run weight = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "0", "--lang", "en");
        assertThat(weight.code()).isEqualTo(1);
        assertThat(weight.err()).contains("0 g");
        Cli.Run leg = Cli.run("postal", "quote", "--leg", "sideways", "--zone", "intra-district", "--weight", "10", "--lang", "en");
        assertThat(leg.code()).isEqualTo(1);
        assertThat(leg.err()).contains("sideways");
        Cli.Run category = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "10",
                "--date", "2026-03-02", "--category", "astronaut", "--lang", "en");
        assertThat(category.code()).isEqualTo(1);
        assertThat(category.err()).contains("astronaut");
        Cli.Run date = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "10", "--date", "2026-02-30", "--lang", "en");
        assertThat(date.code()).isEqualTo(1);
        Cli.Run missingTariff = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "10",
                "--tariff", dir.resolve("none.json").toString(), "--lang", "en");
        assertThat(missingTariff.code()).isEqualTo(1);
        assertThat(missingTariff.err()).contains("File not found");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": ");
        Cli.Run malformed = Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "10",
                "--tariff", bad.toString(), "--lang", "en");
        assertThat(malformed.code()).isEqualTo(1);
        assertThat(malformed.err()).contains("bad.json").doesNotContain("\tat ");
        assertThat(Cli.run("postal", "quote", "--zone", "intra-district", "--weight", "10").code()).isEqualTo(2);
        assertThat(Cli.run("postal", "quote", "--leg", "send", "--zone", "intra-district", "--weight", "ten").code()).isEqualTo(2);
        assertThat(Cli.run("postal").code()).isEqualTo(2);
    }
}
