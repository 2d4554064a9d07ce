package dev.dvc4j.stats;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** The applicant's feedback on one dossier, as formula 5.4 counts it. */
public enum Feedback implements Labelled {
    /** No feedback given. */
    NONE("Không đánh giá", "No feedback"),
    /** Satisfied. */
    SATISFIED("Hài lòng", "Satisfied"),
    /** Dissatisfied (a "dislike"): counts against formula 5.4. */
    DISSATISFIED("Không hài lòng", "Dissatisfied"),
    /** A complaint or petition about the handling: counts against formula 5.4. */
    COMPLAINT("Phản ánh, kiến nghị", "Complaint");

    private final LocalizedText label;

    Feedback(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /** @return whether formula 5.4 counts this as a complaint or dislike */
    public boolean isNegative() {
        return this == DISSATISFIED || this == COMPLAINT;
    }

}
