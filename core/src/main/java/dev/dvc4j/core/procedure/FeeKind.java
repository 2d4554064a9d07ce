package dev.dvc4j.core.procedure;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** Whether a financial obligation is a fee (phí, for a service) or a charge (lệ phí, for a state act). */
public enum FeeKind {
    /** A fee (phí). */
    FEE("Phí", "Fee"),
    /** A charge (lệ phí). */
    CHARGE("Lệ phí", "Charge");

    private final LocalizedText label;

    FeeKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /** @return the wire name */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
