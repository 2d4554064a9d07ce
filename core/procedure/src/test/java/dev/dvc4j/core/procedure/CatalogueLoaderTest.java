package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    private final CatalogueLoader loader = CatalogueLoader.withValidator(Fixtures.validator());

    private static final String GOOD_PROCEDURE = """
            {"code": "%s", "name": {"vi": "Thủ tục", "en": "Procedure"},
             "sector": {"code": "S", "name": {"vi": "Lĩnh vực", "en": "Sector"}},
             "competentLevel": "province", "duration": "%s",
             "result": {"paperRequired": false, "electronic": true}}""";

    private static String procedure(String code, String duration) {
        return GOOD_PROCEDURE.formatted(code, duration);
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsTheBundledSampleClearlyLabelled() {
        Catalogue c = loader.loadSample();
        assertThat(c.isSample()).isTrue();
        assertThat(c.label()).contains("sample");
        assertThat(c.size()).isEqualTo(4);
        assertThat(c.procedures()).extracting(p -> p.name().en())
                .allMatch(n -> n.endsWith("(sample)"))
                .anyMatch(n -> n.contains("badge")).anyMatch(n -> n.contains("business licence"))
                .anyMatch(n -> n.contains("Driving-licence exchange")).anyMatch(n -> n.contains("Budget"));
        Procedure exchange = c.procedure(ProcedureCode.parse("9.900003")).orElseThrow();
        assertThat(exchange.hasFees()).isTrue();
        assertThat(exchange.fees().get(0).rates()).hasSize(2);
        assertThat(exchange.fees().get(0).rates().get(1).onlineAmount()).contains(Vnd.of(115_000));
        assertThat(c.offer(exchange.code(), AgencyCode.parse("000.00.99.Z01")).orElseThrow().offersOnlinePayment()).isTrue();
        assertThat(c.procedure(ProcedureCode.parse("9.900001")).orElseThrow().document("HEN-DANG-KY-XE").orElseThrow()
                .alternativeGroup()).contains("vehicle");
        assertThat(c.procedure(ProcedureCode.parse("9.900001.H42"))).as("agency suffix falls back").isPresent();
    }

    @Test
    void oneReportListsEveryProblemWithItsPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-catalogue.json"), """
                {"procedures": [
                  %s,
                  %s,
                  %s,
                  %s
                ],
                 "offers": [
                  {"procedure": "1.000001", "agency": "000.00.21.H42", "capabilities": ["online-submission"]},
                  {"procedure": "1.999999", "agency": "000.00.21.H42", "capabilities": ["online-submission"]},
                  {"procedure": "1.000001", "agency": "000.00.21.H42", "capabilities": ["online-information"]},
                  {"procedure": "1.000002", "agency": "000.00.21.H42", "capabilities": ["teleportation"]}
                 ]}""".formatted(procedure("1.000001", "5d"), procedure("1.000002", "five days"),
                procedure("1.000001", "3d"), procedure("1.000003", "0d")));
        Files.writeString(dir.resolve("b-broken.json"), "{\"procedures\": [ {\"code\": \"1.000004\",, } ]}");
        Files.writeString(dir.resolve("c-more.json"), """
                {"procedures": [%s, {"code": "bad", "name": {"vi": "", "en": "x"}, "sector": null,
                  "competentLevel": "galaxy", "duration": "2d", "colour": "red",
                  "result": {"paperRequired": true, "electronic": "maybe"},
                  "fees": [{"code": "F", "name": {"vi": "P", "en": "F"}, "kind": "fee", "collectedAt": "at-receipt",
                            "rates": [{"validFrom": "2024-01-01", "amount": -5, "legalBasis": "x"}]}]}]}
                """.formatted(procedure("1.000001", "1d")));
        Files.writeString(dir.resolve("ignored.txt"), "not json");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(CatalogueException.class, e -> {
            List<String> lines = e.problems().stream().map(p -> p.location() + " " + p.code()).toList();
            assertThat(lines).contains(
                    "a-catalogue.json: procedures[1].duration catalogue.invalid-duration",
                    "a-catalogue.json: procedures[2].code catalogue.duplicate-procedure",
                    "a-catalogue.json: procedures[3].duration catalogue.invalid-duration",
                    "a-catalogue.json: offers[2] catalogue.duplicate-offer",
                    "a-catalogue.json: offers[3].capabilities[0] catalogue.unknown-capability",
                    "a-catalogue.json: offers[1].procedure catalogue.unknown-procedure",
                    "b-broken.json: procedures[0] catalogue.malformed-json",
                    "c-more.json: procedures[0].code catalogue.duplicate-procedure",
                    "c-more.json: procedures[1].code catalogue.constraint.Pattern",
                    "c-more.json: procedures[1].name.vi catalogue.constraint.NotBlank",
                    "c-more.json: procedures[1].sector catalogue.constraint.NotNull",
                    "c-more.json: procedures[1].competentLevel catalogue.constraint.Pattern",
                    "c-more.json: procedures[1].colour catalogue.unknown-property",
                    "c-more.json: procedures[1].result.electronic catalogue.wrong-type",
                    "c-more.json: procedures[1].fees[0].rates[0].amount catalogue.constraint.PositiveOrZero");
            assertThat(e.problems()).hasSize(15);
            CatalogueProblem syntax = e.problems().stream().filter(p -> p.code().equals("catalogue.malformed-json"))
                    .findFirst().orElseThrow();
            assertThat(syntax.line()).hasValue(1);
            assertThat(syntax.column().getAsInt()).isGreaterThan(30);
            assertThat(e.problems().stream().filter(p -> p.path().equals("procedures[2].code")).findFirst().orElseThrow()
                    .message().en()).contains("first at a-catalogue.json: procedures[0]");
            assertThat(e.getMessage()).contains("15 problems").contains("a-catalogue.json: procedures[1].duration");
            assertThat(e.text().vi()).contains("15 lỗi");
            assertThat(e.code()).isEqualTo("catalogue.invalid");
        });
        assertThat(loader.check(dir)).hasSize(15);
    }

    @Test
    void validCatalogueSplitOverFilesLoadsAndIndexes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("offers.json"), """
                {"offers": [{"procedure": "1.000001", "agency": "000.00.21.H42", "capabilities": ["online-submission"]},
                            {"procedure": "1.000001", "agency": "000.00.22.H42", "capabilities": []}]}""");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/procedures.json"), "{\"procedures\": [" + procedure("1.000001", "30cd") + "]}");
        Catalogue c = loader.load(dir);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.offersFor(ProcedureCode.parse("1.000001"))).hasSize(2);
        assertThat(c.procedure(ProcedureCode.parse("1.000001")).orElseThrow().duration().calendarDays()).isEqualTo(30);
        assertThat(c.isSample()).isFalse();
        assertThat(loader.check(dir)).isEmpty();
    }

    @Test
    void overlappingRatesReversedDatesAndImpossibleDatesAreReported() {
        String doc = """
                {"procedures": [{"code": "1.000001", "name": {"vi": "a", "en": "a"},
                  "sector": {"code": "S", "name": {"vi": "s", "en": "s"}}, "competentLevel": "commune", "duration": "1d",
                  "validFrom": "2024-02-30",
                  "result": {"paperRequired": false, "electronic": true},
                  "fees": [{"code": "F", "name": {"vi": "P", "en": "F"}, "kind": "fee", "collectedAt": "at-return",
                            "rates": [{"validFrom": "2024-01-01", "amount": 5, "legalBasis": "x"},
                                      {"validFrom": "2024-06-01", "validTo": "2024-05-01", "amount": 5, "legalBasis": "x"},
                                      {"validFrom": "2024-03-01", "amount": 7, "legalBasis": "y"}]}],
                  "documents": [{"code": "D", "name": {"vi": "d", "en": "d"}, "copies": 0},
                                {"code": "D", "name": {"vi": "d", "en": "d"}}]}]}""";
        assertThatThrownBy(() -> loader.load("x.json", json(doc))).isInstanceOfSatisfying(CatalogueException.class, e ->
                assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactlyInAnyOrder(
                        "procedures[0].documents[0].copies catalogue.constraint.Min",
                        "procedures[0].validFrom catalogue.invalid-date"));
        String doc2 = doc.replace("\"copies\": 0", "\"copies\": 2");
        assertThatThrownBy(() -> loader.load("x.json", json(doc2))).isInstanceOfSatisfying(CatalogueException.class, e ->
                assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactlyInAnyOrder(
                        "procedures[0].validFrom catalogue.invalid-date",
                        "procedures[0].fees[0].rates[1].validTo catalogue.reversed-validity",
                        "procedures[0].fees[0].rates[2] catalogue.overlapping-rates",
                        "procedures[0].documents[1].code catalogue.duplicate-document"));
    }

    @Test
    void independentFieldsAreStillCheckedInAnInvalidProcedureAndItsOffersAreNotCalledUnknown() {
        String doc = """
                {"procedures": [{"code": "1.000001", "duration": "x", "validFrom": "2024-02-31"}],
                 "offers": [{"procedure": "1.000001", "agency": "000.00.21.H42", "capabilities": []},
                            {"procedure": "1.000009", "agency": "000.00.21.H42", "capabilities": []}]}""";
        assertThatThrownBy(() -> loader.load("bad.json", json(doc))).isInstanceOfSatisfying(CatalogueException.class, e ->
                assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactly(
                        "procedures[0].competentLevel catalogue.constraint.NotBlank",
                        "procedures[0].duration catalogue.invalid-duration",
                        "procedures[0].name catalogue.constraint.NotNull",
                        "procedures[0].result catalogue.constraint.NotNull",
                        "procedures[0].sector catalogue.constraint.NotNull",
                        "procedures[0].validFrom catalogue.invalid-date",
                        "offers[1].procedure catalogue.unknown-procedure"));
    }

    @Test
    void wrongShapesAreReportedNotThrown() {
        String doc = """
                {"procedures": {"code": "1.000001"}, "offers": [{"procedure": "1.000001", "agency": "H42",
                 "capabilities": "online-submission"}]}""";
        assertThatThrownBy(() -> loader.load("shape.json", json(doc))).isInstanceOfSatisfying(CatalogueException.class, e ->
                assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactlyInAnyOrder(
                        "procedures catalogue.wrong-type",
                        "offers[0].agency catalogue.constraint.Pattern",
                        "offers[0].capabilities catalogue.wrong-type"));
        assertThatThrownBy(() -> loader.load("empty.json", json(""))).isInstanceOfSatisfying(CatalogueException.class,
                e -> assertThat(e.problems()).extracting(CatalogueProblem::code).containsExactly("catalogue.empty"));
    }

    @Test
    void withoutAValidationProviderTheErrorIsTyped() {
        ClassLoader hiding = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.contains("jakarta.validation.spi.ValidationProvider") ? Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
        assertThatThrownBy(() -> CatalogueLoader.withDefaultValidator(hiding))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.code()).isEqualTo("catalogue.no-validation-provider");
                    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("Jakarta Validation provider");
                    assertThat(e.text().vi()).contains("Jakarta Validation");
                    assertThat(e.problems()).isEmpty();
                });
        assertThat(CatalogueLoader.withDefaultValidator(getClass().getClassLoader()).loadSample().size()).isEqualTo(4);
        assertThat(CatalogueLoader.withDefaultValidator().loadSample().size()).isEqualTo(4);
    }
}
