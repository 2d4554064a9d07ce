package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.calendar.LunarTable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), as used for Tết and Hùng Kings' day.
 *
 * <p>Months begin on the local day of the new moon; the month holding the December solstice is month 11; in a year
 * of 13 months the first month without a major solar term is a leap month (tháng nhuận) repeating the previous
 * month's number. Vietnam reckons local days at UTC+7 since 1968 (UTC+8 from mid-1954 to 1967, the Huế meridian
 * before), which is why Tết can differ from the Chinese New Year. Conversions are table lookups over astronomical
 * new moons and solar terms computed once (Meeus, <i>Astronomical Algorithms</i>); they agree with Time4J's
 * {@code VietnameseCalendar} on every day from 1900-01-01 to 2199-12-31, the supported solar range.
 *
 * <p>The supported range is the same at both ends in either calendar: solar 1900-01-01 to 2199-12-31, which is
 * lunar {@link #MIN 1/12/1899} to {@link #MAX 14/11/2199}; a lunar date outside it is refused even where the
 * astronomical tables could convert it, so that every lunar date this class accepts converts back.
 *
 * @param year the lunar year, named by the Gregorian year in which its month 1 begins (1899 only for the last
 *     days of lunar 1899 in January 1900)
 * @param month the month number, 1–12
 * @param leap whether this is the leap month repeating {@code month}
 * @param day the day of the month, 1–29 or 1–30
 */
public record VietnameseLunarDate(int year, int month, boolean leap, int day)
        implements Comparable<VietnameseLunarDate>, Serializable {

    /** Rejects dates that do not exist or lie outside the supported range ({@link #MIN} to {@link #MAX}). */
    public VietnameseLunarDate {
        long e = LunarTable.instance().toEpochDay(year, month, leap, day);
        boolean exists = e != Long.MIN_VALUE ? e <= LunarTable.MAX_SOLAR.toEpochDay() : isLunar1899Tail(year, month, leap, day);
        if (!exists) {
            throw new CalendarException("calendar.lunar-date", LocalizedText.of(
                    String.format(java.util.Locale.ROOT, "Ngày âm lịch %s không tồn tại hoặc nằm ngoài phạm vi hỗ trợ"
                            + " (âm lịch %s – %s, tức dương lịch %s – %s)", vi(year, month, leap, day),
                            vi(1899, 12, false, 1), vi(2199, 11, false, 14), LunarTable.MIN_SOLAR, LunarTable.MAX_SOLAR),
                    String.format(java.util.Locale.ROOT, "Lunar date %s does not exist or is outside the supported range"
                            + " (lunar %s to %s, that is solar %s to %s)", en(year, month, leap, day),
                            en(1899, 12, false, 1), en(2199, 11, false, 14), LunarTable.MIN_SOLAR, LunarTable.MAX_SOLAR)));
        }
    }

    /** The first supported date: day 1 of month 12 of lunar 1899, which is solar 1900-01-01. */
    public static final VietnameseLunarDate MIN = fromSolar(LunarTable.MIN_SOLAR);
    /** The last supported date: day 14 of month 11 of lunar 2199, which is solar 2199-12-31. */
    public static final VietnameseLunarDate MAX = fromSolar(LunarTable.MAX_SOLAR);

    private static String vi(int year, int month, boolean leap, int day) {
        return day + "/" + (leap ? "nhuận " : "") + month + "/" + year;
    }

    private static String en(int year, int month, boolean leap, int day) {
        return "day " + day + " of " + (leap ? "leap month " : "month ") + month + " of lunar year " + year;
    }

    private static boolean isLunar1899Tail(int year, int month, boolean leap, int day) {
        if (year != LunarTable.MIN_YEAR - 1 || leap || month != 12 || day < 1 || day > 30) {
            return false;
        }
        long first = LunarTable.MIN_SOLAR.toEpochDay();
        int packed = LunarTable.instance().fromEpochDay(first);
        int firstDay = packed & 127;
        long solar = first + (day - firstDay);
        if (solar < first) {
            return false;
        }
        int p = LunarTable.instance().fromEpochDay(solar);
        return p >> 16 == year && ((p >> 8) & 255) == month && (p & 127) == day;
    }

    /**
     * The lunar date of a solar date.
     *
     * @param date a date from 1900-01-01 to 2199-12-31
     * @return the lunar date
     * @throws CalendarException outside the supported range
     */
    public static VietnameseLunarDate fromSolar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(LunarTable.MIN_SOLAR) || date.isAfter(LunarTable.MAX_SOLAR)) {
            throw new CalendarException("calendar.lunar-range", LocalizedText.of(
                    "Ngày %s nằm ngoài phạm vi lịch âm được hỗ trợ (dương lịch %s – %s)",
                    "Date %s is outside the range of the lunar calendar supported (solar %s – %s)")
                    .formatted(date, LunarTable.MIN_SOLAR, LunarTable.MAX_SOLAR));
        }
        int p = LunarTable.instance().fromEpochDay(date.toEpochDay());
        return new VietnameseLunarDate(p >> 16, (p >> 8) & 255, ((p >> 7) & 1) == 1, p & 127);
    }

    /**
     * The solar date of a lunar date.
     *
     * @param year the lunar year, 1900–2199
     * @param month 1–12
     * @param leap whether the leap month
     * @param day 1–30
     * @return the solar date
     * @throws CalendarException if the lunar date does not exist
     */
    public static LocalDate toSolar(int year, int month, boolean leap, int day) {
        return new VietnameseLunarDate(year, month, leap, day).toSolar();
    }

    /**
     * The solar date of this lunar date.
     *
     * @return the solar date
     */
    public LocalDate toSolar() {
        long e = LunarTable.instance().toEpochDay(year, month, leap, day);
        if (e == Long.MIN_VALUE) {
            // lunar 1899, month 12: count back from 1900-01-01
            long first = LunarTable.MIN_SOLAR.toEpochDay();
            int firstDay = LunarTable.instance().fromEpochDay(first) & 127;
            e = first + (day - firstDay);
        }
        return LocalDate.ofEpochDay(e);
    }

    /**
     * The first day of a lunar year (Tết Nguyên đán, mùng 1 tháng Giêng).
     *
     * @param year the lunar year, 1900–2199
     * @return its solar date
     */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, false, 1);
    }

    /**
     * The leap month of a lunar year.
     *
     * @param year the lunar year, 1900–2199
     * @return the number of the repeated month, or 0 when the year has no leap month
     */
    public static int leapMonth(int year) {
        checkYear(year);
        return LunarTable.instance().leapMonth(year);
    }

    /**
     * The number of days of a lunar month.
     *
     * @param year the lunar year, 1900–2199
     * @param month 1–12
     * @param leap whether the leap month
     * @return 29 or 30
     * @throws CalendarException if the month does not exist
     */
    public static int lengthOfMonth(int year, int month, boolean leap) {
        int n = LunarTable.instance().monthLength(year, month, leap);
        if (n == 0) {
            throw new CalendarException("calendar.lunar-date", LocalizedText.of(
                    "Tháng âm lịch " + (leap ? "nhuận " : "") + month + " năm " + year + " không tồn tại",
                    "Lunar " + (leap ? "leap month " : "month ") + month + " of " + year + " does not exist"));
        }
        return n;
    }

    private static void checkYear(int year) {
        if (year < LunarTable.MIN_YEAR || year > LunarTable.MAX_YEAR) {
            throw new CalendarException("calendar.lunar-range", LocalizedText.of(
                    "Năm âm lịch %d nằm ngoài phạm vi hỗ trợ (1900–2199)", "Lunar year %d is outside the supported range (1900–2199)")
                    .formatted(year));
        }
    }

    @Override
    public int compareTo(VietnameseLunarDate o) {
        return toSolar().compareTo(o.toSolar());
    }

    /** Vietnamese style, {@code 10/3/2026} or {@code 15/nhuận 2/2023} (day/month/year). */
    @Override
    public String toString() {
        return day + "/" + (leap ? "nhuận " : "") + month + "/" + year;
    }
}
