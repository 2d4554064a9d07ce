package dev.dvc4j.testkit.calendar;

import dev.dvc4j.core.calendar.WorkingCalendar;

/** The bundled national calendar passes its own contract. */
class NationalCalendarContractTest extends WorkingCalendarContract {
    @Override
    protected WorkingCalendar calendar() {
        return WorkingCalendar.vietnam();
    }
}
