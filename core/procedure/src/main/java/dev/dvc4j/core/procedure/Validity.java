package dev.dvc4j.core.procedure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which a rule, rate or procedure is in force: from a first day to an optional last day, both inclusive.
 *
 * @param from the first day in force
 * @param to the last day in force, or empty while still in force
 */
public record Validity(LocalDate from, Optional<LocalDate> to) {

    /** Validates that the period is not reversed. */
    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw ProcedureException.invalid("validity", "Thời gian hiệu lực ngược: từ %s đến %s",
                    "Validity ends before it starts: from %s to %s", from, to.get());
        }
    }

    /**
     * From a day on, with no end.
     *
     * @param from the first day
     * @return the period
     */
    public static Validity from(LocalDate from) {
        return new Validity(from, Optional.empty());
    }

    /**
     * A closed period.
     *
     * @param from the first day
     * @param to the last day (inclusive)
     * @return the period
     */
    public static Validity between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(to, "to");
        return new Validity(from, Optional.of(to));
    }

    /** Every day there is. */
    public static final Validity ALWAYS = from(LocalDate.MIN);

    /**
     * Whether a day is in this period.
     *
     * @param date the day
     * @return whether in force on that day
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    /**
     * Whether two periods share a day.
     *
     * @param other the other period
     * @return whether they overlap
     */
    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = to.isPresent() && to.get().isBefore(other.from);
        boolean otherEndsBefore = other.to.isPresent() && other.to.get().isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return (from.equals(LocalDate.MIN) ? "" : from.toString()) + ".." + to.map(LocalDate::toString).orElse("");
    }
}
