package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.money.Vnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled tariff reproduces every cell of the VNPost table published in Đà Nẵng in 2021, band edges included. */
class PublishedTableTest {

    private static final PostalCalculator CALC = PostalCalculator.bundled();

    @ParameterizedTest(name = "{0} {1} {2} g = {3}")
    @CsvFileSource(resources = "/dev/dvc4j/postal/published-table-2021.csv", numLinesToSkip = 1)
    void everyLegZoneAndWeightEdge(String leg, String zone, int grams, long expected) {
        PostalQuote q = CALC.quote(Fixtures.request(PostalLeg.parseChoice(leg), zone, grams));
        assertThat(q.total()).isEqualTo(Vnd.of(expected));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(expected));
        assertThat(q.budgetPays()).isEqualTo(Vnd.ZERO);
        assertThat(q.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(PostalQuote.LineKind.POSTAGE);
            assertThat(l.amount()).isEqualTo(Vnd.of(expected));
        });
        assertThat(q.tariffId()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        // the tariff's own straightforward reading agrees with the compiled engine
        assertThat(PostalTariffs.bundled().postage(PostalLeg.fromWire(leg), zone, grams)).isEqualTo(Vnd.of(expected));
    }

    /** The 32 cells as printed: ≤100 g, >100–250 g, >250–500 g, each further 500 g. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "send,   intra-district,              26000, 26000, 26500, 2200",
        "send,   inter-district,              30000, 30000, 30500, 2900",
        "send,   inter-province-same-region,  30500, 31000, 32500, 3600",
        "send,   inter-province-other-region, 31000, 34000, 38000, 6300",
        "return, intra-district,              26000, 27000, 28500, 2200",
        "return, inter-district,              30000, 31000, 32500, 2900",
        "return, inter-province-same-region,  30500, 32000, 34500, 3600",
        "return, inter-province-other-region, 31000, 35000, 40000, 6300",
    })
    void everyCellAsPrinted(String leg, String zone, long upTo100, long upTo250, long upTo500, long eachFurther) {
        var legs = PostalLeg.parseChoice(leg);
        assertThat(total(legs, zone, 100)).isEqualTo(upTo100);
        assertThat(total(legs, zone, 250)).isEqualTo(upTo250);
        assertThat(total(legs, zone, 500)).isEqualTo(upTo500);
        assertThat(total(legs, zone, 1000) - total(legs, zone, 500)).isEqualTo(eachFurther);
        assertThat(total(legs, zone, 1500) - total(legs, zone, 1000)).isEqualTo(eachFurther);
    }

    @Test
    void twoWayIsSendPlusReturn() {
        for (String zone : Fixtures.STANDARD_ZONES) {
            for (int grams : new int[] {1, 100, 101, 250, 251, 500, 501, 1000, 1001, 7777}) {
                assertThat(total(PostalLeg.BOTH, zone, grams))
                        .isEqualTo(total(PostalLeg.SEND_ONLY, zone, grams) + total(PostalLeg.RETURN_ONLY, zone, grams));
            }
        }
        PostalQuote q = CALC.quote(Fixtures.request(PostalLeg.BOTH, ZoneResolver.INTRA_DISTRICT, 250));
        assertThat(q.total()).isEqualTo(Vnd.of(26_000 + 27_000));
        assertThat(q.lines()).extracting(PostalQuote.Line::leg).containsExactly(PostalLeg.SEND, PostalLeg.RETURN);
    }

    @Test
    void feeRemittanceIsEightThousandPerDossier() {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone(ZoneResolver.INTER_DISTRICT)
                .weightGrams(100).date(Fixtures.DAY).feeRemittance().build();
        PostalQuote q = CALC.quote(r);
        assertThat(q.total()).isEqualTo(Vnd.of(30_000 + 30_000 + 8_000));
        assertThat(q.lines()).filteredOn(l -> l.kind() == PostalQuote.LineKind.ADD_ON).singleElement()
                .satisfies(l -> {
                    assertThat(l.code()).isEqualTo(PostalTariff.FEE_REMITTANCE);
                    assertThat(l.leg()).isNull();
                    assertThat(l.applicantShare()).isEqualTo(Vnd.of(8_000));
                });
    }

    @Test
    void bundledTariffCarriesItsSourceAndBasis() {
        PostalTariff t = PostalTariffs.bundled();
        assertThat(t.provider()).contains("VNPost");
        // the source names the publisher and the publication, as a citizen reading the quote can look it up
        assertThat(t.source()).isEqualTo("Bảng giá VNPost công bố tại Đà Nẵng năm 2021 (VND per one-way leg)");
        assertThat(t.legalBasis()).contains("45/2016/QĐ-TTg");
        assertThat(t.vat()).isEqualTo(VatTreatment.UNKNOWN);
        // its scope is what the source shows: Đà Nẵng; other provinces' quotes are priced and flagged (ScopeTest)
        assertThat(t.provinces()).containsExactly("48");
        assertThat(t.zones()).extracting(PostalTariff.Zone::code).containsExactlyElementsOf(Fixtures.STANDARD_ZONES);
        assertThat(t.addOn(PostalTariff.REDELIVERY)).isEmpty();
    }

    private static long total(java.util.Set<PostalLeg> legs, String zone, int grams) {
        return CALC.quote(Fixtures.request(legs, zone, grams)).total().dong();
    }
}
