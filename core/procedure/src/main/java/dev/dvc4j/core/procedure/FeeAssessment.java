package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fees due for a dossier filed on a date through a channel by an applicant of a beneficiary category: one line
 * per fee in force on that date.
 *
 * @param procedure the procedure
 * @param date the filing date
 * @param channel the filing channel
 * @param beneficiaryCategory the applicant's category, if any
 * @param lines the fee lines, one per fee in force
 */
public record FeeAssessment(ProcedureCode procedure, LocalDate date, Channel channel,
                            Optional<String> beneficiaryCategory, List<FeeLine> lines) {

    /** Validates and copies. */
    public FeeAssessment {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(beneficiaryCategory, "beneficiaryCategory");
        lines = List.copyOf(lines);
    }

    /** @return the total due */
    public Vnd total() {
        return lines.stream().map(FeeLine::due).reduce(Vnd.ZERO, Vnd::plus);
    }

    /** @return the total collected when the dossier is received */
    public Vnd dueAtReceipt() {
        return sum(FeeCollection.AT_RECEIPT);
    }

    /** @return the total collected when the result is returned */
    public Vnd dueAtReturn() {
        return sum(FeeCollection.AT_RETURN);
    }

    /** @return whether nothing is due */
    public boolean isFree() {
        return total().isZero();
    }

    private Vnd sum(FeeCollection when) {
        return lines.stream().filter(l -> l.collectedAt() == when).map(FeeLine::due).reduce(Vnd.ZERO, Vnd::plus);
    }
}
