package dev.dvc4j.testkit.internal;

import dev.dvc4j.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The settings every seeded generator of the testkit takes — the seed, the filing period and the working days —
 * with their defaults and checks, and the way a dataset is streamed: items by index, spread evenly over the period in
 * index order. The generators' builders fill one and the generators keep a {@link #copy()}. Not part of the API.
 */
public final class SyntheticSettings {

    private long seed;
    private LocalDate from = LocalDate.of(2025, 1, 1);
    private LocalDate to = LocalDate.of(2025, 12, 31);
    private Predicate<LocalDate> workingDay = WorkingCalendar.vietnam()::isWorkingDay;

    /** Settings with the defaults: seed 0, the year 2025, the national working calendar's working days. */
    public SyntheticSettings() {
    }

    /** @return an independent copy */
    public SyntheticSettings copy() {
        SyntheticSettings c = new SyntheticSettings();
        c.seed = seed;
        c.from = from;
        c.to = to;
        c.workingDay = workingDay;
        return c;
    }

    /** @param seed the seed; the same seed gives the same data */
    public void seed(long seed) {
        this.seed = seed;
    }

    /**
     * Sets the filing period.
     *
     * @param from the first filing day
     * @param to the last filing day (inclusive)
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public void period(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        this.from = from;
        this.to = to;
    }

    /** @param workingDay which days are working days, for office hours */
    public void workingDays(Predicate<LocalDate> workingDay) {
        this.workingDay = Objects.requireNonNull(workingDay, "workingDay");
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the first filing day */
    public LocalDate from() {
        return from;
    }

    /** @return the last filing day */
    public LocalDate to() {
        return to;
    }

    /** @return office hours on these working days */
    public OfficeHours officeHours() {
        return new OfficeHours(workingDay);
    }

    /**
     * The day an item of a dataset is filed on (before office hours move it past days off).
     *
     * @param index the item's index
     * @param count the dataset's size
     * @return the day, in the period
     */
    public LocalDate filingDay(long index, long count) {
        return from.plusDays(SyntheticDraws.filingDay(index, count, ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** Makes the item of a dataset at an index. */
    @FunctionalInterface
    public interface Item<T> {
        /**
         * @param index the item's index
         * @param day the day it is filed on, from {@link #filingDay(long, long)}
         * @return the item
         */
        T make(long index, LocalDate day);
    }

    /**
     * A lazy stream of a dataset in index order.
     *
     * @param count the number of items
     * @param item makes each item
     * @param <T> the items' type
     * @return the stream, sequential and ordered
     * @throws IllegalArgumentException if the count is negative
     */
    public <T> Stream<T> stream(long count, Item<T> item) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Iterator<T> it = new Iterator<>() {
            private long i;
            private long dayIndex = -1;
            private LocalDate day;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long d = SyntheticDraws.filingDay(i, count, days);
                if (d != dayIndex) {
                    dayIndex = d;
                    day = from.plusDays(d);
                }
                return item.make(i++, day);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public String toString() {
        return "seed=" + seed + ", " + from + ".." + to;
    }
}
