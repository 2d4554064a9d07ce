package dev.dvc4j.postal;

import dev.dvc4j.postal.internal.BundledData;
import dev.dvc4j.postal.internal.StandardZoneResolver;
import java.util.Map;

/**
 * Decides the tariff zone of a leg from the applicant's and the agency's addresses. Zones are tariff data (strings),
 * not an enum: a tariff names the resolver it needs ({@link PostalTariff#zoneResolver()}), and a vendor contributes
 * its own at {@link PostalPoints#ZONE_RESOLVERS} under a key; the key {@value #DEFAULT_KEY} replaces the standard
 * one.
 *
 * <p>The {@link #standard() standard resolver} yields the four zones of the published VNPost table:
 * <ol>
 *   <li>{@value #INTRA_DISTRICT}: same province and the same commune, or the same former district when both addresses
 *       carry one. <b>[U]</b> After the 2025 reform removed districts, treating "same commune" as the new basis for the
 *       intra-district price is this library's assumption, not a published rule; replace the resolver if a tariff
 *       says otherwise.</li>
 *   <li>{@value #INTER_DISTRICT}: otherwise the same province.</li>
 *   <li>{@value #INTER_PROVINCE_SAME_REGION}: different provinces in the same region (North, Central, South) of the
 *       bundled region table over the 34 province codes of Decision 19/2025/QĐ-TTg.</li>
 *   <li>{@value #INTER_PROVINCE_OTHER_REGION}: different regions.</li>
 * </ol>
 * Implementations must be thread-safe and must not read the clock.
 */
@FunctionalInterface
public interface ZoneResolver {

    /** The extension key of the standard resolver, and the default of {@link PostalTariff#zoneResolver()}. */
    String DEFAULT_KEY = "default";
    /** Same commune or former district ("nội huyện" in the published table). */
    String INTRA_DISTRICT = "intra-district";
    /** Same province, different commune/district ("liên huyện"). */
    String INTER_DISTRICT = "inter-district";
    /** Different provinces in the same region ("liên tỉnh nội vùng"). */
    String INTER_PROVINCE_SAME_REGION = "inter-province-same-region";
    /** Different provinces in different regions ("liên tỉnh cách vùng"). */
    String INTER_PROVINCE_OTHER_REGION = "inter-province-other-region";

    /**
     * The zone of a leg between two addresses. The zone does not depend on the direction of the leg.
     *
     * @param applicant the applicant's address
     * @param agency the agency's address
     * @return the zone code
     * @throws PostalException if the addresses cannot be placed (for example a province missing from the region table)
     */
    String zoneOf(PostalAddress applicant, PostalAddress agency);

    /**
     * The standard resolver over the bundled region table ({@code dev/dvc4j/postal/regions.json}).
     *
     * @return the shared standard resolver
     */
    static ZoneResolver standard() {
        return BundledData.standardResolver();
    }

    /**
     * The standard rules over a host's own region table.
     *
     * @param regionByProvince region code by 2-digit province code
     * @return a resolver
     * @throws TariffFormatException if a province code is malformed or a region blank
     */
    static ZoneResolver standard(Map<String, String> regionByProvince) {
        return new StandardZoneResolver(regionByProvince);
    }
}
