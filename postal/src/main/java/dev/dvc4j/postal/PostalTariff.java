package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dated table of public postal (BCCI) prices for dossiers and results: data with a provider, a legal basis and a
 * source, a region of validity (some provinces, or nationwide) and a validity period. Read from JSON with
 * {@link PostalTariffs#load(java.nio.file.Path)} or contributed by a module with
 * {@code context.provide(PostalTariff.class, id, tariff)}.
 *
 * <p><b>Weights.</b> {@link #weightBands()} are ascending upper bounds in grams, each inclusive: with
 * {@code [100, 250, 500]} a leg of 100 g is in the first band, 101 g in the second, 500 g in the third. Above the last
 * bound every further {@link #furtherStepGrams()} or part of it adds the row's {@link PriceRow#eachFurther()}: with a
 * 500 g step, 501–1,000 g add one step and 1,001 g adds two.
 *
 * <p><b>Prices.</b> One {@link PriceRow} for every leg and every zone; prices are whole đồng between 0 and
 * 1,000,000,000,000 and may not fall as the weight rises. {@link #vat()} says whether they include VAT; with {@link VatTreatment#EXCLUDED} a quote adds
 * {@link #vatPercent()}.
 *
 * <p><b>Validity.</b> {@link #validFrom()} and {@link #validTo()} are both inclusive; {@code validTo} absent means
 * open-ended. {@link #provinces()} empty means nationwide.
 *
 * @param id unique identifier (lower case, digits, {@code . _ -})
 * @param name the tariff's title in both languages
 * @param provider who offers the service (e.g. VNPost)
 * @param legalBasis the legal instruments the prices rest on
 * @param source where the numbers were read
 * @param provinces 2-digit province codes where the tariff applies; empty for nationwide
 * @param validFrom first day in force
 * @param validTo last day in force, or {@code null}
 * @param vat whether prices include VAT ({@code null} reads as {@link VatTreatment#UNKNOWN})
 * @param vatPercent the VAT rate to add, only with {@link VatTreatment#EXCLUDED}, otherwise {@code null}
 * @param zoneResolver extension key of the {@link ZoneResolver} that places addresses in this tariff's zones
 *                     ({@code null} reads as {@value ZoneResolver#DEFAULT_KEY})
 * @param zones the zones this tariff prices
 * @param weightBands ascending inclusive upper bounds of the weight bands, in grams
 * @param furtherStepGrams the step above the last band, in grams
 * @param maxWeightGrams the heaviest leg accepted, or {@code null} for the library's sanity ceiling
 *                       ({@link PostalQuoteRequest#MAX_WEIGHT_GRAMS})
 * @param prices one row per leg and zone
 * @param addOns optional services (fee remittance, redelivery, …)
 * @param note free remarks, such as which facts are unconfirmed, or {@code null}
 */
public record PostalTariff(
        String id,
        LocalizedText name,
        String provider,
        String legalBasis,
        String source,
        List<String> provinces,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        VatTreatment vat,
        @Nullable BigDecimal vatPercent,
        String zoneResolver,
        List<Zone> zones,
        List<Integer> weightBands,
        int furtherStepGrams,
        Integer maxWeightGrams,
        List<PriceRow> prices,
        List<AddOn> addOns,
        @Nullable String note) {

    /** The add-on code for collecting the procedure's fee on the agency's behalf (thu hộ phí, lệ phí). */
    public static final String FEE_REMITTANCE = "fee-remittance";
    /** The add-on code for delivering again (phát lại). */
    public static final String REDELIVERY = "redelivery";

    /**
     * Validates the whole table.
     *
     * @throws TariffFormatException naming the first problem found
     */
    public PostalTariff {
        Checks.code("tariff id", id);
        String what = "tariff \"" + id + "\"";
        Checks.present(what + ": name", name);
        Checks.text(what + ": provider", provider);
        if ((legalBasis == null || legalBasis.isBlank()) && (source == null || source.isBlank())) {
            throw TariffFormatException.of("%s: cần căn cứ pháp lý (legalBasis) hoặc nguồn (source)",
                    "%s: needs a legalBasis or a source", what);
        }
        provinces = Checks.codes(what + ": provinces", provinces, Checks.PROVINCE);
        Checks.period(what, validFrom, validTo);
        vat = vat == null ? VatTreatment.UNKNOWN : vat;
        if (vat == VatTreatment.EXCLUDED) {
            Checks.percent(what + ": vatPercent", vatPercent);
        } else if (vatPercent != null) {
            throw TariffFormatException.of("%s: vatPercent chỉ dùng khi vat = excluded", "%s: vatPercent is only allowed when vat is excluded", what);
        }
        zoneResolver = zoneResolver == null ? ZoneResolver.DEFAULT_KEY : Checks.code(what + ": zoneResolver", zoneResolver);
        zones = Checks.list(what + ": zones", zones);
        if (zones.isEmpty()) {
            throw TariffFormatException.of("%s: không có vùng nào (zones)", "%s: has no zones", what);
        }
        Set<String> zoneCodes = new HashSet<>();
        for (Zone z : zones) {
            if (!zoneCodes.add(z.code())) {
                throw TariffFormatException.of("%s: vùng \"%s\" bị lặp", "%s: duplicate zone \"%s\"", what, z.code());
            }
        }
        weightBands = Checks.list(what + ": weightBands", weightBands);
        if (weightBands.isEmpty()) {
            throw TariffFormatException.of("%s: không có nấc khối lượng (weightBands)", "%s: has no weightBands", what);
        }
        int previous = 0;
        for (int b : weightBands) {
            if (b <= previous) {
                throw TariffFormatException.of("%s: các nấc khối lượng phải dương và tăng dần: %s",
                        "%s: weightBands must be positive and strictly ascending: %s", what, weightBands);
            }
            previous = b;
        }
        if (furtherStepGrams <= 0) {
            throw TariffFormatException.of("%s: furtherStepGrams phải dương, nhận %d",
                    "%s: furtherStepGrams must be positive, got %d", what, furtherStepGrams);
        }
        if (maxWeightGrams != null && (maxWeightGrams <= 0 || maxWeightGrams > PostalQuoteRequest.MAX_WEIGHT_GRAMS)) {
            throw TariffFormatException.of("%s: maxWeightGrams phải từ 1 đến %d, nhận %d",
                    "%s: maxWeightGrams must be between 1 and %d, got %d", what, PostalQuoteRequest.MAX_WEIGHT_GRAMS, maxWeightGrams);
        }
        prices = Checks.list(what + ": prices", prices);
        Map<String, PriceRow> seen = new HashMap<>();
        for (PriceRow row : prices) {
            if (!zoneCodes.contains(row.zone())) {
                throw TariffFormatException.of("%s: giá cho vùng không khai báo \"%s\"", "%s: prices an undeclared zone \"%s\"", what, row.zone());
            }
            if (seen.put(row.leg().wireName() + "/" + row.zone(), row) != null) {
                throw TariffFormatException.of("%s: giá %s/%s bị lặp", "%s: duplicate price row %s/%s", what, row.leg().wireName(), row.zone());
            }
            if (row.bands().size() != weightBands.size()) {
                throw TariffFormatException.of("%s: dòng %s/%s có %d giá nhưng có %d nấc khối lượng",
                        "%s: row %s/%s has %d band prices for %d weight bands", what, row.leg().wireName(), row.zone(),
                        row.bands().size(), weightBands.size());
            }
        }
        List<String> missing = new ArrayList<>();
        for (PostalLeg leg : PostalLeg.values()) {
            for (Zone z : zones) {
                if (!seen.containsKey(leg.wireName() + "/" + z.code())) {
                    missing.add(leg.wireName() + "/" + z.code());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw TariffFormatException.of("%s: thiếu giá cho %s", "%s: no prices for %s", what, missing);
        }
        addOns = Checks.list(what + ": addOns", addOns);
        Set<String> addOnCodes = new HashSet<>();
        for (AddOn a : addOns) {
            if (!addOnCodes.add(a.code())) {
                throw TariffFormatException.of("%s: dịch vụ cộng thêm \"%s\" bị lặp", "%s: duplicate add-on \"%s\"", what, a.code());
            }
        }
    }

    /**
     * Whether the tariff is in force on a day.
     *
     * @param day the day
     * @return whether {@code validFrom <= day <= validTo}
     */
    public boolean inForceOn(LocalDate day) {
        return Checks.inForce(day, validFrom, validTo);
    }

    /**
     * Whether the tariff applies in a province.
     *
     * @param provinceCode a 2-digit province code, or {@code null} for "no particular province"
     * @return true if the tariff is nationwide, or lists that province
     */
    public boolean appliesTo(@Nullable String provinceCode) {
        return provinces.isEmpty() || (provinceCode != null && provinces.contains(provinceCode));
    }

    /**
     * A zone by code.
     *
     * @param code the zone code
     * @return the zone, if this tariff prices it
     */
    public Optional<Zone> zone(String code) {
        Objects.requireNonNull(code, "code");
        return zones.stream().filter(z -> z.code().equals(code)).findFirst();
    }

    /**
     * An add-on by code.
     *
     * @param code the add-on code
     * @return the add-on, if offered
     */
    public Optional<AddOn> addOn(String code) {
        Objects.requireNonNull(code, "code");
        return addOns.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The published postage of one leg, before VAT, discounts and subsidies (a straightforward reading of the table).
     *
     * @param leg the leg
     * @param zone the zone code
     * @param weightGrams the weight
     * @return the postage
     * @throws UnknownZoneException if the zone is not priced
     * @throws InvalidWeightException if the weight is not positive or above the maximum
     */
    public Vnd postage(PostalLeg leg, String zone, int weightGrams) {
        Objects.requireNonNull(leg, "leg");
        int max = maxWeightGrams == null ? PostalQuoteRequest.MAX_WEIGHT_GRAMS : maxWeightGrams;
        if (weightGrams <= 0 || weightGrams > max) {
            throw new InvalidWeightException(weightGrams, max);
        }
        PriceRow row = prices.stream().filter(r -> r.leg() == leg && r.zone().equals(zone)).findFirst()
                .orElseThrow(() -> new UnknownZoneException(zone, id, zones.stream().map(Zone::code).toList()));
        for (int i = 0; i < weightBands.size(); i++) {
            if (weightGrams <= weightBands.get(i)) {
                return row.bands().get(i);
            }
        }
        long over = weightGrams - (long) weightBands.get(weightBands.size() - 1);
        long steps = (over + furtherStepGrams - 1) / furtherStepGrams;
        return row.bands().get(row.bands().size() - 1).plus(row.eachFurther().times(steps));
    }

    /**
     * A tariff zone.
     *
     * @param code the zone code ({@code intra-district}, …)
     * @param name the zone's name in both languages
     */
    public record Zone(String code, LocalizedText name) {
        /** Validates the zone. */
        public Zone {
            Checks.code("zone code", code);
            Checks.present("name of zone " + code, name);
        }
    }

    /**
     * The prices of one leg in one zone.
     *
     * @param leg the leg
     * @param zone the zone code
     * @param bands the price of each weight band, same length as {@link PostalTariff#weightBands()}
     * @param eachFurther the price of each further step above the last band
     */
    public record PriceRow(PostalLeg leg, String zone, List<Vnd> bands, Vnd eachFurther) {
        /** Validates the row: prices present, not negative, not falling with weight. */
        public PriceRow {
            Objects.requireNonNull(bands, "bands");
            Checks.present("leg of a price row", leg);
            Checks.code("zone of a price row", zone);
            String what = "price row " + leg.wireName() + "/" + zone;
            bands = Checks.list(what + ": bands", bands);
            if (bands.isEmpty()) {
                throw TariffFormatException.of("%s: không có giá", "%s: has no band prices", what);
            }
            Vnd prev = Vnd.ZERO;
            for (Vnd v : bands) {
                Checks.amount(what, v);
                if (v.compareTo(prev) < 0) {
                    throw TariffFormatException.of("%s: giá không được âm hay giảm khi khối lượng tăng: %s",
                            "%s: prices must not be negative or fall as weight rises: %s", what, bands);
                }
                prev = v;
            }
            Checks.present(what + ": eachFurther", eachFurther);
            Checks.amount(what + ": eachFurther", eachFurther);
        }
    }

    /**
     * An optional service priced on top of postage. Discounts and subsidies apply to postage only, never to add-ons.
     *
     * @param code the add-on code, such as {@value PostalTariff#FEE_REMITTANCE} or {@value PostalTariff#REDELIVERY}
     * @param name its name in both languages
     * @param amount its price, whole đồng (before VAT when the tariff excludes VAT)
     * @param per whether the price is per dossier or per leg
     * @param legalBasis where the price comes from
     */
    public record AddOn(String code, LocalizedText name, Vnd amount, Per per, String legalBasis) {
        /** Validates the add-on. */
        public AddOn {
            Checks.code("add-on code", code);
            Checks.present("name of add-on " + code, name);
            Checks.present("amount of add-on " + code, amount);
            Checks.amount("add-on " + code, amount);
            Checks.present("per (dossier or leg) of add-on " + code, per);
            Checks.text("legalBasis of add-on " + code, legalBasis);
        }
    }

    /** What an add-on's price is counted per. */
    public enum Per implements Labelled {
        /** Once per dossier (per use). */
        DOSSIER("mỗi hồ sơ", "per dossier"),
        /** Once per leg quoted (per use). */
        LEG("mỗi chiều", "per leg");

        private final LocalizedText label;

        Per(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** @return what the price is counted per, in both languages */
        @Override
        public LocalizedText label() {
            return label;
        }

        /**
         * The value with a wire name.
         *
         * @param name {@code "dossier"} or {@code "leg"}
         * @return the value
         * @throws TariffFormatException for anything else
         */
        @JsonCreator
        public static Per fromWire(String name) {
            Objects.requireNonNull(name, "name");
            return Labelled.findIgnoringCase(Per.class, name).orElseThrow(() -> TariffFormatException.of(
                    "\"per\" không hợp lệ: \"%s\" (" + Labelled.acceptedNames(Per.class) + ")",
                    "Invalid \"per\": \"%s\" (" + Labelled.acceptedNames(Per.class) + ")", name));
        }
    }
}
