package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** Whether a financial obligation is a charge (phí) or a fee (lệ phí), under the Law on Charges and Fees 2015. */
public enum FeeKind {
    /** A charge for a service (phí). */
    CHARGE("Phí", "Charge"),
    /** A state fee for an administrative act (lệ phí). */
    FEE("Lệ phí", "Fee"),
    /** Another financial obligation, such as a tax collected with the result (nghĩa vụ tài chính khác). */
    OTHER("Nghĩa vụ tài chính khác", "Other financial obligation");

    private final LocalizedText label;

    FeeKind(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label */
    public LocalizedText label() {
        return label;
    }

    /** Computed once: Jackson calls {@link #wireName()} for every value it writes. */
    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** @return the wire name */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
