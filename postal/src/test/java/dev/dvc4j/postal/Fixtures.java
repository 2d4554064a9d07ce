package dev.dvc4j.postal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Shared test data. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final List<String> STANDARD_ZONES = List.of(ZoneResolver.INTRA_DISTRICT, ZoneResolver.INTER_DISTRICT,
            ZoneResolver.INTER_PROVINCE_SAME_REGION, ZoneResolver.INTER_PROVINCE_OTHER_REGION);

    private Fixtures() {
    }

    static InputStream resource(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/dev/dvc4j/postal/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    static PostalTariff tariff(String name) {
        try (InputStream in = resource(name)) {
            return PostalTariffs.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PostalSubsidy> subsidies(String name) {
        try (InputStream in = resource(name)) {
            return PostalTariffs.loadSubsidies(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PostalTariff khanhHoa() {
        return tariff("vendor/khanh-hoa-three-zone-illustration.json");
    }

    static PostalSubsidy haTinhCap() {
        return subsidies("vendor/ha-tinh-city-cap.json").get(0);
    }

    static PostalSubsidy quangNgai() {
        return subsidies("vendor/quang-ngai-2020-discount.json").get(0);
    }

    /**
     * The illustration's resolver: North–Central and Central–South are adjacent, North–South distant.
     */
    static ZoneResolver threeRegionResolver() {
        ZoneResolver std = ZoneResolver.standard();
        Map<String, String> regions = PostalTariffs.bundledRegions();
        return (a, b) -> {
            String zone = std.zoneOf(a, b);
            if (!zone.equals(ZoneResolver.INTER_PROVINCE_OTHER_REGION)) {
                return zone;
            }
            String ra = regions.get(a.provinceCode());
            String rb = regions.get(b.provinceCode());
            return ra.equals("central") || rb.equals("central") ? "inter-province-adjacent-region" : "inter-province-distant-region";
        };
    }

    /**
     * ILLUSTRATION: the 2021 table's numbers applied to Quảng Ngãi in 2020 (the report of Quảng Ngãi's 2020 discount
     * gives the same 26,000/30,000 intra-province prices before the cut; the other cells are copied, not read).
     */
    static PostalTariff quangNgai2020Tariff() {
        PostalTariff t = PostalTariffs.bundled();
        return new PostalTariff("illustration-quang-ngai-2020", t.name(), t.provider(), t.legalBasis(),
                "Illustration: the 2021 VNPost table applied to Quảng Ngãi in 2020", List.of("51"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), t.vat(), t.vatPercent(), t.zoneResolver(), t.zones(),
                t.weightBands(), t.furtherStepGrams(), t.maxWeightGrams(), t.prices(), t.addOns(), "ILLUSTRATION for tests");
    }

    /** Bundled defaults plus every test subsidy and the illustration tariff with its resolver. */
    static PostalCalculator everything() {
        return PostalCalculator.builder().withBundledDefaults()
                .tariff(khanhHoa())
                .tariff(quangNgai2020Tariff())
                .zoneResolver("illustration-three-region", threeRegionResolver())
                .subsidy(haTinhCap())
                .subsidy(quangNgai())
                .build();
    }

    static PostalQuoteRequest request(java.util.Set<PostalLeg> legs, String zone, int grams) {
        return PostalQuoteRequest.of(legs, zone, grams, DAY);
    }
}
