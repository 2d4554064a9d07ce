package dev.dvc4j.testkit.calendar;

import dev.dvc4j.core.calendar.CalendarException;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks behind {@link WorkingCalendarContract}, callable on their own. Each throws {@link AssertionError}
 * naming the first problem.
 */
public final class WorkingCalendarChecks {

    private WorkingCalendarChecks() {
    }

    /**
     * Adding then measuring gives back the duration, and the due time is the earliest such instant: the minute
     * before it is working time.
     *
     * @param calendar the calendar
     * @param start a start instant inside the calendar's range
     * @param minutes working minutes to add
     */
    public static void addAndMeasureAgree(WorkingCalendar calendar, Instant start, long minutes) {
        Instant due = calendar.plusMinutes(start, minutes);
        long measured = calendar.workingMinutesBetween(start, due);
        if (measured != minutes) {
            throw new AssertionError("measure(" + start + ", plus(" + start + ", " + minutes + " min)) = " + measured + " min");
        }
        if (minutes > 0 && calendar.workingMinutesBetween(due.minus(Duration.ofMinutes(1)), due) != 1) {
            throw new AssertionError("due time " + due + " for " + start + " + " + minutes + " min does not end a working minute");
        }
    }

    /**
     * Later starts and longer durations never give earlier due times.
     *
     * @param calendar the calendar
     * @param start a start instant
     * @param laterBy how much later the second start is
     * @param minutes working minutes
     * @param moreMinutes extra working minutes for the second duration
     */
    public static void dueTimesAreMonotonic(WorkingCalendar calendar, Instant start, Duration laterBy, long minutes, long moreMinutes) {
        Objects.requireNonNull(laterBy, "laterBy");
        Instant a = calendar.plusMinutes(start, minutes);
        Instant b = calendar.plusMinutes(start.plus(laterBy), minutes);
        Instant c = calendar.plusMinutes(start, minutes + moreMinutes);
        if (b.isBefore(a) || c.isBefore(a)) {
            throw new AssertionError("due times are not monotonic from " + start + ": " + a + ", " + b + ", " + c);
        }
    }

    /**
     * Every national day off is also a day off in the vendor's calendar: a province may add days off, not remove
     * the nation's.
     *
     * @param calendar the vendor's calendar
     * @param national the national calendar
     * @param fromYear first year checked
     * @param toYear last year checked
     */
    public static void keepsNationalDaysOff(WorkingCalendar calendar, WorkingCalendar national, int fromYear, int toYear) {
        List<LocalDate> lost = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (HolidayEntry e : national.holidays(y)) {
                if (e.kind() == HolidayEntry.Kind.DAY_OFF && calendar.isWorkingDay(e.date())) {
                    lost.add(e.date());
                }
            }
        }
        if (!lost.isEmpty()) {
            throw new AssertionError("national days off that are working days in this calendar: " + lost);
        }
    }

    /**
     * Every listed day off and make-up working day names its legal basis and source.
     *
     * @param calendar the calendar
     * @param fromYear first year checked
     * @param toYear last year checked
     */
    public static void everyEntryNamesItsBasis(WorkingCalendar calendar, int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            for (HolidayEntry e : calendar.holidays(y)) {
                if (e.legalBasis().isBlank() || e.source().isBlank() || e.name().vi().isBlank() || e.name().en().isBlank()) {
                    throw new AssertionError("entry without basis, source or name in both languages: " + e);
                }
                boolean working = calendar.isWorkingDay(e.date());
                if (working != (e.kind() == HolidayEntry.Kind.WORKING_DAY)) {
                    throw new AssertionError("entry " + e + " disagrees with isWorkingDay = " + working);
                }
            }
        }
    }

    /**
     * Every year in the calendar's range has working days, and every working day has working time.
     *
     * @param calendar the calendar
     */
    public static void everyYearHasWorkingTime(WorkingCalendar calendar) {
        for (int y = calendar.firstDate().getYear(); y <= calendar.lastDate().getYear(); y++) {
            LocalDate first;
            try {
                first = calendar.workingDayOnOrAfter(LocalDate.of(y, 1, 1));
            } catch (CalendarException noneLeft) {
                throw new AssertionError("no working day in " + y, noneLeft);
            }
            if (first.getYear() != y) {
                throw new AssertionError("no working day in " + y);
            }
            if (!calendar.endOfWorkingDay(first).isAfter(calendar.startOfWorkingDay(first))) {
                throw new AssertionError("working day " + first + " has no working time");
            }
        }
    }
}
