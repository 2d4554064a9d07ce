package dev.dvc4j.core.procedure;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** When a fee is collected: when the dossier is received, or when the result is returned. */
public enum FeeCollection implements Labelled {
    /** At receipt of the dossier (khi tiếp nhận hồ sơ). */
    AT_RECEIPT("Thu khi tiếp nhận hồ sơ", "Collected at receipt"),
    /** At the return of the result (khi trả kết quả). */
    AT_RETURN("Thu khi trả kết quả", "Collected at return of the result");

    private final LocalizedText label;

    FeeCollection(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

}
