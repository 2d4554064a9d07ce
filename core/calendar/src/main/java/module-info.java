/**
 * dvc4j calendar: working-time calendars, Vietnamese holidays and the yearly announced schedules, lunar dates,
 * processing periods, deadline policies and the supplement clock.
 */
module dev.dvc4j.calendar {
    requires transitive dev.dvc4j.base;
    requires org.slf4j;

    exports dev.dvc4j.core.calendar;

}
