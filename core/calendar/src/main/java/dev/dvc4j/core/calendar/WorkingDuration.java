package dev.dvc4j.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of working time: working days, hours and minutes. A working day is as long as the calendar's daily
 * working time (8 hours by default), so a duration only becomes minutes against a calendar
 * ({@link #toMinutes(int)}).
 *
 * <p>Text form: {@code 5d}, {@code 4h}, {@code 2d4h30m}, {@code 0m}.
 *
 * @param days working days, non-negative
 * @param hours working hours, non-negative
 * @param minutes working minutes, non-negative
 */
public record WorkingDuration(int days, int hours, int minutes) implements Comparable<WorkingDuration>, Serializable {

    /** No working time. */
    public static final WorkingDuration ZERO = new WorkingDuration(0, 0, 0);

    /** Rejects negative parts. */
    public WorkingDuration {
        if (days < 0 || hours < 0 || minutes < 0) {
            throw new CalendarException("calendar.negative-duration", LocalizedText.of(
                    "Thời lượng làm việc không được âm: %d ngày %d giờ %d phút",
                    "A working duration cannot be negative: %d days %d hours %d minutes").formatted(days, hours, minutes));
        }
    }

    /**
     * Working days.
     *
     * @param days the number of days
     * @return the duration
     */
    public static WorkingDuration ofDays(int days) {
        return new WorkingDuration(days, 0, 0);
    }

    /**
     * Working hours.
     *
     * @param hours the number of hours
     * @return the duration
     */
    public static WorkingDuration ofHours(int hours) {
        return new WorkingDuration(0, hours, 0);
    }

    /**
     * Working minutes.
     *
     * @param minutes the number of minutes
     * @return the duration
     */
    public static WorkingDuration ofMinutes(int minutes) {
        return new WorkingDuration(0, 0, minutes);
    }

    /**
     * Splits a number of working minutes into days, hours and minutes for a working day of the given length.
     *
     * @param totalMinutes the minutes, non-negative
     * @param minutesPerDay the length of a working day in minutes, positive
     * @return the normalised duration
     */
    public static WorkingDuration ofMinutes(long totalMinutes, int minutesPerDay) {
        if (totalMinutes < 0 || minutesPerDay <= 0) {
            throw new CalendarException("calendar.negative-duration", LocalizedText.of(
                    "Thời lượng làm việc không hợp lệ: %d phút, ngày làm việc %d phút",
                    "Invalid working duration: %d minutes with a working day of %d minutes").formatted(totalMinutes, minutesPerDay));
        }
        long d = totalMinutes / minutesPerDay;
        long rest = totalMinutes % minutesPerDay;
        return new WorkingDuration(Math.toIntExact(d), (int) (rest / 60), (int) (rest % 60));
    }

    /**
     * Parses {@code 5d}, {@code 4h}, {@code 2d4h30m}; also accepts a bare number of days ({@code "5"}).
     *
     * @param text the text
     * @return the duration
     * @throws CalendarException if malformed
     */
    @JsonCreator
    public static WorkingDuration parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT).replace(" ", "");
        int n = s.length();
        if (n >= 1 && n <= 6 && Chars.digits(s, 0, n)) {
            return ofDays(Integer.parseInt(s));
        }
        // [digits "d"][digits "h"][digits "m"], at least one part, units in that order, at most 24 characters
        String[] parts = new String[3];
        int next = 0;
        int i = 0;
        while (i < n && n <= 24) {
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int unit = i == start || i == n ? -1 : "dhm".indexOf(s.charAt(i), next);
            if (unit < 0) {
                i = start; // not a part: the text is malformed from here
                break;
            }
            parts[unit] = s.substring(start, i);
            next = unit + 1;
            i++;
        }
        if (n == 0 || n > 24 || i < n) {
            throw new CalendarException("calendar.duration-format", LocalizedText.of(
                    "Thời lượng \"%s\" không hợp lệ (ví dụ 5d, 4h, 2d4h30m)",
                    "Duration \"%s\" is malformed (e.g. 5d, 4h, 2d4h30m)").formatted(text));
        }
        try {
            return new WorkingDuration(part(parts[0]), part(parts[1]), part(parts[2]));
        } catch (NumberFormatException e) {
            throw new CalendarException("calendar.duration-format", LocalizedText.of(
                    "Thời lượng \"%s\" quá lớn", "Duration \"%s\" is too large").formatted(text));
        }
    }

    private static int part(String g) {
        return g == null ? 0 : Integer.parseInt(g);
    }

    /**
     * The duration in minutes for a working day of the given length.
     *
     * @param minutesPerDay minutes in one working day (480 for 8 hours)
     * @return total working minutes
     */
    public long toMinutes(int minutesPerDay) {
        return (long) days * minutesPerDay + hours * 60L + minutes;
    }

    /**
     * The sum of two durations, part by part.
     *
     * @param other the other duration
     * @return the sum
     */
    public WorkingDuration plus(WorkingDuration other) {
        return new WorkingDuration(Math.addExact(days, other.days), Math.addExact(hours, other.hours),
                Math.addExact(minutes, other.minutes));
    }

    /** @return whether this is no time at all */
    public boolean isZero() {
        return days == 0 && hours == 0 && minutes == 0;
    }

    /** Compares by total minutes at 8-hour days. */
    @Override
    public int compareTo(WorkingDuration o) {
        return Long.compare(toMinutes(480), o.toMinutes(480));
    }

    /**
     * Vietnamese text: {@code "2 ngày 3 giờ làm việc"}.
     *
     * @return the text
     */
    public String toVietnamese() {
        StringBuilder sb = new StringBuilder();
        if (days > 0) {
            sb.append(days).append(" ngày ");
        }
        if (hours > 0) {
            sb.append(hours).append(" giờ ");
        }
        if (minutes > 0 || sb.length() == 0) {
            sb.append(minutes).append(" phút ");
        }
        return sb.append("làm việc").toString();
    }

    /**
     * English text: {@code "2 working days 3 hours"}.
     *
     * @return the text
     */
    public String toEnglish() {
        StringBuilder sb = new StringBuilder();
        if (days > 0) {
            sb.append(days).append(days == 1 ? " working day" : " working days");
        }
        if (hours > 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0 || sb.length() == 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (days == 0) {
            sb.append(" of working time");
        }
        return sb.toString();
    }

    /**
     * Both texts.
     *
     * @return the duration in Vietnamese and English
     */
    public LocalizedText describe() {
        return LocalizedText.of(toVietnamese(), toEnglish());
    }

    /** The compact form, {@code 2d3h}. */
    @JsonValue
    @Override
    public String toString() {
        if (isZero()) {
            return "0m";
        }
        return (days > 0 ? days + "d" : "") + (hours > 0 ? hours + "h" : "") + (minutes > 0 ? minutes + "m" : "");
    }
}
