package dev.dvc4j.postal.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalException;
import dev.dvc4j.postal.TariffFormatException;
import dev.dvc4j.postal.ZoneResolver;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The standard zone rules of {@link ZoneResolver}, over a region table. Not part of the API. */
public final class StandardZoneResolver implements ZoneResolver {

    private final Map<String, String> regionByProvince;

    /**
     * Creates the resolver.
     *
     * @param regionByProvince region code by province code
     */
    public StandardZoneResolver(Map<String, String> regionByProvince) {
        Objects.requireNonNull(regionByProvince, "regionByProvince");
        Map<String, String> m = new HashMap<>();
        regionByProvince.forEach((p, r) -> {
            if (p == null || !Checks.PROVINCE.matcher(p).matches()) {
                throw TariffFormatException.of("Bảng vùng: mã tỉnh \"%s\" không hợp lệ", "Region table: invalid province code \"%s\"", p);
            }
            Checks.text("region of province " + p, r);
            m.put(p, r);
        });
        this.regionByProvince = Map.copyOf(m);
    }

    @Override
    public String zoneOf(PostalAddress applicant, PostalAddress agency) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(agency, "agency");
        if (applicant.provinceCode().equals(agency.provinceCode())) {
            boolean sameCommune = applicant.communeCode().equals(agency.communeCode());
            boolean sameDistrict = applicant.districtCode() != null && applicant.districtCode().equals(agency.districtCode());
            return sameCommune || sameDistrict ? INTRA_DISTRICT : INTER_DISTRICT;
        }
        String a = region(applicant.provinceCode());
        String b = region(agency.provinceCode());
        return a.equals(b) ? INTER_PROVINCE_SAME_REGION : INTER_PROVINCE_OTHER_REGION;
    }

    private String region(String province) {
        String r = regionByProvince.get(province);
        if (r == null) {
            throw new PostalException("postal.unknown-province", LocalizedText.of(
                    "Tỉnh mã \"%s\" không có trong bảng vùng (các mã: %s)",
                    "Province code \"%s\" is not in the region table (codes: %s)")
                    .formatted(province, String.join(", ", new TreeSet<>(regionByProvince.keySet()))));
        }
        return r;
    }

    @Override
    public String toString() {
        return "StandardZoneResolver[" + regionByProvince.size() + " provinces]";
    }
}
