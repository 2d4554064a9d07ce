package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.OnTimeRule;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.WorkingTimeMeasure;
import dev.dvc4j.core.spi.Extensions;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How formulas 2.1 (on-time rate) and 2.2 (average resolution time) measure time. The late/on-time decision itself
 * is the {@link OnTimeRule} of the calendar artifact, the same rule a dossier's overdue check uses, so a report's late
 * count agrees with the dossiers' overdue flags when both take it from one runtime ({@link #from(Extensions, Instant)}).
 *
 * <ul>
 *   <li>{@code asOf}: the end of the reporting period; a dossier still open then (or finished after it) is
 *       measured as of that moment.</li>
 *   <li>{@code supplementClock}: {@link SupplementClock#RESTART} (Decision 45/2016 Art. 7 cl. 4, the default) or
 *       {@link SupplementClock#SUBTRACT} (the portal's formula sheet).</li>
 *   <li>{@code measure}: working minutes between two instants — the working calendar in force by default;
 *       {@link WorkingTimeMeasure#WALL_CLOCK} only when asked for ({@link #wallClock(Instant)}).</li>
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
     * The settings of a runtime: the {@link OnTimeRule} of its {@link CalendarPoints#DEADLINE_POLICY} (by default
     * working time on its {@link CalendarPoints#WORKING_CALENDAR} with its {@link CalendarPoints#SUPPLEMENT_CLOCK}),
     * and a one-working-day early margin. The dossiers' overdue checks on that runtime use the same rule.
     *
     * @param dvc4j the runtime
     * @param asOf the end of the period
     * @return the settings
     */
    public static MeasureSettings from(Extensions dvc4j, Instant asOf) {
        OnTimeRule rule = Objects.requireNonNull(dvc4j, "dvc4j").get(CalendarPoints.DEADLINE_POLICY).onTimeRule();
        return new MeasureSettings(asOf, rule.supplementClock(), rule.measure(), DEFAULT_EARLY_MARGIN_MINUTES);
    }

    /**
     * The settings of one variant of a runtime (an agency or province with its own calendar or policy): the on-time
     * rule of {@code dvc4j.get(CalendarPoints.DEADLINE_POLICY, variant)}, as {@code DossierWorkflow.of(dvc4j, variant)}
     * uses for its dossiers.
     *
     * @param dvc4j the runtime
     * @param asOf the end of the period
     * @param variant the variant's key
     * @return the settings
     */
    public static MeasureSettings from(Extensions dvc4j, Instant asOf, String variant) {
        Objects.requireNonNull(variant, "variant");
        OnTimeRule rule = Objects.requireNonNull(dvc4j, "dvc4j").get(CalendarPoints.DEADLINE_POLICY, variant).onTimeRule();
        return new MeasureSettings(asOf, rule.supplementClock(), rule.measure(), DEFAULT_EARLY_MARGIN_MINUTES);
    }

    /**
     * The national defaults, as a runtime with no module has them: working time on {@link WorkingCalendar#vietnam()},
     * supplements restart the clock, a one-working-day early margin.
     *
     * @param asOf the end of the period
     * @return the settings
     */
    public static MeasureSettings of(Instant asOf) {
        return new MeasureSettings(asOf, SupplementClock.RESTART, WorkingCalendar.vietnam(), DEFAULT_EARLY_MARGIN_MINUTES);
    }

    /**
     * Elapsed wall-clock minutes with supplement intervals subtracted, as the portal's formula sheet writes it — no
     * weekends, holidays or office hours. Only for hosts (and comparisons with plain SQL) that ask for it.
     *
     * @param asOf the end of the period
     * @return the settings
     */
    public static MeasureSettings wallClock(Instant asOf) {
        return new MeasureSettings(asOf, SupplementClock.SUBTRACT, WorkingTimeMeasure.WALL_CLOCK, DEFAULT_EARLY_MARGIN_MINUTES);
    }

    /** @return the rule these settings judge lateness by */
    public OnTimeRule rule() {
        return new OnTimeRule(measure, supplementClock);
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
     * A copy with another working-time measure, e.g. a province's {@link WorkingCalendar}.
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
