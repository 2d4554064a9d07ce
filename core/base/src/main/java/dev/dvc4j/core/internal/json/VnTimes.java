package dev.dvc4j.core.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The one time codec of dvc4j: fast ISO-8601 formatting at +07:00 and parsing of offset date-times, without
 * {@code DateTimeFormatter}, and allocation-free calendar arithmetic in Vietnam's local time. The output equals
 * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} at +07:00 (seconds always written, fraction only when non-zero,
 * without trailing zeros). Not part of the API.
 *
 * <p>Two parsing policies: {@link #parse(String)} is strict (the dossier wire format: an offset is required), and
 * {@link #parseLenientEpochSecond(byte[], int, int)} reads the forms found in statistics fact files (local times and
 * the national portal's {@code yyyyMMddHHmmss} in Vietnam time, offsets without a colon) to whole seconds, from bytes.
 *
 * <p>Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 13 June 1975, so local dates are epoch seconds
 * shifted by seven hours; dossier data predates no such change.
 */
public final class VnTimes {

    /**
     * An instant as messages show it: in Vietnam time ({@code 2026-02-13T16:00:00+07:00}), never in UTC; an instant
     * too far from today for a calendar date is shown as it is.
     *
     * @param instant the instant, may be {@code null}
     * @return the text
     */
    public static String inMessage(Instant instant) {
        if (instant == null) {
            return "null";
        }
        try {
            return format(instant);
        } catch (java.time.DateTimeException e) {
            return instant.toString();
        }
    }

    /** Vietnam's offset from UTC, +07:00, in seconds. */
    public static final int OFFSET_SECONDS = 7 * 3600;

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
        return n == -1 ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
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
        if (!fourDigitYear(days)) {
            return -1;
        }
        int secs = (int) (local - days * 86_400);
        int date = (int) civil(days);
        int year = date / 10_000;
        put4(buf, at, year);
        buf[at + 4] = '-';
        put2(buf, at + 5, date / 100 % 100);
        buf[at + 7] = '-';
        put2(buf, at + 8, date % 100);
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

    /**
     * Appends a whole-second instant at +07:00, {@code 2026-02-13T16:00:00+07:00}, as {@link #format(Instant)} would
     * write it, without building {@code java.time} objects in the common case (years 0–9999).
     *
     * @param sb the target
     * @param epochSecond the instant in seconds since the epoch
     */
    public static void append(StringBuilder sb, long epochSecond) {
        long local = epochSecond + OFFSET_SECONDS;
        long days = Math.floorDiv(local, 86_400);
        if (!fourDigitYear(days)) {
            sb.append(format(Instant.ofEpochSecond(epochSecond)));
            return;
        }
        int secs = (int) (local - days * 86_400);
        int date = (int) civil(days);
        int year = date / 10_000;
        append2(sb, year / 100);
        append2(sb, year % 100);
        sb.append('-');
        append2(sb, date / 100 % 100);
        sb.append('-');
        append2(sb, date % 100);
        sb.append('T');
        append2(sb, secs / 3600);
        sb.append(':');
        append2(sb, secs / 60 % 60);
        sb.append(':');
        append2(sb, secs % 60);
        sb.append("+07:00");
    }

    /**
     * Formats a whole-second instant at +07:00, as {@link #append(StringBuilder, long)} writes it.
     *
     * @param epochSecond the instant in seconds since the epoch
     * @return e.g. {@code 2026-02-13T16:00:00+07:00}
     */
    public static String formatEpochSecond(long epochSecond) {
        StringBuilder sb = new StringBuilder(25);
        append(sb, epochSecond);
        return sb.toString();
    }

    private static void append2(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /**
     * The civil date of an epoch day as {@code year * 10000 + month * 100 + day} (H. Hinnant's algorithm;
     * {@link LocalDate#ofEpochDay(long)} without the object). Years before 0 give a negative number: decode it with
     * {@code floorDiv} and {@code floorMod}.
     */
    private static long civil(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        long year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    /**
     * The local day of an instant in Vietnam.
     *
     * @param epochSecond the instant in seconds since the epoch
     * @return days since 1970-01-01 in Vietnam, as {@link LocalDate#toEpochDay()}
     */
    public static long localEpochDay(long epochSecond) {
        return Math.floorDiv(epochSecond + OFFSET_SECONDS, 86_400L);
    }

    /**
     * The Monday starting the ISO week of a day.
     *
     * @param epochDay an epoch day
     * @return the epoch day of that week's Monday
     */
    public static long weekStart(long epochDay) {
        // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays.
        return epochDay - Math.floorMod(epochDay + 3, 7L);
    }

    /**
     * The month of a day as {@code year * 12 + (month - 1)}.
     *
     * @param epochDay an epoch day
     * @return the month index
     */
    public static long monthIndex(long epochDay) {
        long date = civil(epochDay);
        return Math.floorDiv(date, 10_000) * 12 + Math.floorMod(date, 10_000) / 100 - 1;
    }

    private static final long MIN_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** Whether an epoch day is in years 0–9999, the years the formatters write themselves. */
    private static boolean fourDigitYear(long epochDay) {
        return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
    }

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
        return parse(Objects.requireNonNull(text, "text").toCharArray(), 0, text.length());
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
        Instant fast = fast(text, offset, length);
        return fast != null ? fast : OffsetDateTime.parse(new String(text, offset, length)).toInstant();
    }

    /**
     * Parses a date-time of a statistics fact file to whole seconds (a fraction is dropped: facts are kept to the
     * second), straight from the file's UTF-8 bytes and without building {@code java.time} objects. Besides what
     * {@link #parse(String)} accepts, it reads:
     * <ul>
     *   <li>an offset without a colon, {@code 2026-02-13T16:00:00.123+0700};</li>
     *   <li>ISO-8601 local time, {@code 2026-02-13T16:00:00}, or with a space for {@code T}: Vietnam time;</li>
     *   <li>the national portal's {@code yyyyMMddHHmmss}, {@code 20260213160000}: Vietnam time.</li>
     * </ul>
     * Years run from 0 to 9999; the date and time must exist. Any byte outside ASCII makes the text invalid.
     *
     * @param text the bytes
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the instant in seconds since the epoch
     * @throws DateTimeParseException if the text is none of these forms or names no real date and time
     */
    public static long parseLenientEpochSecond(byte[] text, int offset, int length) {
        // One flat method without loops in the common shapes: the fact readers call it for every time of every fact.
        // Each digit d is checked by (d | 9 - d) >= 0, all at once, so a valid time takes no branch per digit.
        byte[] t = text;
        int o = offset;
        if (length == 14) {
            int y0 = t[o] - '0', y1 = t[o + 1] - '0', y2 = t[o + 2] - '0', y3 = t[o + 3] - '0';
            int m0 = t[o + 4] - '0', m1 = t[o + 5] - '0', d0 = t[o + 6] - '0', d1 = t[o + 7] - '0';
            int h0 = t[o + 8] - '0', h1 = t[o + 9] - '0', n0 = t[o + 10] - '0', n1 = t[o + 11] - '0';
            int s0 = t[o + 12] - '0', s1 = t[o + 13] - '0';
            if ((y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0 | d1
                    | 9 - d1 | h0 | 9 - h0 | h1 | 9 - h1 | n0 | 9 - n0 | n1 | 9 - n1 | s0 | 9 - s0 | s1 | 9 - s1) < 0) {
                throw invalid(t, o, length);
            }
            return lenient(t, o, length, y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1,
                    h0 * 10 + h1, n0 * 10 + n1, s0 * 10 + s1, OFFSET_SECONDS);
        }
        if (length < 19 || t[o + 4] != '-' || t[o + 7] != '-' || (t[o + 10] != 'T' && t[o + 10] != ' ')
                || t[o + 13] != ':' || t[o + 16] != ':') {
            throw invalid(t, o, length);
        }
        int y0 = t[o] - '0', y1 = t[o + 1] - '0', y2 = t[o + 2] - '0', y3 = t[o + 3] - '0';
        int m0 = t[o + 5] - '0', m1 = t[o + 6] - '0', d0 = t[o + 8] - '0', d1 = t[o + 9] - '0';
        int h0 = t[o + 11] - '0', h1 = t[o + 12] - '0', n0 = t[o + 14] - '0', n1 = t[o + 15] - '0';
        int s0 = t[o + 17] - '0', s1 = t[o + 18] - '0';
        if ((y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0 | d1
                | 9 - d1 | h0 | 9 - h0 | h1 | 9 - h1 | n0 | 9 - n0 | n1 | 9 - n1 | s0 | 9 - s0 | s1 | 9 - s1) < 0) {
            throw invalid(t, o, length);
        }
        int end = o + length;
        int i = o + 19;
        int zone;
        if (i < end && t[i] == '.') {
            int start = ++i;
            while (i < end && t[i] >= '0' && t[i] <= '9') {
                i++;
            }
            if (i == start || i - start > 9) {
                throw invalid(t, o, length);
            }
        }
        if (i == end) {
            zone = OFFSET_SECONDS;
        } else if (t[i] == 'Z' && i + 1 == end) {
            zone = 0;
        } else if ((t[i] == '+' || t[i] == '-') && (end - i == 6 && t[i + 3] == ':' || end - i == 5)) {
            int oh = digits(t, o, length, i + 1, 2);
            int om = digits(t, o, length, end - 2, 2);
            if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) {
                throw invalid(t, o, length);
            }
            zone = t[i] == '-' ? -(oh * 3600 + om * 60) : oh * 3600 + om * 60;
        } else {
            throw invalid(t, o, length);
        }
        return lenient(t, o, length, y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1, h0 * 10 + h1,
                n0 * 10 + n1, s0 * 10 + s1, zone);
    }

    /**
     * Parses a string as {@link #parseLenientEpochSecond(byte[], int, int)} does.
     *
     * @param text the text
     * @return the instant in seconds since the epoch
     * @throws DateTimeParseException if the text is none of the accepted forms or names no real date and time
     */
    public static long parseLenientEpochSecond(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return parseLenientEpochSecond(b, 0, b.length);
    }

    /** ±18:00, the widest offset {@code java.time} accepts. */
    private static final int MAX_OFFSET_MINUTES = 18 * 60;

    /** The epoch second of a lenient date-time's fields at an offset from UTC, once the fields are checked. */
    private static long lenient(byte[] t, int o, int length, int year, int month, int day, int hour, int minute,
                                int second, int zone) {
        if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
                || day > monthLength(year, month)) {
            throw invalid(t, o, length);
        }
        return epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second - zone;
    }

    /** The number {@code n} digits at {@code t[at]} write; anything else makes the date-time {@code t[o..)} invalid. */
    private static int digits(byte[] t, int o, int length, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            int c = t[i];
            if (c < '0' || c > '9') {
                throw invalid(t, o, length);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static DateTimeParseException invalid(byte[] text, int offset, int length) {
        String shown = new String(text, offset, Math.min(length, 64), java.nio.charset.StandardCharsets.UTF_8);
        return new DateTimeParseException("Invalid date-time \"" + shown + "\"", shown, 0);
    }

    /**
     * The common shape {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} with valid fields, or {@code null}. Not private
     * so that its test can tell the fast path from the fallback, which gives the same instants.
     */
    static Instant fast(char[] t, int o, int n) {
        if (n < 20 || t[o + 4] != '-' || t[o + 7] != '-' || t[o + 10] != 'T' || t[o + 13] != ':' || t[o + 16] != ':') {
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
        if (t[i] == '.') { // i < end: the shape has at least 20 characters
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
            if (oh < 0 || om < 0 || om >= 60 || oh * 60 + om > MAX_OFFSET_MINUTES) {
                return null;
            }
            offset = t[i] == '-' ? -(oh * 3600 + om * 60) : oh * 3600 + om * 60;
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
