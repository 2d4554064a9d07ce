package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;

/** How processing ended for a processed dossier. */
public enum Outcome implements Labelled {
    /** The request was granted. */
    APPROVED("Chấp thuận", "Approved"),
    /** The request was refused with reasons (the result is a refusal notice). */
    REJECTED("Từ chối giải quyết", "Rejected");

    private final LocalizedText label;

    Outcome(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    @Override
    public LocalizedText label() {
        return label;
    }
}
