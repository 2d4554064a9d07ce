package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Postal data that cannot be used: malformed or incomplete tariff, subsidy, beneficiary-category or region JSON, or
 * a value object built with inconsistent fields. Code {@code postal.tariff-format}.
 */
public class TariffFormatException extends PostalException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, in both languages
     */
    public TariffFormatException(LocalizedText text) {
        super("postal.tariff-format", text);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param text what is wrong, in both languages
     * @param cause the parser's error, or {@code null}
     */
    public TariffFormatException(LocalizedText text, @Nullable Throwable cause) {
        super("postal.tariff-format", text, cause);
    }

    /**
     * Shorthand used by the value types' validation.
     *
     * @param vi the Vietnamese message (a format string)
     * @param en the English message (a format string)
     * @param args the arguments
     * @return the exception
     */
    public static TariffFormatException of(String vi, String en, Object... args) {
        Objects.requireNonNull(args, "args");
        return new TariffFormatException(LocalizedText.of(vi, en).formatted(args));
    }
}
