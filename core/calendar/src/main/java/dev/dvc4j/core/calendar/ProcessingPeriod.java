package dev.dvc4j.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.Chars;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The legal processing time of a procedure: either working time ({@code 5d}, {@code 4h}) or calendar days
 * ({@code 30cd}: some procedures count every day, not only working days).
 *
 * @param working the working-time duration, or {@code null} for calendar days
 * @param calendarDays calendar days, used when {@code working} is {@code null}
 */
public record ProcessingPeriod(@Nullable WorkingDuration working, int calendarDays) implements Serializable {

    /** Validates: exactly one kind, non-negative. */
    public ProcessingPeriod {
        if (working == null && calendarDays < 0) {
            throw new CalendarException("calendar.negative-duration", LocalizedText.of(
                    "Số ngày xử lý không được âm: %d", "Calendar days cannot be negative: %d").formatted(calendarDays));
        }
        if (working != null && calendarDays != 0) {
            throw new CalendarException("calendar.period-kind", LocalizedText.of(
                    "Thời hạn xử lý chỉ được là thời gian làm việc hoặc ngày dương lịch, không cả hai",
                    "A processing period is working time or calendar days, not both"));
        }
    }

    /**
     * Working time.
     *
     * @param duration the duration
     * @return the period
     */
    public static ProcessingPeriod working(WorkingDuration duration) {
        return new ProcessingPeriod(Objects.requireNonNull(duration, "duration"), 0);
    }

    /**
     * Working days.
     *
     * @param days the number of working days
     * @return the period
     */
    public static ProcessingPeriod workingDays(int days) {
        return working(WorkingDuration.ofDays(days));
    }

    /**
     * Calendar days.
     *
     * @param days the number of days
     * @return the period
     */
    public static ProcessingPeriod calendarDays(int days) {
        return new ProcessingPeriod(null, days);
    }

    /** @return whether this period counts working time */
    public boolean isWorkingTime() {
        return working != null;
    }

    /**
     * The period as the legal maximum of the {@link OnTimeRule}, for a dossier without a due time: working minutes
     * at the standard 8-hour working day, or {@code -1} for a calendar-day period (which has no working-time
     * equivalent, so such a dossier stays unmeasured).
     *
     * @return working minutes, or {@code -1}
     */
    public long legalMaxMinutes() {
        return working == null ? -1 : working.toMinutes(480);
    }

    /**
     * Parses {@code 5d}, {@code 2d4h} (working time) or {@code 30cd} (calendar days).
     *
     * @param text the text
     * @return the period
     */
    @JsonCreator
    public static ProcessingPeriod parse(String text) {
        String s = Objects.requireNonNull(text, "text").strip();
        int n = s.length() - 2;
        if (n >= 1 && n <= 5 && s.endsWith("cd") && Chars.digits(s, 0, n)) {
            return calendarDays(Integer.parseInt(s.substring(0, n)));
        }
        return working(WorkingDuration.parse(s));
    }

    /** @return the text form */
    @JsonValue
    @Override
    public String toString() {
        return working != null ? working.toString() : calendarDays + "cd";
    }

    /**
     * Both texts.
     *
     * @return the period in Vietnamese and English
     */
    public LocalizedText describe() {
        return working != null ? working.describe()
                : LocalizedText.of(calendarDays + " ngày", calendarDays + (calendarDays == 1 ? " day" : " days"));
    }
}
