package dev.dvc4j.stats.internal;


/**
 * Parses and formats the date-times found in fact files without building {@code java.time} objects:
 * <ul>
 *   <li>ISO-8601 with an offset: {@code 2026-02-13T16:00:00+07:00}, {@code 2026-02-13T09:00:00Z},
 *       {@code 2026-02-13T16:00:00.123+0700} (fraction ignored: facts are kept to the second);</li>
 *   <li>ISO-8601 local, {@code 2026-02-13T16:00:00} or with a space for {@code T}: Vietnam time;</li>
 *   <li>the national portal's {@code yyyyMMddHHmmss}: Vietnam time.</li>
 * </ul>
 */
public final class FastTime {

    private FastTime() {
    }

    /**
     * Parses a date-time to epoch seconds.
     *
     * @param s the characters
     * @param off the first character
     * @param len the number of characters
     * @return epoch seconds
     * @throws IllegalArgumentException if the text is not one of the accepted forms or not a valid date-time
     */
    public static long parse(char[] s, int off, int len) {
        if (len == 14) {
            for (int i = 0; i < 14; i++) {
                if (s[off + i] < '0' || s[off + i] > '9') {
                    throw bad(s, off, len);
                }
            }
            return of(num(s, off, 4), num(s, off + 4, 2), num(s, off + 6, 2), num(s, off + 8, 2),
                    num(s, off + 10, 2), num(s, off + 12, 2), VnDates.OFFSET_SECONDS, s, off, len);
        }
        if (len < 19 || s[off + 4] != '-' || s[off + 7] != '-' || (s[off + 10] != 'T' && s[off + 10] != ' ')
                || s[off + 13] != ':' || s[off + 16] != ':') {
            throw bad(s, off, len);
        }
        int year = digits(s, off, 4);
        int month = digits(s, off + 5, 2);
        int day = digits(s, off + 8, 2);
        int hour = digits(s, off + 11, 2);
        int minute = digits(s, off + 14, 2);
        int second = digits(s, off + 17, 2);
        int i = off + 19;
        int end = off + len;
        if (i < end && s[i] == '.') {
            i++;
            int start = i;
            while (i < end && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
            if (i == start || i - start > 9) {
                throw bad(s, off, len);
            }
        }
        long offset;
        if (i == end) {
            offset = VnDates.OFFSET_SECONDS;
        } else if (s[i] == 'Z' && i + 1 == end) {
            offset = 0;
        } else if ((s[i] == '+' || s[i] == '-') && (end - i == 6 && s[i + 3] == ':' || end - i == 5)) {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, end - 2, 2);
            if (oh > 18 || om > 59) {
                throw bad(s, off, len);
            }
            offset = (oh * 3600L + om * 60L) * (s[i] == '-' ? -1 : 1);
        } else {
            throw bad(s, off, len);
        }
        return of(year, month, day, hour, minute, second, offset, s, off, len);
    }

    /**
     * Parses a string.
     *
     * @param text the text
     * @return epoch seconds
     * @throws IllegalArgumentException if invalid
     */
    public static long parse(String text) {
        char[] c = text.toCharArray();
        return parse(c, 0, c.length);
    }

    private static long of(int year, int month, int day, int hour, int minute, int second, long offset, char[] s,
                           int off, int len) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            throw bad(s, off, len);
        }
        return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offset;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Howard Hinnant's days_from_civil. */
    private static long epochDay(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int digits(char[] s, int off, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s[off + i];
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int num(char[] s, int off, int n) {
        return digits(s, off, n);
    }

    private static IllegalArgumentException bad(char[] s, int off, int len) {
        return new IllegalArgumentException("Invalid date-time \"" + new String(s, off, Math.min(len, 64)) + "\"");
    }

    /**
     * Formats epoch seconds as ISO-8601 with Vietnam's offset, {@code 2026-02-13T16:00:00+07:00}.
     *
     * @param epochSecond the instant
     * @return the text
     */
    public static String format(long epochSecond) {
        StringBuilder sb = new StringBuilder(25);
        append(sb, epochSecond);
        return sb.toString();
    }

    /**
     * Appends epoch seconds as {@code yyyy-MM-ddTHH:mm:ss+07:00} without building {@code java.time} objects.
     *
     * @param sb the target
     * @param epochSecond the instant
     */
    public static void append(StringBuilder sb, long epochSecond) {
        long local = epochSecond + VnDates.OFFSET_SECONDS;
        long day = Math.floorDiv(local, 86_400L);
        long sod = local - day * 86_400L;
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        pad(sb, y, 4).append('-');
        pad(sb, m, 2).append('-');
        pad(sb, d, 2).append('T');
        pad(sb, sod / 3600, 2).append(':');
        pad(sb, sod / 60 % 60, 2).append(':');
        pad(sb, sod % 60, 2).append("+07:00");
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
