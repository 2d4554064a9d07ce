package dev.dvc4j.core.internal.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The Vietnamese lunisolar calendar as a table of month starts, computed once from astronomy.
 *
 * <p>Rules (the common East Asian rules, as used in Vietnam): a month begins on the local day of a new moon; the
 * month containing the December solstice is month 11; when the span from one month 11 to the next holds 13 months,
 * the first of them without a major solar term (the sun's longitude crossing a multiple of 30°) is a leap month and
 * repeats the previous month's number; the lunar year begins with month 1. Local days are reckoned at the meridian in
 * use at the time, as Time4J and Wikipedia describe it: 107°35′ E (Huế, UTC+7:10:20) until 1954-06-30, UTC+8 from
 * 1954-07-01 to 1967-12-31, and UTC+7 from 1968 on.
 *
 * <p>The table covers the months from month 11 of 1898 to month 10 of 2200, about 3,740 months (30 KB), so every
 * solar day 1900–2199 converts with one binary search.
 */
public final class LunarTable {

    /** First solar date supported by conversions. */
    public static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    /** Last solar date supported by conversions. */
    public static final LocalDate MAX_SOLAR = LocalDate.of(2199, 12, 31);
    /** First lunar year supported by {@link #toEpochDay(int, int, boolean, int)}. */
    public static final int MIN_YEAR = 1900;
    /** Last lunar year supported by {@link #toEpochDay(int, int, boolean, int)}. */
    public static final int MAX_YEAR = 2199;

    private static final long SWITCH_1954 = LocalDate.of(1954, 7, 1).toEpochDay();
    private static final long SWITCH_1968 = LocalDate.of(1968, 1, 1).toEpochDay();
    private static final int FIRST_SUI_YEAR = 1899;
    private static final int LAST_SUI_YEAR = 2200;

    private static final LunarTable INSTANCE = new LunarTable();

    /** Start epoch day of each month; one more entry than months (the end of the last month). */
    private final int[] monthStart;
    /** year * 32 + month * 2 + (leap ? 1 : 0), per month. */
    private final int[] monthCode;
    /** Index of month 1 of each lunar year from FIRST_SUI_YEAR - 1. */
    private final int[] yearFirstMonth;

    private LunarTable() {
        int kFirst = (int) Math.floor((LocalDate.of(FIRST_SUI_YEAR - 1, 10, 1).toEpochDay() + JD_OFFSET - 2451550.09766)
                / 29.530588861);
        int kLast = (int) Math.ceil((LocalDate.of(LAST_SUI_YEAR + 1, 2, 1).toEpochDay() + JD_OFFSET - 2451550.09766)
                / 29.530588861);
        int[] nm = new int[kLast - kFirst + 1];
        for (int k = kFirst; k <= kLast; k++) {
            double jdUt = Astronomy.toUt(Astronomy.newMoonJde(k));
            long utDay = (long) Math.floor(jdUt - Astronomy.JD_UNIX_EPOCH);
            nm[k - kFirst] = (int) Math.floor(jdUt - Astronomy.JD_UNIX_EPOCH + offsetSeconds(utDay) / 86400.0);
        }
        int[] m11 = new int[LAST_SUI_YEAR - FIRST_SUI_YEAR + 2];
        for (int y = FIRST_SUI_YEAR - 1; y <= LAST_SUI_YEAR; y++) {
            long solstice = solsticeDay(y);
            int idx = Arrays.binarySearch(nm, (int) solstice);
            if (idx < 0) {
                idx = -idx - 2;
            }
            m11[y - FIRST_SUI_YEAR + 1] = idx;
        }
        int first = m11[0];
        int last = m11[m11.length - 1];
        int count = last - first;
        monthStart = new int[count + 1];
        monthCode = new int[count];
        System.arraycopy(nm, first, monthStart, 0, count + 1);
        yearFirstMonth = new int[LAST_SUI_YEAR - FIRST_SUI_YEAR + 2];
        Arrays.fill(yearFirstMonth, -1);
        for (int s = 1; s < m11.length; s++) {
            int y = FIRST_SUI_YEAR + s - 1;
            int a = m11[s - 1] - first;
            int b = m11[s] - first;
            int leapAt = -1;
            if (b - a == 13) {
                for (int j = a + 1; j < b; j++) {
                    if (!hasMajorTerm(monthStart[j], monthStart[j + 1])) {
                        leapAt = j;
                        break;
                    }
                }
            } else if (b - a != 12) {
                throw new IllegalStateException("lunar year " + y + " has " + (b - a) + " months");
            }
            int number = 10;
            for (int j = a; j < b; j++) {
                boolean leap = j == leapAt;
                if (!leap) {
                    number = number == 12 ? 1 : number + 1;
                }
                int lunarYear = number >= 11 && j - a < 4 ? y - 1 : y;
                monthCode[j] = lunarYear * 32 + number * 2 + (leap ? 1 : 0);
                if (number == 1 && !leap) {
                    yearFirstMonth[y - FIRST_SUI_YEAR + 1] = j;
                }
            }
        }
    }

    private static final double JD_OFFSET = Astronomy.JD_UNIX_EPOCH;

    /**
     * The shared table.
     *
     * @return the table
     */
    public static LunarTable instance() {
        return INSTANCE;
    }

    /**
     * The UTC offset used for the calendar on a day.
     *
     * @param epochDay the day
     * @return the offset in seconds
     */
    static int offsetSeconds(long epochDay) {
        if (epochDay < SWITCH_1954) {
            return 25_820; // 107°35' E
        }
        return epochDay < SWITCH_1968 ? 28_800 : 25_200;
    }

    private static double longitudeAtLocalMidnight(long epochDay) {
        double jdUt = Astronomy.JD_UNIX_EPOCH + epochDay - offsetSeconds(epochDay) / 86400.0;
        return Astronomy.sunLongitude(Astronomy.toTt(jdUt));
    }

    private static long solsticeDay(int year) {
        long d = LocalDate.of(year, 12, 18).toEpochDay();
        while (!(longitudeAtLocalMidnight(d + 1) >= 270.0)) {
            d++;
        }
        return d;
    }

    private static boolean hasMajorTerm(long startDay, long endDay) {
        int a = (int) Math.floor(longitudeAtLocalMidnight(startDay) / 30.0);
        int b = (int) Math.floor(longitudeAtLocalMidnight(endDay) / 30.0);
        return a != b;
    }

    /**
     * The index of the month containing a day, or -1 outside the table.
     *
     * @param epochDay the day
     * @return the month index
     */
    private int monthIndex(long epochDay) {
        if (epochDay < monthStart[0] || epochDay >= monthStart[monthStart.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(monthStart, (int) epochDay);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Converts a solar day, packing the lunar date as {@code year << 16 | month << 8 | leap << 7 | day}.
     *
     * @param epochDay the solar day (must be within {@link #MIN_SOLAR}..{@link #MAX_SOLAR})
     * @return the packed lunar date
     */
    public int fromEpochDay(long epochDay) {
        int i = monthIndex(epochDay);
        if (i < 0) {
            throw new IllegalArgumentException("out of table: " + epochDay);
        }
        int code = monthCode[i];
        int day = (int) (epochDay - monthStart[i]) + 1;
        return (code >> 5) << 16 | ((code >> 1) & 15) << 8 | (code & 1) << 7 | day;
    }

    /**
     * The solar day of a lunar date, or {@code Long.MIN_VALUE} if no such lunar date exists.
     *
     * @param year the lunar year, {@link #MIN_YEAR}..{@link #MAX_YEAR}
     * @param month 1..12
     * @param leap whether the leap month
     * @param day 1..30
     * @return the epoch day, or {@code Long.MIN_VALUE}
     */
    public long toEpochDay(int year, int month, boolean leap, int day) {
        int i = monthOf(year, month, leap);
        if (i < 0 || day < 1 || day > monthStart[i + 1] - monthStart[i]) {
            return Long.MIN_VALUE;
        }
        return monthStart[i] + day - 1L;
    }

    /**
     * The length of a lunar month, or 0 if it does not exist.
     *
     * @param year the lunar year
     * @param month 1..12
     * @param leap whether the leap month
     * @return 29, 30 or 0
     */
    public int monthLength(int year, int month, boolean leap) {
        int i = monthOf(year, month, leap);
        return i < 0 ? 0 : monthStart[i + 1] - monthStart[i];
    }

    /**
     * The leap month of a lunar year.
     *
     * @param year the lunar year
     * @return the number of the month that is repeated, or 0 if the year has none
     */
    public int leapMonth(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return 0;
        }
        int i = yearFirstMonth[year - FIRST_SUI_YEAR + 1];
        for (int j = i; j < i + 13 && j < monthCode.length && monthCode[j] >> 5 == year; j++) {
            if ((monthCode[j] & 1) == 1) {
                return (monthCode[j] >> 1) & 15;
            }
        }
        return 0;
    }

    private int monthOf(int year, int month, boolean leap) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return -1;
        }
        int want = year * 32 + month * 2 + (leap ? 1 : 0);
        int i = yearFirstMonth[year - FIRST_SUI_YEAR + 1];
        for (int j = i; j < i + 13 && j < monthCode.length; j++) {
            if (monthCode[j] == want) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Bytes held by the table's arrays (for the memory figures in BENCHMARKS.md).
     *
     * @return the approximate retained size
     */
    public long retainedBytes() {
        return 16L + 4L * monthStart.length + 16 + 4L * monthCode.length + 16 + 4L * yearFirstMonth.length;
    }
}
