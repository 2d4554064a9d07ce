package dev.dvc4j.testkit.internal;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * When a one-stop unit works and when people file, for testkit's synthetic generators: counters are open on working
 * days from 07:30 to 11:30 and 13:00 to 17:00 (Vietnam time); online filings also come in the evening and on days
 * off. Times are epoch seconds at +07:00 (Vietnam's offset since 1975), so millions of draws build no
 * {@code java.time} objects but the working-day test's dates. Not part of the API.
 */
public final class OfficeHours {

    private static final long OFFSET = 7 * 3600;
    private static final int MORNING_START = 7 * 3600 + 30 * 60;
    private static final int MORNING_END = 11 * 3600 + 30 * 60;
    private static final int AFTERNOON_START = 13 * 3600;
    private static final int AFTERNOON_END = 17 * 3600;
    private static final int SESSION = 4 * 3600;

    private final Predicate<LocalDate> workingDay;

    /**
     * Office hours on the given working days.
     *
     * @param workingDay which days are working days
     */
    public OfficeHours(Predicate<LocalDate> workingDay) {
        this.workingDay = Objects.requireNonNull(workingDay, "workingDay");
    }

    /**
     * A filing time on a day: counter and postal filings in office hours on the day or, if it is a day off, on the
     * next working day; online filings also at any time from 06:00 to 22:59, on days off too (about a third of
     * those stay on the day off).
     *
     * @param r the random source
     * @param day the day drawn for the filing
     * @param channel the channel
     * @return the filing time in epoch seconds
     */
    public long filingTime(RandomGenerator r, LocalDate day, Channel channel) {
        boolean online = channel == Channel.ONLINE;
        if (!workingDay.test(day) && !(online && SyntheticDraws.chance(r, 35))) {
            day = nextWorkingDay(day);
        }
        int second;
        if (online && (SyntheticDraws.chance(r, 30) || !workingDay.test(day))) {
            second = (6 + r.nextInt(17)) * 3600 + r.nextInt(60) * 60;
        } else {
            int minutes = r.nextInt(2 * SESSION / 60);
            second = minutes < SESSION / 60 ? MORNING_START + minutes * 60 : AFTERNOON_START + (minutes - SESSION / 60) * 60;
        }
        return day.toEpochDay() * 86_400 + second - OFFSET;
    }

    /**
     * When a dossier filed at a time is received: at the counter a few minutes later; online and postal dossiers in
     * the next office hours after a delay of up to about four hours.
     *
     * @param r the random source
     * @param channel the channel
     * @param filed the filing time (or the time the applicant last acted) in epoch seconds
     * @return the reception time in epoch seconds
     */
    public long receptionTime(RandomGenerator r, Channel channel, long filed) {
        return channel == Channel.IN_PERSON ? filed + (3 + r.nextInt(15)) * 60L
                : next(filed + (10 + r.nextInt(240)) * 60L);
    }

    /**
     * When a result is returned: online within the hour, by post in office hours a day or more later, at the counter
     * when the applicant comes, within four days.
     *
     * @param r the random source
     * @param delivery how the result is returned
     * @param ready when the result is ready, in epoch seconds
     * @return the return time in epoch seconds
     */
    public long returnTime(RandomGenerator r, ResultDelivery delivery, long ready) {
        return switch (delivery) {
            case ONLINE -> ready + (1 + r.nextInt(60)) * 60L;
            case POSTAL -> next(ready + (20 + r.nextInt(60)) * 3600L);
            case COUNTER -> next(ready + r.nextInt(96) * 3600L);
        };
    }

    /**
     * The first office-hours second at or after a time.
     *
     * @param epochSecond the time
     * @return the time itself inside office hours, else the start of the next session
     */
    public long next(long epochSecond) {
        long local = epochSecond + OFFSET;
        long epochDay = Math.floorDiv(local, 86_400);
        int second = (int) (local - epochDay * 86_400);
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        if (!workingDay.test(day) || second >= AFTERNOON_END) {
            return nextWorkingDay(day).toEpochDay() * 86_400 + MORNING_START - OFFSET;
        }
        // in the morning session or before it; else in the afternoon session or before it
        long dayStart = epochDay * 86_400 - OFFSET;
        return dayStart + Math.max(second, second < MORNING_END ? MORNING_START : AFTERNOON_START);
    }

    /**
     * The next working day after a day (at most 60 days on, for a test that declares no working day).
     *
     * @param day the day
     * @return a later working day
     */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < 60 && !workingDay.test(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public String toString() {
        return "OfficeHours[07:30-11:30, 13:00-17:00 on working days]";
    }
}
