package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment towards a dossier's fees.
 *
 * @param amount the amount paid, positive
 * @param method how it was paid
 * @param reference the payment reference (transaction id, receipt number), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Payment(Vnd amount, PaymentMethod method, @Nullable String reference) implements Serializable {

    /** Validates the parts. */
    public Payment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        if (!amount.isPositive()) {
            throw new Dvc4jException("dossier.payment-amount", LocalizedText.of(
                    "Số tiền thanh toán phải lớn hơn 0, nhận được %s", "A payment must be positive, got %s").formatted(amount));
        }
    }
}
