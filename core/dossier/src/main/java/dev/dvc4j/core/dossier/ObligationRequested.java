package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The processing body asked the applicant to pay financial obligations. A request names at least one obligation
 * above zero, whichever path creates it ({@link Dossier#requestPayment} or a replayed or received event).
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param fees the obligations added (at least one above zero; {@code null} is refused as none is)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationRequested(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        @Nullable List<Fee> fees) implements DossierEvent {

    /** Validates the parts. */
    public ObligationRequested {
        DossierEvent.requireHeader(at, actor, previousHash);
        if (fees == null || fees.isEmpty() || fees.stream().allMatch(f -> f == null || f.amount().isZero())) {
            throw new Dvc4jException("dossier.obligation-amount", LocalizedText.of(
                    "Yêu cầu nghĩa vụ tài chính phải có ít nhất một khoản phí lớn hơn 0",
                    "The fees of a payment request must include at least one obligation above zero"));
        }
        fees = List.copyOf(fees);
    }

    @Override
    public String type() {
        return "obligation-requested";
    }
}
