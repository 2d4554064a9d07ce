package dev.dvc4j.examples.vendor;

import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.testkit.calendar.WorkingCalendarContract;

/** The vendor's calendar passes testkit's calendar contract, as every vendor's should. */
class HaTinhCalendarContractTest extends WorkingCalendarContract {

    @Override
    protected WorkingCalendar calendar() {
        return HaTinhModule.calendar();
    }
}
