package dev.dvc4j.core.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Measures the working time between two instants, in whole minutes: what the {@link OnTimeRule} counts as time used
 * and time allowed. A {@link WorkingCalendar} is one (it counts only working sessions of working days);
 * {@link #WALL_CLOCK} counts every elapsed minute and is used only when asked for.
 *
 * <p>The interface is {@link Serializable} so that statistics holding a measure can be shipped between machines
 * (Apache Beam, Spark, Flink); {@link WorkingCalendar} serializes by its configuration.
 */
@FunctionalInterface
public interface WorkingTimeMeasure extends Serializable {

    /**
     * Elapsed wall-clock minutes, truncated: no weekends, holidays or office hours.
     */
    WorkingTimeMeasure WALL_CLOCK = new WallClock();

    /**
     * The working minutes from one instant to another, both as epoch seconds, truncated toward zero (negative when
     * {@code to} is before {@code from}).
     *
     * @param fromEpochSecond the start
     * @param toEpochSecond the end
     * @return working minutes
     */
    long minutesBetween(long fromEpochSecond, long toEpochSecond);

    /**
     * The working minutes between two instants, at second precision.
     *
     * @param from the start
     * @param to the end
     * @return working minutes
     */
    default long minutesBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return minutesBetween(from.getEpochSecond(), to.getEpochSecond());
    }

    /** The wall-clock measure; a class (not a lambda) so it serializes to the singleton. */
    final class WallClock implements WorkingTimeMeasure {
        private static final long serialVersionUID = 1L;

        private WallClock() {
        }

        @Override
        public long minutesBetween(long fromEpochSecond, long toEpochSecond) {
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
