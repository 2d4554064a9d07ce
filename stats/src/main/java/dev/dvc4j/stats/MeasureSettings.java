package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.SupplementClock;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How formulas 2.1 and 2.2 measure time.
 *
 * <ul>
 *   <li>{@code asOf}: the end of the reporting period; a dossier still open then (or finished after it) is
 *       measured as of that moment.</li>
 *   <li>{@code supplementClock}: {@link SupplementClock#SUBTRACT} (the portal's formula: completed supplement
 *       intervals do not count) or {@link SupplementClock#RESTART} (Decision 45/2016 Art. 7 cl. 4: the clock
 *       restarts when the last supplement is complete). Under both, a dossier with one open supplement request
 *       is measured as ended at that request and one with more than one open request counts as late.</li>
 *   <li>{@code measure}: working minutes between two instants; {@link WorkingTimeMeasure#WALL_CLOCK} by
 *       default.</li>
 *   <li>{@code earlyMarginMinutes}: a finished dossier is "early" when it used at most its allowed time minus
 *       this margin (default 480, one 8-hour working day; the margin is not set by any text seen, so it is a
 *       setting).</li>
 * </ul>
 *
 * @param asOf the end of the period
 * @param supplementClock the supplement policy
 * @param measure the working-time measure
 * @param earlyMarginMinutes the margin for "early", non-negative, in the measure's minutes
 */
public record MeasureSettings(Instant asOf, SupplementClock supplementClock, WorkingTimeMeasure measure,
                              long earlyMarginMinutes) implements Serializable {

    /** The default early margin: one 8-hour working day. */
    public static final long DEFAULT_EARLY_MARGIN_MINUTES = 480;

    /** Validates the settings and truncates {@code asOf} to the second. */
    public MeasureSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(supplementClock, "supplementClock");
        Objects.requireNonNull(measure, "measure");
        asOf = Instant.ofEpochSecond(asOf.getEpochSecond());
        if (earlyMarginMinutes < 0) {
            throw new StatsException("stats.settings.invalid", LocalizedText.of(
                    "Ngưỡng sớm hạn không được âm: %d", "The early margin cannot be negative: %d")
                    .formatted(earlyMarginMinutes));
        }
    }

    /**
     * The portal's defaults: subtract supplements, wall-clock time, a one-working-day early margin.
     *
     * @param asOf the end of the period
     * @return the settings
     */
    public static MeasureSettings of(Instant asOf) {
        return new MeasureSettings(asOf, SupplementClock.SUBTRACT, WorkingTimeMeasure.WALL_CLOCK,
                DEFAULT_EARLY_MARGIN_MINUTES);
    }

    /**
     * A copy with another supplement policy.
     *
     * @param clock the policy
     * @return the settings
     */
    public MeasureSettings withSupplementClock(SupplementClock clock) {
        return new MeasureSettings(asOf, clock, measure, earlyMarginMinutes);
    }

    /**
     * A copy with another working-time measure, e.g. {@code calendar::workingMinutesBetween}.
     *
     * @param m the measure
     * @return the settings
     */
    public MeasureSettings withMeasure(WorkingTimeMeasure m) {
        return new MeasureSettings(asOf, supplementClock, m, earlyMarginMinutes);
    }

    /**
     * A copy with another early margin.
     *
     * @param minutes the margin
     * @return the settings
     */
    public MeasureSettings withEarlyMarginMinutes(long minutes) {
        return new MeasureSettings(asOf, supplementClock, measure, minutes);
    }
}
