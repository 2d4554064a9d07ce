package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Processing finished: approved with result documents, or rejected with reasons.
 *
 * <p>The record holds the lifecycle's rules for the decision itself, so every path that creates one
 * ({@link Dossier#approve}, {@link Dossier#reject}, a replayed or received event) is held to the same rules: a
 * rejection states at least one non-blank reason and carries no result documents; an approval carries no reasons.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param outcome approved or rejected
 * @param reasons the reasons for a rejection (empty when approved)
 * @param results the result documents
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Processed(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        Outcome outcome,
        List<String> reasons,
        List<ResultDocument> results) implements DossierEvent {

    /** Validates the parts. */
    public Processed {
        DossierEvent.requireHeader(at, actor, previousHash);
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.REJECTED
                && (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank()))) {
            throw new Dvc4jException("dossier.rejection-reasons", LocalizedText.of(
                    "Từ chối giải quyết phải nêu rõ lý do", "A refusal must state its reasons"));
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        if (outcome == Outcome.APPROVED && !reasons.isEmpty()) {
            throw new Dvc4jException("dossier.processed-outcome", LocalizedText.of(
                    "Hồ sơ được phê duyệt không có lý do từ chối", "An approval carries no refusal reasons"));
        }
        if (outcome == Outcome.REJECTED && !results.isEmpty()) {
            throw new Dvc4jException("dossier.processed-outcome", LocalizedText.of(
                    "Hồ sơ bị từ chối giải quyết không có giấy tờ kết quả",
                    "A refusal carries no result documents"));
        }
    }

    @Override
    public String type() {
        return "processed";
    }
}
