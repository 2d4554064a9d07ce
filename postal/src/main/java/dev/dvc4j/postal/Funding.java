package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * Who bears a reduction of what the applicant pays.
 *
 * <ul>
 *   <li>{@link #PROVIDER}: the postal provider lowers its price; the quote's total falls (a {@code discount} line
 *       with a negative amount).</li>
 *   <li>{@link #BUDGET}: a public budget pays the difference; the total stays and only the split moves (a
 *       {@code subsidy} line of amount zero whose applicant share is negative and budget share positive).</li>
 * </ul>
 */
public enum Funding implements Labelled {
    /** The provider's price is reduced; the total falls. */
    PROVIDER("doanh nghiệp bưu chính giảm giá", "the provider reduces its price"),
    /** A public budget pays the difference; the total is unchanged. */
    BUDGET("ngân sách chi trả phần chênh lệch", "a public budget pays the difference");

    private final LocalizedText label;

    Funding(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** @return who bears the reduction, in both languages */
    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * The funding with a wire name.
     *
     * @param name {@code "provider"} or {@code "budget"}
     * @return the funding
     * @throws TariffFormatException for anything else
     */
    @JsonCreator
    public static Funding fromWire(String name) {
        Objects.requireNonNull(name, "name");
        return Labelled.findIgnoringCase(Funding.class, name).orElseThrow(() -> TariffFormatException.of(
                "Nguồn chi trả \"%s\" không hợp lệ (" + Labelled.acceptedNames(Funding.class) + ")",
                "Unknown funding \"%s\" (" + Labelled.acceptedNames(Funding.class) + ")", name));
    }
}
