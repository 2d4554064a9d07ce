package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad input gets a typed exception naming the problem, and nothing changes. */
class BadInputTest {

    private static final PostalCalculator CALC = Fixtures.everything();
    private static final PostalQuoteRequest GOOD = Fixtures.request(PostalLeg.BOTH, "intra-district", 250);

    private static void unchanged() {
        assertThat(CALC.quote(GOOD).total()).isEqualTo(Vnd.of(53_000));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -100, Integer.MIN_VALUE, 100_001, Integer.MAX_VALUE})
    void zeroNegativeAndAbsurdWeights(int grams) {
        assertThatThrownBy(() -> Fixtures.request(PostalLeg.SEND_ONLY, "intra-district", grams))
                .isInstanceOf(InvalidWeightException.class)
                .hasMessageContaining(grams + " g")
                .satisfies(e -> {
                    InvalidWeightException w = (InvalidWeightException) e;
                    assertThat(w.code()).isEqualTo("postal.weight");
                    assertThat(w.weightGrams()).isEqualTo(grams);
                    assertThat(w.getMessage(Locale.forLanguageTag("vi"))).contains("Khối lượng");
                });
        unchanged();
    }

    @Test
    void weightAboveTheTariffsOwnMaximum() {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district").province("56")
                .weightGrams(30_001).date(Fixtures.DAY).build();
        assertThatThrownBy(() -> CALC.quote(r)).isInstanceOf(InvalidWeightException.class).hasMessageContaining("30000 g");
        unchanged();
    }

    @Test
    void unknownZone() {
        assertThatThrownBy(() -> CALC.quote(Fixtures.request(PostalLeg.SEND_ONLY, "inter-province-adjacent-region", 100)))
                .isInstanceOf(UnknownZoneException.class)
                .hasMessageContaining("inter-province-adjacent-region")
                .hasMessageContaining(PostalTariffs.BUNDLED_TARIFF_ID)
                .hasMessageContaining("intra-district, inter-district")
                .satisfies(e -> assertThat(((UnknownZoneException) e).zone()).isEqualTo("inter-province-adjacent-region"));
        assertThatThrownBy(() -> Fixtures.request(PostalLeg.SEND_ONLY, "Nội Huyện", 100))
                .isInstanceOf(PostalException.class).hasMessageContaining("Invalid zone code");
        unchanged();
    }

    @Test
    void unknownCategory() {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district").weightGrams(100)
                .date(Fixtures.DAY).category("veteran").build();
        assertThatThrownBy(() -> CALC.quote(r)).isInstanceOf(UnknownCategoryException.class)
                .hasMessageContaining("veteran").hasMessageContaining("heroic-mother")
                .satisfies(e -> assertThat(((UnknownCategoryException) e).code()).isEqualTo("postal.unknown-category"));
        unchanged();
    }

    @Test
    void unknownAddOn() {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district").weightGrams(100)
                .date(Fixtures.DAY).redelivery(1, Payer.APPLICANT).build();
        assertThatThrownBy(() -> CALC.quote(r)).isInstanceOf(PostalException.class)
                .hasMessageContaining("no add-on \"redelivery\"")
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.unknown-add-on"));
        unchanged();
    }

    @Test
    void requestNeedsLegsDateAndZoneOrAddresses() {
        assertThatThrownBy(() -> PostalQuoteRequest.builder().zone("intra-district").weightGrams(1).date(Fixtures.DAY).build())
                .isInstanceOf(PostalException.class).hasMessageContaining("postal leg");
        assertThatThrownBy(() -> PostalQuoteRequest.builder().legs(PostalLeg.SEND).weightGrams(1).date(Fixtures.DAY).build())
                .isInstanceOf(PostalException.class).hasMessageContaining("Either a zone or both");
        assertThatThrownBy(() -> PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone("intra-district").weightGrams(1).build())
                .isInstanceOf(PostalException.class).hasMessageContaining("Missing date");
        assertThatThrownBy(() -> PostalLeg.parseChoice("twice")).isInstanceOf(PostalException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> PostalAddress.of("4", "18070")).isInstanceOf(PostalException.class).hasMessageContaining("province code");
        assertThatThrownBy(() -> PostalAddress.of("42", "180")).isInstanceOf(PostalException.class).hasMessageContaining("commune code");
        assertThatThrownBy(() -> new PostalAddress("42", "18070", "4366")).isInstanceOf(PostalException.class)
                .hasMessageContaining("former district code");
    }

    // ---- malformed tariff JSON ----

    private static String bundledJson() {
        return PostalTariffs.toJson(PostalTariffs.bundled());
    }

    private static TariffFormatException parseFails(String json) {
        try {
            PostalTariffs.parse(json);
        } catch (TariffFormatException e) {
            assertThat(e.code()).isEqualTo("postal.tariff-format");
            return e;
        }
        throw new AssertionError("no exception for " + json);
    }

    @Test
    void malformedJsonSyntax() {
        assertThat(parseFails("{\"id\": \"x\",").getMessage()).contains("malformed JSON");
        assertThat(parseFails("[1, 2]").getMessage()).contains("tariff:1:1 ($[0]): wrong type: expected an object, found an array");
        assertThat(parseFails("").getMessage()).contains("tariff");
    }

    @Test
    void noValueIsCoercedFromAnotherType() {
        String json = bundledJson();
        String band = "\"weightBands\"\\s*:\\s*\\[\\s*100";
        assertThat(json.replaceFirst(band, "X")).isNotEqualTo(json);
        assertThat(parseFails(json.replaceFirst(band, "\"weightBands\" : [ 100.5")).getMessage())
                .contains("($.weightBands[0]): wrong type: expected an integer, found a decimal number");
        assertThat(parseFails(json.replaceFirst(band, "\"weightBands\" : [ \"100\"")).getMessage())
                .contains("($.weightBands[0]): wrong type: expected an integer, found a string");
        assertThat(parseFails(json.replaceFirst("\"provider\"", "\"id\" : \"again\", \"provider\"")).getMessage())
                .contains("key \"id\" appears twice in one object");
        assertThat(parseFails("null").getMessage()).contains("the document is null");
    }

    @Test
    void unknownPropertyIsRefused() {
        String extra = bundledJson().replaceFirst("\"provider\"", "\"colour\" : \"red\", \"provider\"");
        assertThat(parseFails(extra).getMessage()).contains("colour");
        // a misspelt required field: the missing one is named
        String misspelt = bundledJson().replaceFirst("\"provider\"", "\"providr\"");
        assertThat(parseFails(misspelt).getMessage()).contains("provider");
    }

    @Test
    void missingAndInconsistentFieldsAreNamed() {
        String b = bundledJson();
        assertThat(parseFails(b.replace("\"validFrom\" : \"2021-01-01\"", "\"validFrom\" : null")).getMessage()).contains("validFrom");
        assertThat(parseFails(b.replace("\"validTo\" : null", "\"validTo\" : \"2020-01-01\"")).getMessage()).contains("validTo 2020-01-01 is before");
        assertThat(parseFails(b.replace("[ 100, 250, 500 ]", "[ 100, 500, 250 ]")).getMessage()).contains("strictly ascending");
        assertThat(parseFails(b.replace("[ 26000, 26000, 26500 ]", "[ 26000, 25000, 26500 ]")).getMessage()).contains("must not be negative or fall");
        assertThat(parseFails(b.replace("[ 26000, 26000, 26500 ]", "[ 26000, 26500 ]")).getMessage()).contains("2 band prices for 3 weight bands");
        assertThat(parseFails(b.replace("\"vat\" : \"unknown\"", "\"vat\" : \"maybe\"")).getMessage()).contains("maybe");
        assertThat(parseFails(b.replace("\"vat\" : \"unknown\"", "\"vat\" : \"excluded\"")).getMessage()).contains("vatPercent");
        assertThat(parseFails(b.replace("\"furtherStepGrams\" : 500", "\"furtherStepGrams\" : 0")).getMessage()).contains("furtherStepGrams");
        assertThat(parseFails(b.replace("\"eachFurther\" : 2200", "\"eachFurther\" : -2200")).getMessage()).contains("eachFurther");
        assertThat(parseFails(b.replace("\"leg\" : \"return\"", "\"leg\" : \"retour\"")).getMessage()).contains("retour");
        assertThat(parseFails(b.replace("\"provinces\" : [ \"48\" ]", "\"provinces\" : [ \"4\" ]")).getMessage()).contains("\"4\"");
        // the first return row renamed to a send row: a duplicate, and return/intra-district goes missing
        assertThat(parseFails(b.replaceFirst("\"leg\" : \"return\"", "\"leg\" : \"send\"")).getMessage()).contains("duplicate price row send/intra-district");
    }

    @Test
    void missingPriceRowIsNamed() {
        PostalTariff t = PostalTariffs.bundled();
        assertThatThrownBy(() -> new PostalTariff(t.id(), t.name(), t.provider(), t.legalBasis(), t.source(), t.provinces(),
                t.validFrom(), t.validTo(), t.vat(), t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(),
                t.furtherStepGrams(), t.maxWeightGrams(), t.prices().subList(0, 7), t.addOns(), t.note()))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("no prices for [return/inter-province-other-region]");
    }

    @Test
    void fileErrors(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PostalTariffs.load(dir.resolve("missing.json")))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("No such file");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"id\": \"x\",\n  \"zones\": [ }");
        assertThatThrownBy(() -> PostalTariffs.load(broken))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("broken.json:3:14 ($.zones): malformed JSON: the closing ']' or '}' does not match what it closes");
        Path good = dir.resolve("good.json");
        Files.writeString(good, bundledJson());
        assertThat(PostalTariffs.load(good)).isEqualTo(PostalTariffs.bundled());
    }

    @Test
    void malformedSubsidiesAndCategories() {
        String capWithoutLimits = "{\"subsidies\": [{\"id\": \"x\", \"name\": {\"vi\": \"a\", \"en\": \"a\"}, \"source\": \"s\","
                + " \"kind\": \"cap\", \"fundedBy\": \"budget\", \"validFrom\": \"2020-01-01\", \"percentOff\": 10}]}";
        assertThatThrownBy(() -> PostalTariffs.loadSubsidies(stream(capWithoutLimits)))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("a cap needs limits");
        String both = capWithoutLimits.replace("\"percentOff\": 10", "\"percentOff\": 10, \"limits\": {\"intra-district\": 1}");
        assertThatThrownBy(() -> PostalTariffs.loadSubsidies(stream(both)))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("exactly one of limits or percentOff");
        String overHundred = "{\"categories\": [{\"code\": \"x\", \"name\": {\"vi\": \"a\", \"en\": \"a\"}, \"discountPercent\": 150,"
                + " \"legalBasis\": \"b\"}]}";
        assertThatThrownBy(() -> PostalTariffs.loadCategories(stream(overHundred)))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("at most 100");
        String noName = "{\"categories\": [{\"code\": \"x\", \"discountPercent\": 50, \"legalBasis\": \"b\"}]}";
        assertThatThrownBy(() -> PostalTariffs.loadCategories(stream(noName)))
                .isInstanceOf(TariffFormatException.class).hasMessageContaining("name of category x");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
