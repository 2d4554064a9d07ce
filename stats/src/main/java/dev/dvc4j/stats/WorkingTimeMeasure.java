package dev.dvc4j.stats;

import dev.dvc4j.core.calendar.SupplementClock;
import java.io.Serializable;
import java.time.Instant;

/**
 * Measures the working time between two instants, in minutes. Formula 2.1 (on-time rate), formula 2.2 (average
 * resolution time) and the {@link dev.dvc4j.core.calendar.SupplementClock#SUBTRACT SUBTRACT} supplement policy need
 * it. A host passes its working calendar as a method reference, e.g. {@code calendar::workingMinutesBetween}.
 *
 * <p>The default, {@link #WALL_CLOCK}, counts every elapsed minute (no weekends, holidays or office hours): it is
 * what a report uses when no calendar is given, and it is exact and allocation-free.
 *
 * <p>The interface is {@link Serializable} so that accumulators holding a measure can be shipped between machines;
 * a method reference to a non-serializable calendar makes those accumulators non-serializable.
 */
@FunctionalInterface
public interface WorkingTimeMeasure extends Serializable {

    /**
     * Elapsed wall-clock minutes, truncated: {@code Duration.between(from, to).toMinutes()}.
     */
    WorkingTimeMeasure WALL_CLOCK = new WallClock();

    /**
     * The working minutes from {@code from} to {@code to}. Callers only ask with {@code from <= to}.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return working minutes, non-negative
     */
    long minutesBetween(Instant from, Instant to);

    /**
     * The same measure on epoch seconds; the default converts to {@link Instant}s, {@link #WALL_CLOCK} overrides it
     * with plain arithmetic. Accumulators call this form.
     *
     * @param fromEpochSecond the start, epoch seconds
     * @param toEpochSecond the end, epoch seconds, not before the start
     * @return working minutes, non-negative
     */
    default long minutesBetweenEpochSeconds(long fromEpochSecond, long toEpochSecond) {
        return minutesBetween(Instant.ofEpochSecond(fromEpochSecond), Instant.ofEpochSecond(toEpochSecond));
    }

    /** The wall-clock measure; a class (not a lambda) so it serialises to the singleton. */
    final class WallClock implements WorkingTimeMeasure {
        private static final long serialVersionUID = 1L;

        private WallClock() {
        }

        @Override
        public long minutesBetween(Instant from, Instant to) {
            return minutesBetweenEpochSeconds(from.getEpochSecond(), to.getEpochSecond());
        }

        @Override
        public long minutesBetweenEpochSeconds(long fromEpochSecond, long toEpochSecond) {
            return (toEpochSecond - fromEpochSecond) / 60;
        }

        private Object readResolve() {
            return WALL_CLOCK;
        }

        @Override
        public String toString() {
            return "WALL_CLOCK";
        }
    }
}
