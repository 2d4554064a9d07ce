package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** No tariff is in force for the date and province of a quote. Code {@code postal.no-tariff}. */
public class NoTariffException extends PostalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param date the date of the quote
     * @param province the province code, or {@code null} when none was given
     */
    public NoTariffException(LocalDate date, @Nullable String province) {
        super("postal.no-tariff", LocalizedText.of(
                "Không có biểu giá bưu chính công ích nào có hiệu lực ngày %s cho %s",
                "No public postal tariff is in force on %s for %s")
                .formatted(date, province == null ? "toàn quốc / nationwide" : "tỉnh/province " + province));
        Objects.requireNonNull(date, "date");
    }
}
