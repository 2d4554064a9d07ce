package dev.dvc4j.postal.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalTariff;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A tariff turned into arrays for quoting: zone index, band bounds, prices by leg, zone and band. Not part of the API. */
public final class CompiledTariff {

    final PostalTariff tariff;
    final int priority;
    final boolean provincial;
    final Set<String> provinces;
    final LocalDate validFrom;
    final LocalDate validTo;
    final Map<String, Integer> zoneIndex;
    final List<String> zoneCodes;
    final LocalizedText[] zoneNames;
    final int[] bands;
    final int step;
    final int maxWeight;
    final long[][][] price;
    final long[][] further;
    final Vnd[][][] priceVnd;
    final LocalizedText[][] postageLabel;
    final Percent vat;
    final LocalizedText vatLabel;
    final Map<String, PostalTariff.AddOn> addOns;
    final String sourceText;

    /**
     * Compiles a tariff.
     *
     * @param tariff the tariff
     * @param priority its priority
     */
    public CompiledTariff(PostalTariff tariff, int priority) {
        this.tariff = tariff;
        this.priority = priority;
        this.provincial = !tariff.provinces().isEmpty();
        this.provinces = new HashSet<>(tariff.provinces());
        this.validFrom = tariff.validFrom();
        this.validTo = tariff.validTo();
        int zones = tariff.zones().size();
        this.zoneIndex = new HashMap<>();
        this.zoneNames = new LocalizedText[zones];
        for (int i = 0; i < zones; i++) {
            zoneIndex.put(tariff.zones().get(i).code(), i);
            zoneNames[i] = tariff.zones().get(i).name();
        }
        this.zoneCodes = tariff.zones().stream().map(PostalTariff.Zone::code).toList();
        this.bands = tariff.weightBands().stream().mapToInt(Integer::intValue).toArray();
        this.step = tariff.furtherStepGrams();
        this.maxWeight = tariff.maxWeightGrams() == null ? PostalQuoteRequest.MAX_WEIGHT_GRAMS : tariff.maxWeightGrams();
        int legs = PostalLeg.values().length;
        this.price = new long[legs][zones][bands.length];
        this.further = new long[legs][zones];
        this.postageLabel = new LocalizedText[legs][zones];
        this.priceVnd = new Vnd[legs][zones][bands.length];
        for (PostalTariff.PriceRow row : tariff.prices()) {
            int l = row.leg().ordinal();
            int z = zoneIndex.get(row.zone());
            for (int b = 0; b < bands.length; b++) {
                price[l][z][b] = row.bands().get(b).dong();
                priceVnd[l][z][b] = row.bands().get(b);
            }
            further[l][z] = row.eachFurther().dong();
        }
        for (PostalLeg leg : PostalLeg.values()) {
            for (int z = 0; z < zones; z++) {
                postageLabel[leg.ordinal()][z] = LocalizedText.of(
                        "Cước " + leg.label().vi() + ", " + zoneNames[z].vi(),
                        "Postage, " + leg.label().en() + ", " + zoneNames[z].en());
            }
        }
        this.vat = tariff.vatPercent() == null ? null : new Percent(tariff.vatPercent());
        this.vatLabel = vat == null ? null : LocalizedText.of("Thuế GTGT " + vat.text() + "%", "VAT " + vat.text() + "%");
        Map<String, PostalTariff.AddOn> a = new HashMap<>();
        tariff.addOns().forEach(x -> a.put(x.code(), x));
        this.addOns = a;
        this.sourceText = tariff.source() != null && !tariff.source().isBlank() ? tariff.source() : tariff.legalBasis();
    }

    /**
     * The postage of one leg as an amount: the band's shared amount for weights within the bands, else the last band's
     * price plus each further step begun.
     *
     * @param leg leg ordinal
     * @param zone zone index
     * @param grams weight
     * @return the amount
     */
    Vnd postageVnd(int leg, int zone, int grams) {
        int[] b = bands;
        for (int i = 0; i < b.length; i++) {
            if (grams <= b[i]) {
                return priceVnd[leg][zone][i];
            }
        }
        int last = b.length - 1;
        long steps = ((long) grams - b[last] + step - 1) / step;
        return Vnd.of(Math.addExact(price[leg][zone][last], Math.multiplyExact(steps, further[leg][zone])));
    }

    boolean inForce(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    boolean appliesTo(String province) {
        return !provincial || (province != null && provinces.contains(province));
    }

    boolean overlaps(CompiledTariff o) {
        boolean dates = !validFrom.isAfter(o.validTo == null ? LocalDate.MAX : o.validTo)
                && !o.validFrom.isAfter(validTo == null ? LocalDate.MAX : validTo);
        if (!dates || provincial != o.provincial) {
            return false;
        }
        if (!provincial) {
            return true;
        }
        for (String p : provinces) {
            if (o.provinces.contains(p)) {
                return true;
            }
        }
        return false;
    }

    LocalizedText commonRegion(CompiledTariff o) {
        if (!provincial) {
            return LocalizedText.of("toàn quốc", "nationwide");
        }
        String p = provinces.stream().filter(o.provinces::contains).sorted().findFirst().orElse("?");
        return LocalizedText.of("tỉnh " + p, "province " + p);
    }

    /** @return the tariff */
    public PostalTariff tariff() {
        return tariff;
    }
}
