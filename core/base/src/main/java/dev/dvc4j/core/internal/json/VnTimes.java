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
        byte[] buf = new byte[MAX_LENGTH];
        int n = format(instant, buf, 0);
        return n < 0 ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.ofHours(7)))
                : new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The longest text {@link #format(Instant, char[])} writes: seconds, nine fraction digits and the offset. */
    public static final int MAX_LENGTH = 35;

    /**
     * Formats an instant at +07:00 into a buffer of at least {@link #MAX_LENGTH} characters.
     *
     * @param instant the instant
     * @param buf the buffer
     * @return the number of characters written, or -1 for a year outside 0–9999 (use {@link #format(Instant)})
     */
    public static int format(Instant instant, char[] buf) {
        byte[] ascii = new byte[MAX_LENGTH];
        int n = format(instant, ascii, 0);
        for (int i = 0; i < n; i++) {
            buf[i] = (char) ascii[i];
        }
        return n;
    }

    /**
     * Formats an instant at +07:00 as ASCII bytes into a buffer with at least {@link #MAX_LENGTH} bytes free.
     *
     * @param instant the instant
     * @param buf the buffer
     * @param at where to start
     * @return the number of bytes written, or -1 for a year outside 0–9999 (use {@link #format(Instant)})
     */
    public static int format(Instant instant, byte[] buf, int at) {
        long local = instant.getEpochSecond() + OFFSET_SECONDS;
        long days = Math.floorDiv(local, 86_400);
        int secs = (int) (local - days * 86_400);
        if (days < MIN_DAY || days > MAX_DAY) {
            return -1;
        }
        // civil date from the day number (H. Hinnant's algorithm; LocalDate.ofEpochDay without the object)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);
        put4(buf, at, year);
        buf[at + 4] = '-';
        put2(buf, at + 5, month);
        buf[at + 7] = '-';
        put2(buf, at + 8, day);
        buf[at + 10] = 'T';
        put2(buf, at + 11, secs / 3600);
        buf[at + 13] = ':';
        put2(buf, at + 14, secs / 60 % 60);
        buf[at + 16] = ':';
        put2(buf, at + 17, secs % 60);
        int i = at + 19;
        int nano = instant.getNano();
        if (nano != 0) {
            // as ISO_OFFSET_DATE_TIME: the fraction with its trailing zeros removed
            buf[i++] = '.';
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            for (int k = i + width - 1; k >= i; k--) {
                buf[k] = (byte) ('0' + nano % 10);
                nano /= 10;
            }
            i += width;
        }
        buf[i] = '+';
        buf[i + 1] = '0';
        buf[i + 2] = '7';
        buf[i + 3] = ':';
        buf[i + 4] = '0';
        buf[i + 5] = '0';
        return i + 6 - at;
    }

    private static final long MIN_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private static void put2(byte[] buf, int at, int v) {
        buf[at] = (byte) ('0' + v / 10);
        buf[at + 1] = (byte) ('0' + v % 10);
    }

    private static void put4(byte[] buf, int at, int v) {
        put2(buf, at, v / 100);
        put2(buf, at + 2, v % 100);
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
        if (n >= 20 && n <= MAX_LENGTH) {
            char[] buf = new char[n];
            text.getChars(0, n, buf, 0);
            Instant fast = fast(buf, 0, n);
            if (fast != null) {
                return fast;
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /**
     * Parses an ISO-8601 offset date-time from a slice of characters (a JSON parser's buffer), without making a
     * string in the common shape.
     *
     * @param text the characters
     * @param offset where the value starts
     * @param length its length
     * @return the instant
     * @throws DateTimeParseException if malformed
     */
    public static Instant parse(char[] text, int offset, int length) {
        Instant fast = length >= 20 ? fast(text, offset, length) : null;
        return fast != null ? fast : OffsetDateTime.parse(new String(text, offset, length)).toInstant();
    }

    /** The common shape {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} with valid fields, or {@code null}. */
    private static Instant fast(char[] t, int o, int n) {
        if (t[o + 4] != '-' || t[o + 7] != '-' || t[o + 10] != 'T' || t[o + 13] != ':' || t[o + 16] != ':') {
            return null;
        }
        int year = digits(t, o, o + 4);
        int month = digits(t, o + 5, o + 7);
        int day = digits(t, o + 8, o + 10);
        int hour = digits(t, o + 11, o + 13);
        int minute = digits(t, o + 14, o + 16);
        int second = digits(t, o + 17, o + 19);
        int end = o + n;
        int i = o + 19;
        int nano = 0;
        if (i < end && t[i] == '.') {
            int start = ++i;
            while (i < end && t[i] >= '0' && t[i] <= '9') {
                i++;
            }
            int len = i - start;
            if (len < 1 || len > 9) {
                return null;
            }
            nano = digits(t, start, i);
            for (int k = len; k < 9; k++) {
                nano *= 10;
            }
        }
        int offset;
        if (i == end - 1 && t[i] == 'Z') {
            offset = 0;
        } else if (i == end - 6 && (t[i] == '+' || t[i] == '-') && t[i + 3] == ':') {
            int oh = digits(t, i + 1, i + 3);
            int om = digits(t, i + 4, i + 6);
            if (oh < 0 || om < 0 || oh > 18 || om >= 60) {
                return null;
            }
            offset = (oh * 3600 + om * 60) * (t[i] == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > monthLength(year, month)) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second - offset, nano);
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days from 1970-01-01 to a valid proleptic Gregorian date of year 0–9999 (as {@link LocalDate#toEpochDay()}). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
