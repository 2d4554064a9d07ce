package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to file a dossier ({@link Dossier#file(Filing)}). Build one with {@link #builder()}.
 *
 * @param code the dossier code
 * @param procedure the procedure
 * @param agency the receiving agency
 * @param applicant the applicant
 * @param channel how it is filed
 * @param resultDelivery how the applicant wants the result
 * @param period the procedure's legal processing period
 * @param summary the summary, or {@code null}
 * @param vneidAuthenticated whether the applicant's account is VNeID-authenticated
 * @param documents the submitted documents ({@code null} reads as none)
 * @param fees the fees due at filing ({@code null} reads as none)
 * @param at when it was filed
 * @param actor who filed it (the applicant's account id, an officer's id, or a system)
 * @param note a free note, or {@code null}
 */
public record Filing(DossierCode code, ProcedureCode procedure, AgencyCode agency, Applicant applicant, Channel channel,
                     ResultDelivery resultDelivery, ProcessingPeriod period, @Nullable String summary,
                     boolean vneidAuthenticated, @Nullable List<SubmittedDocument> documents,
                     @Nullable List<Fee> fees, Instant at, String actor, @Nullable String note) {

    /** Validates that the required parts are present. */
    public Filing {
        requireComplete(code, procedure, agency, applicant, channel, resultDelivery, period, at, actor);
        documents = List.copyOf(Objects.requireNonNullElse(documents, List.of()));
        fees = List.copyOf(Objects.requireNonNullElse(fees, List.of()));
    }

    /**
     * The one completeness rule of a filing, shared by this record and the {@link Filed} event it becomes, so a
     * filing built here and a filed event read from the wire are refused alike.
     *
     * @throws Dvc4jException {@code dossier.filing-incomplete}, naming every missing part
     */
    static void requireComplete(DossierCode code, ProcedureCode procedure, AgencyCode agency, Applicant applicant,
                                Channel channel, ResultDelivery resultDelivery, ProcessingPeriod period, Instant at,
                                String actor) {
        List<String> missing = new ArrayList<>();
        if (code == null) {
            missing.add("code");
        }
        if (procedure == null) {
            missing.add("procedure");
        }
        if (agency == null) {
            missing.add("agency");
        }
        if (applicant == null) {
            missing.add("applicant");
        }
        if (channel == null) {
            missing.add("channel");
        }
        if (resultDelivery == null) {
            missing.add("resultDelivery");
        }
        if (period == null) {
            missing.add("period");
        }
        if (at == null) {
            missing.add("at");
        }
        if (actor == null || actor.isBlank()) {
            missing.add("actor");
        }
        if (!missing.isEmpty()) {
            throw new Dvc4jException("dossier.filing-incomplete", LocalizedText.of(
                    "Hồ sơ nộp thiếu thông tin: %s", "The filing lacks: %s").formatted(String.join(", ", missing)));
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Filing}. */
    public static final class Builder {
        private DossierCode code;
        private ProcedureCode procedure;
        private AgencyCode agency;
        private Applicant applicant;
        private Channel channel;
        private ResultDelivery resultDelivery = ResultDelivery.COUNTER;
        private ProcessingPeriod period;
        private String summary;
        private boolean vneidAuthenticated;
        private final List<SubmittedDocument> documents = new ArrayList<>();
        private final List<Fee> fees = new ArrayList<>();
        private Instant at;
        private String actor;
        private String note;

        private Builder() {
        }

        /** @param v the dossier code @return this builder */
        public Builder code(DossierCode v) {
            code = v;
            return this;
        }

        /** @param v the procedure @return this builder */
        public Builder procedure(ProcedureCode v) {
            procedure = v;
            return this;
        }

        /** @param v the receiving agency @return this builder */
        public Builder agency(AgencyCode v) {
            agency = v;
            return this;
        }

        /** @param v the applicant @return this builder */
        public Builder applicant(Applicant v) {
            applicant = v;
            return this;
        }

        /** @param v the channel @return this builder */
        public Builder channel(Channel v) {
            channel = v;
            return this;
        }

        /** @param v the result delivery (default: at the counter) @return this builder */
        public Builder resultDelivery(ResultDelivery v) {
            resultDelivery = v;
            return this;
        }

        /** @param v the legal processing period @return this builder */
        public Builder period(ProcessingPeriod v) {
            period = v;
            return this;
        }

        /** @param v the summary @return this builder */
        public Builder summary(String v) {
            summary = v;
            return this;
        }

        /** @param v whether VNeID-authenticated @return this builder */
        public Builder vneidAuthenticated(boolean v) {
            vneidAuthenticated = v;
            return this;
        }

        /** @param v a submitted document @return this builder */
        public Builder document(SubmittedDocument v) {
            documents.add(Objects.requireNonNull(v, "document"));
            return this;
        }

        /** @param v a fee due at filing @return this builder */
        public Builder fee(Fee v) {
            fees.add(Objects.requireNonNull(v, "fee"));
            return this;
        }

        /** @param v when it was filed @return this builder */
        public Builder at(Instant v) {
            at = v;
            return this;
        }

        /** @param v who filed it @return this builder */
        public Builder actor(String v) {
            actor = v;
            return this;
        }

        /** @param v a note @return this builder */
        public Builder note(String v) {
            note = v;
            return this;
        }

        /** @return the filing @throws Dvc4jException if a required part is missing */
        public Filing build() {
            return new Filing(code, procedure, agency, applicant, channel, resultDelivery, period, summary,
                    vneidAuthenticated, documents, fees, at, actor, note);
        }
    }
}
