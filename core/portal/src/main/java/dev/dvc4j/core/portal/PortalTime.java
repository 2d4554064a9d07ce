package dev.dvc4j.core.portal;

import dev.dvc4j.core.Dvc4j;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The portal's date-time codec: {@code yyyyMMddHHmmss}, fourteen digits, local time in Asia/Ho_Chi_Minh
 * ({@link Dvc4j#VIETNAM}), e.g. {@code 20260210090000} for 09:00 on 10 February 2026 (02:00 UTC).
 *
 * <p>The form has whole seconds only: {@link #format(Instant)} drops (truncates, never rounds) any fraction of a
 * second, so a dossier's instants come back from the portal at second precision. The zone's historical offsets are
 * honoured (it has been +07:00 since 1975).
 */
public final class PortalTime {

    /** The pattern, for messages and documentation. */
    public static final String PATTERN = "yyyyMMddHHmmss";

    private PortalTime() {
    }

    /**
     * Formats an instant.
     *
     * @param instant the instant
     * @return fourteen digits
     * @throws DateTimeException if the local year is outside 0000–9999
     */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, Dvc4j.VIETNAM);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new DateTimeException("year " + year + " cannot be written as " + PATTERN);
        }
        char[] c = new char[14];
        put(c, 0, year, 4);
        put(c, 4, t.getMonthValue(), 2);
        put(c, 6, t.getDayOfMonth(), 2);
        put(c, 8, t.getHour(), 2);
        put(c, 10, t.getMinute(), 2);
        put(c, 12, t.getSecond(), 2);
        return new String(c);
    }

    /**
     * Parses fourteen digits. Nothing else is accepted: no separators, no fraction, no offset.
     *
     * @param text the text
     * @return the instant
     * @throws DateTimeParseException if the text is not fourteen digits or names no real date and time
     */
    public static Instant parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 14) {
            throw new DateTimeParseException("not " + PATTERN, text, 0);
        }
        for (int i = 0; i < 14; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new DateTimeParseException("not " + PATTERN, text, i);
            }
        }
        try {
            LocalDateTime t = LocalDateTime.of(num(text, 0, 4), num(text, 4, 6), num(text, 6, 8), num(text, 8, 10),
                    num(text, 10, 12), num(text, 12, 14));
            return t.atZone(Dvc4j.VIETNAM).toInstant();
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such date-time: " + e.getMessage(), text, 0, e);
        }
    }

    /**
     * Truncates an instant to whole seconds, the precision the payload keeps.
     *
     * @param instant the instant, or {@code null}
     * @return the truncated instant, or {@code null}
     */
    public static Instant truncate(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static int num(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static void put(char[] c, int at, int v, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
