package dev.dvc4j.stats.internal;

/**
 * Allocation-free calendar arithmetic in Vietnam's local time. Asia/Ho_Chi_Minh has been UTC+7 without daylight
 * saving since 13 June 1975, so local dates are epoch seconds shifted by 7 hours; dossier data predates no such
 * change.
 */
public final class VnDates {

    /** UTC+7 in seconds. */
    public static final long OFFSET_SECONDS = 7 * 3600;

    private VnDates() {
    }

    /**
     * The local epoch day.
     *
     * @param epochSecond an instant
     * @return days since 1970-01-01 in Vietnam
     */
    public static long epochDay(long epochSecond) {
        return Math.floorDiv(epochSecond + OFFSET_SECONDS, 86_400L);
    }

    /**
     * The Monday starting the ISO week of a local day.
     *
     * @param epochDay a local epoch day
     * @return the epoch day of that week's Monday
     */
    public static long weekStart(long epochDay) {
        // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays.
        return epochDay - Math.floorMod(epochDay + 3, 7L);
    }

    /**
     * The month of a local day as {@code year * 12 + (month - 1)}.
     *
     * @param epochDay a local epoch day
     * @return the month index
     */
    public static long monthIndex(long epochDay) {
        // Howard Hinnant's civil_from_days.
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        return y * 12 + (m - 1);
    }
}
