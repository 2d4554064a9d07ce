package dev.dvc4j.postal.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The postal data bundled in this jar, read once. Not part of the API. */
public final class BundledData {

    /** The bundled tariff's resource name. */
    public static final String TARIFF_RESOURCE = "vnpost-bcci-2021.json";
    /** The bundled categories' resource name. */
    public static final String CATEGORIES_RESOURCE = "beneficiary-categories.json";
    /** The bundled region table's resource name. */
    public static final String REGIONS_RESOURCE = "regions.json";

    private BundledData() {
    }

    /** @return the bundled default tariff */
    public static PostalTariff tariff() {
        return Holder.TARIFF;
    }

    /** @return the bundled categories */
    public static List<BeneficiaryCategory> categories() {
        return Holder.CATEGORIES;
    }

    /** @return the standard resolver over the bundled region table */
    public static ZoneResolver standardResolver() {
        return Holder.RESOLVER;
    }

    /** @return region code by province code, from the bundled table */
    public static Map<String, String> regionByProvince() {
        return Holder.REGIONS;
    }

    private static final class Holder {
        static final PostalTariff TARIFF = Json.resource(TARIFF_RESOURCE, PostalTariff.class);
        static final List<BeneficiaryCategory> CATEGORIES = Json.resource(CATEGORIES_RESOURCE, CategoryFile.class).categories();
        static final Map<String, String> REGIONS = regions(Json.resource(REGIONS_RESOURCE, RegionFile.class));
        static final ZoneResolver RESOLVER = new StandardZoneResolver(REGIONS);

        private static Map<String, String> regions(RegionFile file) {
            Map<String, String> m = new HashMap<>();
            for (RegionFile.Region r : file.regions()) {
                for (String p : r.provinces()) {
                    if (m.put(p, r.code()) != null) {
                        throw new IllegalStateException("province " + p + " in two regions");
                    }
                }
            }
            return Map.copyOf(m);
        }
    }

    /**
     * A file of beneficiary categories.
     *
     * @param source where the list comes from
     * @param note remarks
     * @param categories the categories
     */
    public record CategoryFile(String source, String note, List<BeneficiaryCategory> categories) {
        /** Validates the file. */
        public CategoryFile {
            categories = Checks.list("categories", Checks.present("categories", categories));
        }
    }

    /**
     * A file of subsidies.
     *
     * @param note remarks
     * @param subsidies the subsidies
     */
    public record SubsidyFile(String note, List<PostalSubsidy> subsidies) {
        /** Validates the file. */
        public SubsidyFile {
            subsidies = Checks.list("subsidies", Checks.present("subsidies", subsidies));
        }
    }

    /**
     * The region table.
     *
     * @param source where it comes from
     * @param note remarks
     * @param regions the regions
     */
    public record RegionFile(String source, String note, List<Region> regions) {
        /** Validates the file. */
        public RegionFile {
            regions = Checks.list("regions", Checks.present("regions", regions));
        }

        /**
         * A region.
         *
         * @param code its code
         * @param name its name
         * @param provinces its province codes
         */
        public record Region(String code, LocalizedText name, List<String> provinces) {
            /** Validates the region. */
            public Region {
                Checks.code("region code", code);
                provinces = Checks.codes("provinces of region " + code, provinces, Checks.PROVINCE);
            }
        }
    }
}
