package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import java.io.Serializable;
import java.util.Objects;

/**
 * A fee or charge due on a dossier.
 *
 * @param code the fee's code ({@code MaPhiLePhi})
 * @param name its name ({@code TenPhiLePhi})
 * @param amount the amount in whole đồng, zero or more
 * @param kind charge, fee or other
 */
public record Fee(String code, String name, Vnd amount, FeeKind kind) implements Serializable {

    /** Validates the parts. */
    public Fee {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new Dvc4jException("dossier.fee", LocalizedText.of(
                    "Khoản phí, lệ phí cần có mã và tên", "A fee needs a code and a name"));
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        if (amount.isNegative()) {
            throw new Dvc4jException("dossier.fee-amount", LocalizedText.of(
                    "Số tiền phí %s không được âm: %s", "Fee %s cannot be negative: %s").formatted(code, amount));
        }
    }
}
