package dev.dvc4j.postal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import java.util.Locale;

/** Who pays a share of a postal quote: the applicant, or a public budget (a subsidy, or the agency that caused a redelivery). */
public enum Payer {
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

    /** @return the wire name, lower case */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
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
        for (Payer p : values()) {
            if (p.wireName().equalsIgnoreCase(String.valueOf(name).strip())) {
                return p;
            }
        }
        throw TariffFormatException.of("Bên trả \"%s\" không hợp lệ (applicant, budget)",
                "Unknown payer \"%s\" (applicant, budget)", name);
    }
}
