package dev.dvc4j.core.calendar;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A bad duration, calendar, holiday table or instant outside a calendar's range. */
public class CalendarException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code a stable machine code
     * @param text the message
     */
    public CalendarException(String code, LocalizedText text) {
        super(code, text);
    }

    /**
     * Creates the exception with its cause (shown only with a host's debug output).
     *
     * @param code a stable machine code
     * @param text the message
     * @param cause the underlying error, or {@code null}
     */
    public CalendarException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
