package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * Two tariffs of the same priority cover the same province (or are both nationwide) on at least one common day, so
 * neither can be chosen. Thrown when a {@link PostalCalculator} is built. Code {@code postal.overlapping-tariffs}.
 */
public class OverlappingTariffsException extends PostalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param first one tariff's id
     * @param second the other tariff's id
     * @param priority their common priority
     * @param region what they both cover
     */
    public OverlappingTariffsException(String first, String second, int priority, String region) {
        this(first, second, priority, LocalizedText.of(Objects.requireNonNull(region, "region"), region));
    }

    /**
     * Creates the exception, naming the common region in each language.
     *
     * @param first one tariff's id
     * @param second the other tariff's id
     * @param priority their common priority
     * @param region where both apply ("tỉnh 48" / "province 48", "toàn quốc" / "nationwide")
     */
    public OverlappingTariffsException(String first, String second, int priority, LocalizedText region) {
        super("postal.overlapping-tariffs", LocalizedText.of(
                String.format(java.util.Locale.ROOT, "Hai biểu giá \"%s\" và \"%s\" cùng độ ưu tiên %d cùng áp dụng cho %s"
                        + " trong một khoảng thời gian chồng lấn", first, second, priority, Objects.requireNonNull(region, "region").vi()),
                String.format(java.util.Locale.ROOT, "Tariffs \"%s\" and \"%s\" have the same priority %d and both cover %s"
                        + " on overlapping dates", first, second, priority, region.en())));
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
