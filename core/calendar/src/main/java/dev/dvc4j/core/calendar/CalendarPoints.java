package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of the calendar (see the table of every point in {@code docs/EXTENDING.md}). Each accepts
 * named variants per agency or province.
 */
public final class CalendarPoints {

    /**
     * The working calendar: days off, make-up working days and sessions. Default: {@link WorkingCalendar#vietnam()}.
     * Read by the default {@link #DEADLINE_POLICY} (due dates and overdue checks) and by the statistics' working-time
     * measure (the on-time rate).
     */
    public static final ExtensionPoint<WorkingCalendar> WORKING_CALENDAR = ExtensionPoint.single(
            "calendar.working-calendar", WorkingCalendar.class, "0.2.0",
            LocalizedText.of("Lịch làm việc: ngày nghỉ, ngày làm bù, giờ làm việc",
                    "The working calendar: days off, make-up working days, sessions"),
            x -> WorkingCalendar.vietnam());

    /**
     * What a completed supplement does to the processing clock. Default: {@link SupplementClock#RESTART}, the rule of
     * Decision 45/2016/QĐ-TTg Art. 7(4). Read by the default {@link #DEADLINE_POLICY} and, through it, by the
     * dossiers' overdue checks and the statistics' on-time rate.
     */
    public static final ExtensionPoint<SupplementClock> SUPPLEMENT_CLOCK = ExtensionPoint.single(
            "calendar.supplement-clock", SupplementClock.class, "0.2.0",
            LocalizedText.of("Cách tính thời hạn khi hồ sơ được bổ sung", "What a completed supplement does to the clock"),
            x -> SupplementClock.RESTART);

    /**
     * How due dates are computed and lateness judged. Default: a {@link CalendarDeadlinePolicy} on the
     * {@link #WORKING_CALENDAR} and {@link #SUPPLEMENT_CLOCK} in force (for a variant, that variant's), without
     * cut-off. Read by {@code DossierWorkflow} (due dates, overdue checks) and the statistics (late and on-time
     * counts), so both agree.
     */
    public static final ExtensionPoint<DeadlinePolicy> DEADLINE_POLICY = ExtensionPoint.single(
            "calendar.deadline-policy", DeadlinePolicy.class, "0.2.0",
            LocalizedText.of("Cách tính hạn giải quyết và xác định trễ hạn", "How due dates are computed and lateness judged"),
            x -> new CalendarDeadlinePolicy(x.get(WORKING_CALENDAR), x.get(SUPPLEMENT_CLOCK)));

    private CalendarPoints() {
    }
}
