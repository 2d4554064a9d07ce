package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.postal.internal.BundledData;
import dev.dvc4j.postal.internal.StandardZoneResolver;
import java.util.List;

/**
 * The extension points of the public postal service (see the table of every point in {@code docs/EXTENDING.md}).
 * {@link PostalCalculator#from(dev.dvc4j.core.spi.Extensions)} reads all four.
 */
public final class PostalPoints {

    /**
     * Dated tariffs by id. Default: the published VNPost table (Đà Nẵng, 2021), scoped to Đà Nẵng; it prices other provinces' requests flagged as out of scope (see {@link PostalCalculator}). A contributed tariff
     * competes at its module's priority, so a province's tariff wins where it applies.
     */
    public static final ExtensionPoint<PostalTariff> TARIFFS = ExtensionPoint.keyed("postal.tariffs",
            PostalTariff.class, "0.2.0", LocalizedText.of("Biểu giá bưu chính công ích", "Public postal tariffs"),
            PostalTariff::id, x -> List.of(BundledData.tariff()));

    /**
     * Local subsidies, discounts and caps by id. Default: none.
     */
    public static final ExtensionPoint<PostalSubsidy> SUBSIDIES = ExtensionPoint.keyed("postal.subsidies",
            PostalSubsidy.class, "0.2.0", LocalizedText.of("Hỗ trợ, giảm giá cước của địa phương",
                    "Local subsidies, discounts and caps"), PostalSubsidy::id);

    /**
     * Beneficiary categories (exemptions and discounts) by code. Default: the categories of Circular 22/2017/TT-BTTTT
     * as far as they are known.
     */
    public static final ExtensionPoint<BeneficiaryCategory> CATEGORIES = ExtensionPoint.keyed("postal.categories",
            BeneficiaryCategory.class, "0.2.0", LocalizedText.of("Đối tượng được miễn, giảm cước",
                    "Beneficiary categories (exemptions, discounts)"), BeneficiaryCategory::code,
            x -> BundledData.categories());

    /**
     * Zone resolvers by key; a tariff names the one it uses. Contribute with an explicit key. Default: the standard
     * resolver under {@value ZoneResolver#DEFAULT_KEY}.
     */
    public static final ExtensionPoint<ZoneResolver> ZONE_RESOLVERS = ExtensionPoint.keyed("postal.zone-resolvers",
            ZoneResolver.class, "0.2.0", LocalizedText.of("Cách xác định vùng tính cước", "How zones are resolved"),
            r -> r instanceof StandardZoneResolver ? ZoneResolver.DEFAULT_KEY : null,
            x -> List.of(BundledData.standardResolver()));

    private PostalPoints() {
    }
}
