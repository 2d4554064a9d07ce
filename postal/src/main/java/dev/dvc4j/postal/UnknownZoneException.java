package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.util.Collection;
import java.util.Objects;

/** A zone that the tariff in force does not price. Code {@code postal.unknown-zone}. */
public class UnknownZoneException extends PostalException {

    private static final long serialVersionUID = 1L;

    private final String zone;

    /**
     * Creates the exception.
     *
     * @param zone the zone asked for
     * @param tariffId the tariff that was consulted
     * @param known the zones that tariff prices
     */
    public UnknownZoneException(String zone, String tariffId, Collection<String> known) {
        super("postal.unknown-zone", LocalizedText.of(
                "Biểu giá \"%s\" không có vùng \"%s\" (các vùng: %s)",
                "Tariff \"%s\" has no zone \"%s\" (zones: %s)").formatted(Objects.requireNonNull(tariffId, "tariffId"),
                        Objects.requireNonNull(zone, "zone"), String.join(", ", Objects.requireNonNull(known,
                                               "known"))));
        this.zone = zone;
    }

    /**
     * The zone that was refused.
     *
     * @return the zone code
     */
    public String zone() {
        return zone;
    }
}
