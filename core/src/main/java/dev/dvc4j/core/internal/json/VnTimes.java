package dev.dvc4j.core.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Fast ISO-8601 formatting at +07:00 and parsing of offset date-times, without {@code DateTimeFormatter}. The
 * output equals {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} at +07:00 (seconds always written, fraction only when
 * non-zero, without trailing zeros). Not part of the API.
 */
public final class VnTimes {

    private static final int OFFSET_SECONDS = 7 * 3600;

    private VnTimes() {
    }

    /**
     * Formats an instant at +07:00.
     *
     * @param instant the instant
     * @return e.g. {@code 2026-02-13T16:00:00+07:00}
     */
    public static String format(Instant instant) {
        long local = instant.getEpochSecond() + OFFSET_SECONDS;
        long days = Math.floorDiv(local, 86_400);
        int secs = (int) Math.floorMod(local, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.ofHours(7)).toString();
        }
        StringBuilder sb = new StringBuilder(35);
        pad(sb, year, 4).append('-');
        pad(sb, date.getMonthValue(), 2).append('-');
        pad(sb, date.getDayOfMonth(), 2).append('T');
        pad(sb, secs / 3600, 2).append(':');
        pad(sb, (secs / 60) % 60, 2).append(':');
        pad(sb, secs % 60, 2);
        int nano = instant.getNano();
        if (nano != 0) {
            // as ISO_OFFSET_DATE_TIME: the fraction with its trailing zeros removed
            sb.append('.');
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            pad(sb, nano, width);
        }
        return sb.append("+07:00").toString();
    }

    /**
     * Parses an ISO-8601 offset date-time ({@code Z} or {@code ±hh:mm}), with a fast path for the common shape.
     *
     * @param text the text
     * @return the instant
     * @throws DateTimeParseException if malformed
     */
    public static Instant parse(String text) {
        int n = text.length();
        if (n >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int i = 19;
            int nano = 0;
            if (i < n && text.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                int len = i - start;
                if (len >= 1 && len <= 9) {
                    nano = digits(text, start, i);
                    for (int k = len; k < 9; k++) {
                        nano *= 10;
                    }
                } else {
                    year = -1;
                }
            }
            int offset = Integer.MIN_VALUE;
            if (i == n - 1 && text.charAt(i) == 'Z') {
                offset = 0;
            } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
                int oh = digits(text, i + 1, i + 3);
                int om = digits(text, i + 4, i + 6);
                if (oh >= 0 && om >= 0 && oh <= 18 && om < 60) {
                    offset = (oh * 3600 + om * 60) * (text.charAt(i) == '-' ? -1 : 1);
                }
            }
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0
                    && minute <= 59 && second >= 0 && second <= 59 && offset != Integer.MIN_VALUE
                    && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset, nano);
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
