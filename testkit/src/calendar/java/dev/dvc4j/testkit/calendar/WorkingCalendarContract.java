package dev.dvc4j.testkit.calendar;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The contract a vendor's {@link WorkingCalendar} must pass (a province's own days off, an agency's Saturday
 * reception). Extend it in your test sources and return your calendar:
 *
 * <pre>{@code
 * class HaTinhCalendarTest extends WorkingCalendarContract {
 *     protected WorkingCalendar calendar() { return HaTinhModule.calendar(); }
 * }
 * }</pre>
 *
 * <p>It checks that adding and measuring working time agree, that due times are monotonic, that the nation's days
 * off stay off, that every listed day names its legal basis and source, that every year has working time, and that
 * the calendar gives the same answers from many threads.
 */
public abstract class WorkingCalendarContract {

    /** First year of the holiday checks. */
    protected static final int FROM_YEAR = 2020;
    /** Last year of the holiday checks. */
    protected static final int TO_YEAR = 2026;

    /** @return the calendar under test */
    protected abstract WorkingCalendar calendar();

    /** @return the national calendar the vendor's must keep the days off of; override only for a foreign calendar */
    protected WorkingCalendar nationalCalendar() {
        return WorkingCalendar.vietnam();
    }

    private static Instant at(long minuteOf2020To2030) {
        return LocalDateTime.of(2020, 1, 1, 0, 0).atZone(Dvc4j.VIETNAM).toInstant().plus(Duration.ofMinutes(minuteOf2020To2030));
    }

    /**
     * @param minute the start, in minutes after 2020-01-01 00:00
     * @param minutes working minutes to add (up to 60 working days)
     */
    @Property(tries = 300)
    void addingThenMeasuringGivesTheDurationBack(@ForAll @LongRange(min = 0, max = 5_000_000) long minute,
                                                 @ForAll @IntRange(min = 0, max = 28_800) int minutes) {
        WorkingCalendarChecks.addAndMeasureAgree(calendar(), at(minute), minutes);
    }

    /**
     * @param minute the start
     * @param later how many minutes later the second start is
     * @param minutes the duration
     * @param more the extra duration
     */
    @Property(tries = 200)
    void dueTimesAreMonotonic(@ForAll @LongRange(min = 0, max = 5_000_000) long minute,
                              @ForAll @IntRange(min = 0, max = 20_000) int later,
                              @ForAll @IntRange(min = 0, max = 14_400) int minutes,
                              @ForAll @IntRange(min = 0, max = 4_800) int more) {
        WorkingCalendarChecks.dueTimesAreMonotonic(calendar(), at(minute), Duration.ofMinutes(later), minutes, more);
    }

    @Test
    void keepsTheNationsDaysOff() {
        WorkingCalendarChecks.keepsNationalDaysOff(calendar(), nationalCalendar(), FROM_YEAR, TO_YEAR);
    }

    @Test
    void everyListedDayNamesItsLegalBasis() {
        WorkingCalendarChecks.everyEntryNamesItsBasis(calendar(), FROM_YEAR, TO_YEAR);
    }

    @Test
    void everyYearHasWorkingTime() {
        WorkingCalendarChecks.everyYearHasWorkingTime(calendar());
    }

    @Test
    void manyThreadsGetTheSameAnswers() throws Exception {
        WorkingCalendar c = calendar();
        List<Instant> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            expected.add(c.plusMinutes(at(i * 9_973L), 480L * (i % 40)));
        }
        Callable<List<Instant>> answers = () -> {
            List<Instant> got = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                got.add(c.plusMinutes(at(i * 9_973L), 480L * (i % 40)));
            }
            return got;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<List<Instant>> f : pool.invokeAll(Collections.nCopies(4, answers), 1, TimeUnit.MINUTES)) {
                if (!f.get().equals(expected)) {
                    throw new AssertionError("the calendar gave different answers on different threads");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
