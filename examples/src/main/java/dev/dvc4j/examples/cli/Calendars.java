package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** The working calendar of a command (national, or with a vendor's holiday file) and how dates are printed. */
final class Calendars {

    private Calendars() {
    }

    /**
     * The runtime's calendar (national unless a module on the class path replaced it), with a holiday layer added
     * when a file is given.
     *
     * @param file a {@code dvc4j-holidays/1} JSON file, or {@code null}
     * @return the calendar
     */
    static WorkingCalendar calendar(String file) {
        if (file == null) {
            return Runtimes.runtime().get(CalendarPoints.WORKING_CALENDAR);
        }
        Path p = Inputs.file(file);
        try (InputStream in = Files.newInputStream(p)) {
            HolidayData layer = HolidayData.read(in);
            return Runtimes.runtime().get(CalendarPoints.WORKING_CALENDAR).toBuilder().addHolidays(layer).build();
        } catch (dev.dvc4j.core.Dvc4jException e) {
            throw new CliInputException(e.code(), dev.dvc4j.core.LocalizedText.of(
                    file + ": " + e.text().vi(), file + ": " + e.text().en()), e);
        } catch (IOException e) {
            throw Inputs.jsonProblem(file, e);
        }
    }

    /**
     * A day's name in the chosen language ("Thứ Ba", "Tuesday").
     *
     * @param day the day
     * @param o the options
     * @return the name
     */
    static String weekday(DayOfWeek day, CommonOptions o) {
        if (o.lang() == CommonOptions.Lang.EN) {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return day == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + new String[] {"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"}[day.getValue() - 1];
    }

    /**
     * An instant as a Vietnam local time with its weekday: {@code 2026-02-24 16:00 (Thứ Ba)}.
     *
     * @param t the instant
     * @param o the options
     * @return the text
     */
    static String local(Instant t, CommonOptions o) {
        ZonedDateTime z = t.atZone(Dvc4j.VIETNAM);
        return String.format(Locale.ROOT, "%s %02d:%02d (%s)", z.toLocalDate(), z.getHour(), z.getMinute(), weekday(z.getDayOfWeek(), o));
    }

    /**
     * A date with its weekday.
     *
     * @param d the date
     * @param o the options
     * @return the text
     */
    static String date(LocalDate d, CommonOptions o) {
        return d + " (" + weekday(d.getDayOfWeek(), o) + ")";
    }
}
