package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.money.Vnd;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The standard zone rules after the 2025 reform, and a replaced resolver. */
class ZoneResolverTest {

    private static final ZoneResolver STD = ZoneResolver.standard();

    @Test
    void sameCommuneOrSameFormerDistrictIsIntraDistrict() {
        assertThat(STD.zoneOf(PostalAddress.of("42", "18070"), PostalAddress.of("42", "18070"))).isEqualTo(ZoneResolver.INTRA_DISTRICT);
        assertThat(STD.zoneOf(new PostalAddress("42", "18070", "436"), new PostalAddress("42", "18073", "436")))
                .isEqualTo(ZoneResolver.INTRA_DISTRICT);
        assertThat(STD.zoneOf(new PostalAddress("42", "18070", "436"), new PostalAddress("42", "18073", "437")))
                .isEqualTo(ZoneResolver.INTER_DISTRICT);
        assertThat(STD.zoneOf(new PostalAddress("42", "18070", "436"), PostalAddress.of("42", "18073")))
                .isEqualTo(ZoneResolver.INTER_DISTRICT);
    }

    @Test
    void provincesByRegion() {
        // Hà Tĩnh – Đà Nẵng: both Central
        assertThat(STD.zoneOf(PostalAddress.of("42", "18070"), PostalAddress.of("48", "20194"))).isEqualTo(ZoneResolver.INTER_PROVINCE_SAME_REGION);
        // Hà Nội – Hồ Chí Minh City
        assertThat(STD.zoneOf(PostalAddress.of("01", "00004"), PostalAddress.of("79", "26734"))).isEqualTo(ZoneResolver.INTER_PROVINCE_OTHER_REGION);
        // Cần Thơ – Cà Mau: both South
        assertThat(STD.zoneOf(PostalAddress.of("92", "31117"), PostalAddress.of("96", "32002"))).isEqualTo(ZoneResolver.INTER_PROVINCE_SAME_REGION);
    }

    @Test
    void regionTableCoversExactlyThe34NewProvinces() {
        Set<String> codes = Set.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37",
                "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96");
        assertThat(codes).hasSize(34);
        assertThat(PostalTariffs.bundledRegions().keySet()).isEqualTo(codes);
        assertThat(Set.copyOf(PostalTariffs.bundledRegions().values())).containsExactlyInAnyOrder("north", "central", "south");
    }

    @Test
    void unknownProvinceIsNamed() {
        // 02 was Hà Giang before 2025; it is not one of the 34 codes
        assertThatThrownBy(() -> STD.zoneOf(PostalAddress.of("02", "00688"), PostalAddress.of("01", "00004")))
                .isInstanceOf(PostalException.class).hasMessageContaining("\"02\"")
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.unknown-province"));
        // within one province the table is not needed
        assertThat(STD.zoneOf(PostalAddress.of("02", "00688"), PostalAddress.of("02", "00691"))).isEqualTo(ZoneResolver.INTER_DISTRICT);
    }

    @Test
    void hostRegionTableAndReplacedDefaultResolver() {
        ZoneResolver custom = ZoneResolver.standard(Map.of("01", "a", "79", "a"));
        assertThat(custom.zoneOf(PostalAddress.of("01", "00004"), PostalAddress.of("79", "26734"))).isEqualTo(ZoneResolver.INTER_PROVINCE_SAME_REGION);
        assertThatThrownBy(() -> ZoneResolver.standard(Map.of("1", "a"))).isInstanceOf(TariffFormatException.class);
        // a vendor replaces the default: every leg is inter-district
        PostalCalculator calc = PostalCalculator.builder().withBundledDefaults()
                .zoneResolver(ZoneResolver.DEFAULT_KEY, (a, b) -> ZoneResolver.INTER_DISTRICT).build();
        PostalQuote q = calc.quote(PostalQuoteRequest.builder().legs(PostalLeg.SEND)
                .addresses(PostalAddress.of("42", "18070"), PostalAddress.of("42", "18070")).weightGrams(100).date(Fixtures.DAY).build());
        assertThat(q.zone()).isEqualTo(ZoneResolver.INTER_DISTRICT);
        assertThat(q.total()).isEqualTo(Vnd.of(30_000));
    }
}
