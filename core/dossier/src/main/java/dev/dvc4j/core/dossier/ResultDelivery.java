package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** How the result is returned to the applicant. */
public enum ResultDelivery implements Labelled {
    /** At the one-stop counter (trả tại Bộ phận Một cửa). */
    COUNTER("Tại Bộ phận Một cửa", "At the counter"),
    /** Online, as an electronic result (trả trực tuyến). */
    ONLINE("Trực tuyến", "Online"),
    /** By the public postal service (trả qua bưu chính công ích). */
    POSTAL("Qua bưu chính công ích", "By public postal service");

    private final LocalizedText label;

    ResultDelivery(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

}
