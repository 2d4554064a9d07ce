package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A working session of a day, such as 07:30–11:30. Working time within it is {@code [start, end)}; a due time may
 * land exactly on {@code end}.
 *
 * @param start the first working minute
 * @param end the end of the session, after {@code start}
 */
public record WorkingSession(LocalTime start, LocalTime end) implements Serializable {

    /** Rejects empty or inverted sessions and sessions with seconds. */
    public WorkingSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new CalendarException("calendar.session-empty", LocalizedText.of(
                    "Ca làm việc %s–%s rỗng hoặc ngược", "Working session %s–%s is empty or inverted").formatted(start, end));
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new CalendarException("calendar.session-precision", LocalizedText.of(
                    "Ca làm việc %s–%s phải tính theo phút", "Working session %s–%s must be in whole minutes").formatted(start, end));
        }
    }

    /**
     * A session from hours and minutes.
     *
     * @param startHour start hour
     * @param startMinute start minute
     * @param endHour end hour
     * @param endMinute end minute
     * @return the session
     */
    public static WorkingSession of(int startHour, int startMinute, int endHour, int endMinute) {
        return new WorkingSession(LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute));
    }

    /**
     * Parses {@code "07:30-11:30"}.
     *
     * @param text the text
     * @return the session
     */
    public static WorkingSession parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] p = text == null ? new String[0] : text.strip().split("\\s*[-–]\\s*");
        try {
            if (p.length == 2) {
                return new WorkingSession(LocalTime.parse(p[0]), LocalTime.parse(p[1]));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // fall through
        }
        throw new CalendarException("calendar.session-format", LocalizedText.of(
                "Ca làm việc \"%s\" không hợp lệ (ví dụ 07:30-11:30)", "Working session \"%s\" is malformed (e.g. 07:30-11:30)")
                .formatted(text));
    }

    /** @return the length in minutes */
    public int minutes() {
        return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
    }

    /** {@code 07:30-11:30}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
