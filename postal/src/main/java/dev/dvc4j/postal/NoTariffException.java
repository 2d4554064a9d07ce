package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No tariff prices a quote: none is in force on its date, or, with {@link PostalCalculator#withStrictScope() strict
 * scope}, none covers its province. Code {@code postal.no-tariff}. The message names the installed tariffs with
 * their provinces ({@code *} for nationwide) and days in force.
 */
public class NoTariffException extends PostalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param date the date of the quote
     * @param province the province code, or {@code null} when none was given
     */
    public NoTariffException(LocalDate date, @Nullable String province) {
        this(date, province, List.of());
    }

    /**
     * Creates the exception for a day no tariff is in force.
     *
     * @param date the date of the quote
     * @param province the province code, or {@code null} when none was given
     * @param installed the installed tariffs, each as {@code id [provinces; from..to]}
     */
    public NoTariffException(LocalDate date, @Nullable String province, List<String> installed) {
        super("postal.no-tariff", LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có hiệu lực ngày " + Objects.requireNonNull(date, "date") + " cho "
                        + whereVi(province)
                        + " (hiện có: " + list(Objects.requireNonNull(installed, "installed")) + ")",
                "No public postal tariff is in force on " + date + " for " + whereEn(province)
                        + " (installed: " + list(installed) + ")"));
    }

    /**
     * Creates the exception for a request outside every tariff's scope when the scope is strict.
     *
     * @param date the date of the quote
     * @param province the province code, or {@code null} when none was given
     * @param installed the installed tariffs, each as {@code id [provinces; from..to]}
     * @param why why the tariff that would price it elsewhere does not cover the request
     */
    public NoTariffException(LocalDate date, @Nullable String province, List<String> installed, LocalizedText why) {
        super("postal.no-tariff", LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có phạm vi gồm " + whereVi(province) + " ngày "
                        + Objects.requireNonNull(date, "date") + ": " + Objects.requireNonNull(why, "why").vi()
                        + " (hiện có: " + list(Objects.requireNonNull(installed, "installed")) + "; phạm vi chặt chẽ nên không tính giá)",
                "No public postal tariff's scope covers " + whereEn(province) + " on " + date + ": " + why.en()
                        + " (installed: " + list(installed) + "; strict scope, so no price is given)"));
    }

    private static String whereVi(@Nullable String province) {
        return province == null ? "yêu cầu không nêu tỉnh" : "tỉnh " + province;
    }

    private static String whereEn(@Nullable String province) {
        return province == null ? "a request without a province" : "province " + province;
    }

    private static String list(List<String> installed) {
        return installed.isEmpty() ? "—" : String.join("; ", installed);
    }
}
