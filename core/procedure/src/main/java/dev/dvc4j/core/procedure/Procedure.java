package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative procedure (thủ tục hành chính) as the national procedure database publishes it: what it is, who
 * settles it, how long it may take, what it costs, which documents it needs and what result it gives.
 *
 * <p>A procedure says nothing about how an agency offers it online; that is a {@link ServiceOffer}.
 *
 * @param code the national code
 * @param name the name
 * @param sector the sector (lĩnh vực)
 * @param competentLevel the competent level
 * @param duration the legal processing time, in working time or calendar days
 * @param fees the fees and charges (codes unique); empty when free
 * @param documents the dossier components (codes unique)
 * @param result what the result is
 * @param presenceRequired whether the law requires the applicant to appear in person at some step
 * @param onSiteVerificationRequired whether the law requires verification on site (thẩm định thực tế)
 * @param integrations national systems the procedure uses
 * @param legalBasis the instruments that establish the procedure (may be blank only in a sample)
 * @param validity when the procedure can be filed
 */
public record Procedure(ProcedureCode code, LocalizedText name, Sector sector, CompetentLevel competentLevel,
                        ProcessingPeriod duration, List<FeeItem> fees, List<DocumentRequirement> documents,
                        ResultKind result, boolean presenceRequired, boolean onSiteVerificationRequired,
                        Set<Integration> integrations, String legalBasis, Validity validity) {

    /** Validates and copies. */
    public Procedure {
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(competentLevel, "competentLevel");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(validity, "validity");
        fees = List.copyOf(fees);
        documents = List.copyOf(documents);
        integrations = integrations.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(integrations));
        Set<String> seen = new HashSet<>();
        for (FeeItem f : fees) {
            if (!seen.add(f.code())) {
                throw ProcedureException.invalid("procedure", "Thủ tục %s: mã phí \"%s\" bị trùng",
                        "Procedure %s: fee code \"%s\" appears twice", code, f.code());
            }
        }
        seen.clear();
        for (DocumentRequirement d : documents) {
            if (!seen.add(d.code())) {
                throw ProcedureException.invalid("procedure", "Thủ tục %s: mã thành phần hồ sơ \"%s\" bị trùng",
                        "Procedure %s: document component \"%s\" appears twice", code, d.code());
            }
        }
        if (duration.isWorkingTime() ? duration.working().isZero() : duration.calendarDays() == 0) {
            throw ProcedureException.invalid("procedure", "Thủ tục %s: thời hạn giải quyết phải lớn hơn 0",
                    "Procedure %s: the processing time must be longer than zero", code);
        }
    }

    /**
     * Whether the procedure charges any fee at all, on any date (Decision 766 indicator 3.5's denominator).
     *
     * @return whether some fee has a rate above zero
     */
    public boolean hasFees() {
        return fees.stream().anyMatch(FeeItem::everCharged);
    }

    /**
     * Whether a fee above zero is in force on a date (for either channel).
     *
     * @param date the date
     * @return whether something is payable for a dossier filed on that date
     */
    public boolean hasFeesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return fees.stream().map(f -> f.rateOn(date)).flatMap(Optional::stream)
                .anyMatch(r -> r.amount().isPositive() || r.onlineAmount().map(Vnd::isPositive).orElse(false));
    }

    /**
     * A dossier component by code.
     *
     * @param componentCode the code
     * @return the component, if the procedure has it
     */
    public Optional<DocumentRequirement> document(String componentCode) {
        Objects.requireNonNull(componentCode, "componentCode");
        return documents.stream().filter(d -> d.code().equals(componentCode)).findFirst();
    }

    /**
     * A fee by code.
     *
     * @param feeCode the code
     * @return the fee, if the procedure has it
     */
    public Optional<FeeItem> fee(String feeCode) {
        Objects.requireNonNull(feeCode, "feeCode");
        return fees.stream().filter(f -> f.code().equals(feeCode)).findFirst();
    }

    /** @return whether the law requires presence or on-site verification at some step */
    public boolean requiresPhysicalStep() {
        return presenceRequired || onSiteVerificationRequired;
    }

    @Override
    public String toString() {
        return "Procedure[" + code + " " + name.vi() + ", " + competentLevel.wireName() + ", " + duration + "]";
    }
}
