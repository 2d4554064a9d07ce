package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** Whether a financial obligation is a charge (phí) or a fee (lệ phí), under the Law on Charges and Fees 2015. */
public enum FeeKind implements Labelled {
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

}
