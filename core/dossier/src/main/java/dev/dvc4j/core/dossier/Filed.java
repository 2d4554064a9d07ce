package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.VnTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dossier was filed (nộp hồ sơ). Opens the history; its {@code previousHash} is {@link DossierEvent#GENESIS}.
 *
 * @param at when it happened
 * @param actor who did it (an officer's or system's id; not personal data)
 * @param note a free note, or {@code null}
 * @param previousHash the SHA-256 of the previous event's canonical JSON
 * @param code the dossier code
 * @param procedure the procedure
 * @param agency the receiving agency
 * @param applicant the applicant
 * @param channel how it was filed
 * @param resultDelivery how the applicant wants the result
 * @param period the procedure's legal processing period
 * @param summary the summary ({@code TrichYeuHoSo}), or {@code null}
 * @param vneidAuthenticated whether the applicant's account was authenticated with VNeID
 * @param documents the submitted documents
 * @param fees the fees due at filing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Filed(@VnTime Instant at,
        String actor,
        @Nullable String note,
        String previousHash,
        DossierCode code,
        ProcedureCode procedure,
        AgencyCode agency,
        Applicant applicant,
        Channel channel,
        ResultDelivery resultDelivery,
        ProcessingPeriod period,
        @Nullable String summary,
        boolean vneidAuthenticated,
        List<SubmittedDocument> documents,
        List<Fee> fees) implements DossierEvent {

    /** Validates the parts, by the same completeness rule as a {@link Filing}. */
    public Filed {
        Filing.requireComplete(code, procedure, agency, applicant, channel, resultDelivery, period, at, actor);
        DossierEvent.requireHeader(at, actor, previousHash);
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
    }

    @Override
    public String type() {
        return "filed";
    }
}
