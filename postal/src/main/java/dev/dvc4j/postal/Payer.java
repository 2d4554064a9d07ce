package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/** Who pays a share of a postal quote: the applicant, or a public budget (a subsidy, or the agency that caused a redelivery). */
public enum Payer implements Labelled {
    /** The applicant (người nộp hồ sơ), who pays postage by Decision 45/2016/QĐ-TTg. */
    APPLICANT("người nộp hồ sơ", "applicant"),
    /** A public budget (ngân sách): a local subsidy, or the agency when it caused the cost. */
    BUDGET("ngân sách", "budget");

    private final LocalizedText label;

    Payer(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the payer's name in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The payer with a wire name.
     *
     * @param name {@code "applicant"} or {@code "budget"}
     * @return the payer
     * @throws PostalException for anything else
     */
    @JsonCreator
    public static Payer fromWire(String name) {
        Objects.requireNonNull(name, "name");
        return Labelled.findIgnoringCase(Payer.class, name).orElseThrow(() -> TariffFormatException.of(
                "Bên trả \"%s\" không hợp lệ (" + Labelled.acceptedNames(Payer.class) + ")",
                "Unknown payer \"%s\" (" + Labelled.acceptedNames(Payer.class) + ")", name));
    }
}
