package dev.dvc4j.stats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * How far a {@link Target} is reached: the actual value, attainment (actual ÷ target, as a percentage), whether it
 * is met, and a projection from the daily series.
 *
 * @param target the target
 * @param actual the rate in the target's scope (for a count target its numerator is the count)
 * @param actualValue the percentage (rate targets, 2 decimals) or count (count targets); empty when not applicable
 * @param attainment actual ÷ target × 100 from exact counts, 2 decimals half-up; empty when not applicable
 * @param met whether the actual value reaches the threshold
 * @param projection when the target will be reached at the recent pace
 */
public record TargetAssessment(Target target, Rate actual, Optional<BigDecimal> actualValue,
                               Optional<BigDecimal> attainment, boolean met, Projection projection)
        implements Serializable {

    /** Validates the fields. */
    public TargetAssessment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(actualValue, "actualValue");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(projection, "projection");
    }

    /** The outlook of a target. */
    public enum Outlook {
        /** Already reached. */
        MET,
        /** Reached by the deadline at the recent pace (or no deadline and reached some day). */
        ON_TRACK,
        /** Reached, but after the deadline. */
        LATE,
        /** Not reached at the recent pace, ever. */
        NOT_REACHED,
        /** No recent data to project from. */
        UNKNOWN
    }

    /**
     * A projection at the recent pace: the mean daily numerator and denominator over the window are extended day by
     * day from {@code asOf}. A rate target is reached on the first day when (n + a·t) ÷ (d + b·t) ≥ p; a count
     * target when n + a·t ≥ N.
     *
     * @param outlook the outlook
     * @param reachedOn the projected day, when reachable, otherwise {@code null}
     * @param dailyNumerator mean numerator per day over the window
     * @param dailyDenominator mean denominator per day over the window
     * @param windowDays the number of days averaged
     */
    /**
     * Java serialization goes through {@link Serialized}, since {@link Optional} is not serializable.
     *
     * @return the serializable form
     */
    @java.io.Serial
    private Object writeReplace() {
        return new Serialized(target, actual, actualValue.orElse(null), attainment.orElse(null), met, projection);
    }

    /** The serialized form: the optional values as nullable fields. */
    private record Serialized(Target target, Rate actual, BigDecimal actualValue, BigDecimal attainment, boolean met,
                              Projection projection) implements Serializable {
        @java.io.Serial
        private Object readResolve() {
            return new TargetAssessment(target, actual, Optional.ofNullable(actualValue), Optional.ofNullable(attainment),
                    met, projection);
        }
    }

    public record Projection(Outlook outlook, @Nullable LocalDate reachedOn, BigDecimal dailyNumerator,
                             BigDecimal dailyDenominator, int windowDays) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Projection {
            Objects.requireNonNull(outlook, "outlook");
            Objects.requireNonNull(dailyNumerator, "dailyNumerator");
            Objects.requireNonNull(dailyDenominator, "dailyDenominator");
        }
    }

    /**
     * Assesses a target.
     *
     * @param target the target
     * @param metrics the metrics of the facts in its scope
     * @param daily the same facts' metrics per day ({@link Dimension#DAY} groups)
     * @param asOf the last day of data
     * @param windowDays how many trailing days set the pace, positive
     * @return the assessment
     */
    public static TargetAssessment assess(Target target, Metrics metrics, SortedMap<GroupKey, Metrics> daily,
                                          LocalDate asOf, int windowDays) {
        Rate rate = metrics.rate(target.metric());
        boolean count = target.kind() == Target.Kind.COUNT;
        Optional<BigDecimal> actual = count ? Optional.of(BigDecimal.valueOf(rate.numerator())) : rate.percent();
        // Attainment from exact counts (not the rounded percentage): count / N, or (n / d) / p, times 100.
        Optional<BigDecimal> attainment = count
                ? Optional.of(BigDecimal.valueOf(rate.numerator()).multiply(BigDecimal.valueOf(100))
                        .divide(target.threshold(), 2, RoundingMode.HALF_UP))
                : rate.isApplicable()
                        ? Optional.of(BigDecimal.valueOf(rate.numerator()).multiply(BigDecimal.valueOf(10_000))
                                .divide(target.threshold().multiply(BigDecimal.valueOf(rate.denominator())), 2,
                                        RoundingMode.HALF_UP))
                        : Optional.empty();
        // "Met" compares exact values: numerator * 100 >= threshold * denominator for rates.
        boolean met = count ? BigDecimal.valueOf(rate.numerator()).compareTo(target.threshold()) >= 0
                : rate.isApplicable() && BigDecimal.valueOf(rate.numerator()).multiply(BigDecimal.valueOf(100))
                .compareTo(target.threshold().multiply(BigDecimal.valueOf(rate.denominator()))) >= 0;
        return new TargetAssessment(target, rate, actual, attainment, met,
                project(target, rate, met, daily, asOf, windowDays));
    }

    private static Projection project(Target target, Rate rate, boolean met, SortedMap<GroupKey, Metrics> daily,
                                      LocalDate asOf, int windowDays) {
        long a = 0;
        long b = 0;
        LocalDate first = asOf.minusDays(windowDays - 1L);
        for (Map.Entry<GroupKey, Metrics> e : daily.entrySet()) {
            LocalDate day = LocalDate.parse(e.getKey().get(0));
            if (!day.isBefore(first) && !day.isAfter(asOf)) {
                Rate r = e.getValue().rate(target.metric());
                a += r.numerator();
                b += r.denominator();
            }
        }
        BigDecimal w = BigDecimal.valueOf(windowDays);
        BigDecimal da = BigDecimal.valueOf(a).divide(w, 2, RoundingMode.HALF_UP);
        BigDecimal db = BigDecimal.valueOf(b).divide(w, 2, RoundingMode.HALF_UP);
        if (met) {
            return new Projection(Outlook.MET, null, da, db, windowDays);
        }
        if (b == 0 && (target.kind() == Target.Kind.RATE || a == 0)) {
            return new Projection(Outlook.UNKNOWN, null, da, db, windowDays);
        }
        // Work in exact rationals: over the window, a numerator and b denominator per windowDays days.
        BigDecimal days;
        if (target.kind() == Target.Kind.COUNT) {
            if (a == 0) {
                return new Projection(Outlook.NOT_REACHED, null, da, db, windowDays);
            }
            // n + a t / W >= N  ->  t >= (N - n) W / a
            days = target.threshold().subtract(BigDecimal.valueOf(rate.numerator())).multiply(w)
                    .divide(BigDecimal.valueOf(a), 10, RoundingMode.HALF_UP);
        } else {
            // (n + a t/W) * 100 >= p (d + b t/W)  ->  t (100 a - p b) / W >= p d - 100 n
            BigDecimal p = target.threshold();
            BigDecimal slope = BigDecimal.valueOf(100 * a).subtract(p.multiply(BigDecimal.valueOf(b)));
            BigDecimal gap = p.multiply(BigDecimal.valueOf(rate.denominator()))
                    .subtract(BigDecimal.valueOf(100 * rate.numerator()));
            if (slope.signum() <= 0) {
                return new Projection(Outlook.NOT_REACHED, null, da, db, windowDays);
            }
            days = gap.multiply(w).divide(slope, 10, RoundingMode.HALF_UP);
        }
        long whole = days.setScale(0, RoundingMode.CEILING).longValueExact();
        if (whole > 36_500) {
            return new Projection(Outlook.NOT_REACHED, null, da, db, windowDays);
        }
        LocalDate on = asOf.plusDays(Math.max(1, whole));
        Outlook outlook = target.deadline() == null || !on.isAfter(target.deadline()) ? Outlook.ON_TRACK : Outlook.LATE;
        return new Projection(outlook, on, da, db, windowDays);
    }
}
