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
        super("postal.overlapping-tariffs", LocalizedText.of(
                "Hai biểu giá \"%s\" và \"%s\" cùng độ ưu tiên %d cùng áp dụng cho %s trong một khoảng thời gian chồng lấn",
                "Tariffs \"%s\" and \"%s\" have the same priority %d and both cover %s on overlapping dates")
                .formatted(first, second, priority, region));
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(region, "region");
    }
}
