package dev.dvc4j.core.internal.calendar;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;

/**
 * Bundled defaults of the calendar: the national {@link WorkingCalendar} under {@code (WorkingCalendar.class,
 * "default")} and a {@link CalendarDeadlinePolicy} on it (supplements restart the clock, Decision 45/2016/QĐ-TTg; no
 * cut-off) under {@code (DeadlinePolicy.class, "default")}.
 *
 * <p>A vendor that replaces the default calendar (for example with a province's days off:
 * {@code context.current(WorkingCalendar.class, "default")}, then {@code toBuilder().addHolidays(...)}) should also
 * provide a policy built on its calendar, since this module's policy keeps the national one.
 */
public final class CalendarDefaultsModule implements Dvc4jModule {

    /** The key of the national calendar and the default policy. */
    public static final String KEY = "default";

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public CalendarDefaultsModule() {
    }

    @Override
    public String name() {
        return "dvc4j-core-calendar";
    }

    @Override
    public String version() {
        return Dvc4j.VERSION;
    }

    @Override
    public int priority() {
        return PRIORITY_BUNDLED;
    }

    @Override
    public void setup(SetupContext context) {
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        context.provide(WorkingCalendar.class, KEY, calendar);
        context.provide(DeadlinePolicy.class, KEY, new CalendarDeadlinePolicy(calendar, SupplementClock.RESTART));
    }
}
