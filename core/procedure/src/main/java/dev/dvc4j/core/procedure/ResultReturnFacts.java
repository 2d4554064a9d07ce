package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the processing body is about to do when it returns a result, as
 * {@link DossierRules#checkResultReturn(ResultReturnFacts)} judges it.
 *
 * @param procedure the procedure
 * @param agency the agency
 * @param filedVia the channel the dossier was filed through
 * @param filingDate the filing date (fees and the regime are those of this date)
 * @param delivery how the result is to be returned
 * @param payment how the fees were paid, or empty when nothing has been paid
 * @param beneficiaryCategory the applicant's beneficiary category, if any
 * @param returnDate the day of the return
 */
public record ResultReturnFacts(ProcedureCode procedure, AgencyCode agency, Channel filedVia, LocalDate filingDate,
                                ResultDelivery delivery, Optional<PaymentMethod> payment,
                                Optional<String> beneficiaryCategory, LocalDate returnDate) {

    /** Validates. */
    public ResultReturnFacts {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(filedVia, "filedVia");
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(beneficiaryCategory, "beneficiaryCategory");
        Objects.requireNonNull(returnDate, "returnDate");
        if (returnDate.isBefore(filingDate)) {
            throw ProcedureException.invalid("return", "Ngày trả kết quả %s trước ngày nộp %s",
                    "The return date %s is before the filing date %s", returnDate, filingDate);
        }
    }
}
