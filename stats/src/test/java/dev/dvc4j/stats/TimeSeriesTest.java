package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    static DossierFacts on(String day, Channel c) {
        return Facts.received().filedAt(Facts.at(day + "T09:00")).receivedAt(Facts.at(day + "T09:00"))
                .dueAt(Facts.at(day + "T09:00").plusSeconds(86_400)).channel(c).build();
    }

    static final List<DossierFacts> FACTS = List.of(on("2026-03-02", Channel.ONLINE), on("2026-03-02", Channel.IN_PERSON),
            on("2026-03-05", Channel.ONLINE), on("2026-03-16", Channel.ONLINE), on("2026-04-01", Channel.IN_PERSON));

    static TimeSeries series(Dimension g, LocalDate from, LocalDate to) {
        GroupedAccumulator<MetricsAccumulator, Metrics> acc =
                GroupedAccumulator.of(List.of(g), MetricsAccumulator.empty(MeasureSettings.wallClock(Facts.at("2026-05-01T00:00"))));
        acc.addAll(FACTS);
        return TimeSeries.of(g, Metric.ONLINE_SHARE, acc.result(), from, to);
    }

    @Test
    void daysWithGapsFilled() {
        TimeSeries s = series(Dimension.DAY, null, null);
        assertThat(s.points()).hasSize(31);
        assertThat(s.points().get(0)).isEqualTo(new TimeSeries.Point(LocalDate.of(2026, 3, 2), 2, Rate.of(1, 2)));
        assertThat(s.points().get(1)).isEqualTo(new TimeSeries.Point(LocalDate.of(2026, 3, 3), 0, Rate.NOT_APPLICABLE));
        assertThat(s.points().stream().mapToLong(TimeSeries.Point::received).sum()).isEqualTo(5);
        List<TimeSeries.Average> avg = s.movingAverage(7);
        // Day 4 (2026-03-05): window of 4 days holding 3 dossiers, 2 online (pooled).
        assertThat(avg.get(3).meanReceived()).isEqualByComparingTo("0.75");
        assertThat(avg.get(3).pooledRate()).isEqualTo(Rate.of(2, 3));
        // Day 14 (2026-03-15): the last 7 days hold nothing.
        assertThat(avg.get(13).pooledRate().isApplicable()).isFalse();
        assertThat(avg.get(13).meanReceived()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void weeksAndMonthsWithAnExplicitRange() {
        TimeSeries w = series(Dimension.WEEK, LocalDate.of(2026, 2, 25), LocalDate.of(2026, 4, 7));
        assertThat(w.points()).extracting(TimeSeries.Point::start).first().isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(w.points()).hasSize(7);
        assertThat(w.points()).extracting(TimeSeries.Point::received).containsExactly(0L, 3L, 0L, 1L, 0L, 1L, 0L);
        TimeSeries m = series(Dimension.MONTH, LocalDate.of(2026, 1, 15), null);
        assertThat(m.points()).extracting(TimeSeries.Point::received).containsExactly(0L, 0L, 4L, 1L);
        assertThat(m.points().get(2).rate()).isEqualTo(Rate.of(3, 4));
    }

    @Test
    void refusesNonTimeGranularityAndBadWindow() {
        assertThatThrownBy(() -> TimeSeries.of(Dimension.AGENCY, Metric.ONLINE_SHARE, java.util.Map.of(), null, null))
                .isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> series(Dimension.DAY, null, null).movingAverage(0)).isInstanceOf(StatsException.class);
    }
}
