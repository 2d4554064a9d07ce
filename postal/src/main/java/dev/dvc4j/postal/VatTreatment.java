package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/** Whether a tariff's prices include value-added tax: data, because published tables do not always say. */
public enum VatTreatment implements Labelled {
    /** Prices include VAT; quotes add nothing. */
    INCLUDED("giá đã gồm thuế GTGT", "prices include VAT"),
    /** Prices exclude VAT; quotes add a VAT line at the tariff's {@code vatPercent}. */
    EXCLUDED("giá chưa gồm thuế GTGT", "prices exclude VAT"),
    /** The source does not say; quotes use the prices as published and say so. */
    UNKNOWN("nguồn không nêu giá đã gồm thuế GTGT hay chưa", "the source does not say whether prices include VAT");

    private final LocalizedText label;

    VatTreatment(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return what this treatment means, in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The treatment with a wire name.
     *
     * @param name {@code "included"}, {@code "excluded"} or {@code "unknown"}
     * @return the treatment
     * @throws TariffFormatException for anything else
     */
    @JsonCreator
    public static VatTreatment fromWire(String name) {
        Objects.requireNonNull(name, "name");
        return Labelled.findIgnoringCase(VatTreatment.class, name).orElseThrow(() -> TariffFormatException.of(
                "Cách tính thuế GTGT \"%s\" không hợp lệ (" + Labelled.acceptedNames(VatTreatment.class) + ")",
                "Unknown VAT treatment \"%s\" (" + Labelled.acceptedNames(VatTreatment.class) + ")", name));
    }
}
