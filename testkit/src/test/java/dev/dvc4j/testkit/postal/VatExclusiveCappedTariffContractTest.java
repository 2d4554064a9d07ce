package dev.dvc4j.testkit.postal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.VatTreatment;
import dev.dvc4j.postal.ZoneResolver;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A provincial tariff quoted before VAT, with a weight limit, and a zone resolver that knows only the province's own
 * agencies passes the contract: postage is compared without the VAT lines, weights over the limit are not quoted, and
 * the resolver is asked only about agencies in the tariff's provinces (ILLUSTRATION: the bundled prices, changed).
 */
class VatExclusiveCappedTariffContractTest extends PostalTariffContract {

    /** The bundled table's last band (500 g) plus one further step: the band-edge check's heaviest weights lie over it. */
    static final int LIMIT = 1_000;

    static PostalTariff tariff(PostalTariff t) {
        return new PostalTariff(t.id(), t.name(), t.provider(), t.legalBasis(), t.source(), t.provinces(), t.validFrom(),
                t.validTo(), VatTreatment.EXCLUDED, BigDecimal.valueOf(8), t.zoneResolver(), t.zones(), t.weightBands(),
                t.furtherStepGrams(), LIMIT, t.prices(), t.addOns(), t.note());
    }

    @Override
    protected PostalTariff tariff() {
        return tariff(PostalTariffs.bundled());
    }

    @Override
    protected ZoneResolver zoneResolver() {
        ZoneResolver standard = ZoneResolver.standard();
        return (applicant, agency) -> tariff().provinces().contains(agency.provinceCode())
                ? standard.zoneOf(applicant, agency) : "not-this-province";
    }

    @Test
    void theTariffIsProvincialQuotesVatOnTopAndStopsAtItsLimit() {
        PostalTariff t = tariff();
        assertThat(t.provinces()).isNotEmpty();
        assertThat(t.weightBands().get(t.weightBands().size() - 1) + t.furtherStepGrams()).isEqualTo(LIMIT);
        PostalQuote q = calculator().quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND).zone(t.zones().get(0).code())
                .province(province()).weightGrams(LIMIT).date(day()).build());
        assertThat(q.lines()).extracting(PostalQuote.Line::kind).contains(PostalQuote.LineKind.POSTAGE, PostalQuote.LineKind.VAT);
    }
}
