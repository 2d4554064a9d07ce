package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts and a rate per day, week or month, with gaps filled: a period with no facts appears with a count of 0
 * and a not-applicable rate. Built from a {@link GroupedAccumulator} grouped by one time dimension.
 *
 * @param granularity {@link Dimension#DAY}, {@link Dimension#WEEK} or {@link Dimension#MONTH}
 * @param metric the rate shown
 * @param points one point per period, oldest first, no gaps
 */
public record TimeSeries(Dimension granularity, Metric metric, List<Point> points) implements Serializable {

    /** Validates the granularity and copies the points. */
    public TimeSeries {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(metric, "metric");
        if (granularity == null || !granularity.isTime()) {
            throw new StatsException("stats.series.granularity", LocalizedText.of(
                    "Chuỗi thời gian cần ngày, tuần hoặc tháng", "A time series needs day, week or month"));
        }
        points = List.copyOf(points);
    }

    /**
     * One period.
     *
     * @param start the first day of the period
     * @param received dossiers received (the usual denominator)
     * @param rate the metric's rate in the period
     */
    public record Point(LocalDate start, long received, Rate rate) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Point {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * Builds a series from time groups.
     *
     * @param granularity the groups' time dimension
     * @param metric the rate to show
     * @param groups metrics per period, keyed as {@link Dimension} labels them
     * @param from the first day to show, or {@code null} for the first group's
     * @param to the last day to show, or {@code null} for the last group's
     * @return the series
     */
    public static TimeSeries of(Dimension granularity, Metric metric, Map<GroupKey, Metrics> groups, LocalDate from,
                                LocalDate to) {
        if (granularity == null || !granularity.isTime()) {
            throw new StatsException("stats.series.granularity", LocalizedText.of(
                    "Chuỗi thời gian cần ngày, tuần hoặc tháng", "A time series needs day, week or month"));
        }
        java.util.TreeMap<LocalDate, Metrics> byStart = new java.util.TreeMap<>();
        for (Map.Entry<GroupKey, Metrics> e : groups.entrySet()) {
            byStart.put(startOf(granularity, e.getKey().get(0)), e.getValue());
        }
        List<Point> points = new ArrayList<>();
        if (byStart.isEmpty() && (from == null || to == null)) {
            return new TimeSeries(granularity, metric, points);
        }
        LocalDate first = align(granularity, from != null ? from : byStart.firstKey());
        LocalDate last = align(granularity, to != null ? to : byStart.lastKey());
        for (LocalDate d = first; !d.isAfter(last); d = next(granularity, d)) {
            Metrics m = byStart.get(d);
            points.add(m == null ? new Point(d, 0, Rate.NOT_APPLICABLE) : new Point(d, m.received(), m.rate(metric)));
        }
        return new TimeSeries(granularity, metric, points);
    }

    private static LocalDate startOf(Dimension g, String label) {
        return g == Dimension.MONTH ? YearMonth.parse(label).atDay(1) : LocalDate.parse(label);
    }

    private static LocalDate align(Dimension g, LocalDate d) {
        switch (g) {
            case WEEK:
                return d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH:
                return d.withDayOfMonth(1);
            default:
                return d;
        }
    }

    private static LocalDate next(Dimension g, LocalDate d) {
        return g == Dimension.DAY ? d.plusDays(1) : g == Dimension.WEEK ? d.plusWeeks(1) : d.plusMonths(1);
    }

    /**
     * A trailing moving average over {@code window} periods (fewer at the start): the mean count, and the pooled
     * rate (numerators and denominators summed over the window, so a quiet day does not weigh like a busy one).
     *
     * @param window the number of periods, positive
     * @return one average per point
     */
    public List<Average> movingAverage(int window) {
        if (window <= 0) {
            throw new StatsException("stats.series.window", LocalizedText.of(
                    "Cửa sổ trung bình phải dương: %d", "The averaging window must be positive: %d").formatted(window));
        }
        List<Average> out = new ArrayList<>(points.size());
        long count = 0;
        long num = 0;
        long den = 0;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            count += p.received();
            num += p.rate().numerator();
            den += p.rate().denominator();
            if (i >= window) {
                Point old = points.get(i - window);
                count -= old.received();
                num -= old.rate().numerator();
                den -= old.rate().denominator();
            }
            int n = Math.min(i + 1, window);
            out.add(new Average(p.start(), BigDecimal.valueOf(count).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP),
                    Rate.of(num, den), n));
        }
        return out;
    }

    /**
     * A moving average at one period.
     *
     * @param start the period's first day
     * @param meanReceived the mean count over the window
     * @param pooledRate the pooled rate over the window
     * @param periods how many periods were averaged
     */
    public record Average(LocalDate start, BigDecimal meanReceived, Rate pooledRate, int periods) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Average {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(meanReceived, "meanReceived");
            Objects.requireNonNull(pooledRate, "pooledRate");
        }
    }

    /** @return the number of days the series spans, inclusive, or 0 when empty */
    public long days() {
        return points.isEmpty() ? 0 : ChronoUnit.DAYS.between(points.get(0).start(),
                next(granularity, points.get(points.size() - 1).start()));
    }
}
