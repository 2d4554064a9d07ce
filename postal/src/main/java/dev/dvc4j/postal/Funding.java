package dev.dvc4j.postal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who bears a reduction of what the applicant pays.
 *
 * <ul>
 *   <li>{@link #PROVIDER}: the postal provider lowers its price; the quote's total falls (a {@code discount} line
 *       with a negative amount).</li>
 *   <li>{@link #BUDGET}: a public budget pays the difference; the total stays and only the split moves (a
 *       {@code subsidy} line of amount zero whose applicant share is negative and budget share positive).</li>
 * </ul>
 */
public enum Funding {
    /** The provider's price is reduced; the total falls. */
    PROVIDER,
    /** A public budget pays the difference; the total is unchanged. */
    BUDGET;

    /** @return the wire name, lower case */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The funding with a wire name.
     *
     * @param name {@code "provider"} or {@code "budget"}
     * @return the funding
     * @throws TariffFormatException for anything else
     */
    @JsonCreator
    public static Funding fromWire(String name) {
        for (Funding f : values()) {
            if (f.wireName().equalsIgnoreCase(String.valueOf(name).strip())) {
                return f;
            }
        }
        throw TariffFormatException.of("Nguồn chi trả \"%s\" không hợp lệ (provider, budget)",
                "Unknown funding \"%s\" (provider, budget)", name);
    }
}
