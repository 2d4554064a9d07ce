package dev.dvc4j.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.TimeSeries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's period at its edges: a dossier received at its first second is in it and one received at its end is
 * not; the day-by-day series spans exactly the period's days (its end excluded); a target's pace comes from the
 * period's own days.
 */
class ReportPeriodTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00+07:00");
    static final Instant END = Instant.parse("2026-03-08T00:00:00+07:00");

    static DossierFacts at(Instant received, boolean online) {
        return DossierFacts.builder().code("C").agency("A").procedure("P").sector("S").province("42")
                .channel(online ? Channel.ONLINE : Channel.IN_PERSON).legacyLevel(3).filedAt(received.minusSeconds(60))
                .receivedAt(received).status(DossierStatus.PROCESSING).build();
    }

    static ReportSpec.Builder spec() {
        return ReportSpec.builder(MeasureSettings.of(END)).period(START, END);
    }

    @Test
    void aDossierAtThePeriodsFirstSecondIsInItAndOneAtItsEndIsNot() {
        ReportAccumulator acc = ReportAccumulator.of(spec().build());
        acc.add(at(START.minusSeconds(1), true));
        acc.add(at(START, true));
        acc.add(at(END.minusSeconds(1), false));
        acc.add(at(END, true));
        StatsReport r = acc.result();
        assertThat(r.outOfPeriod()).isEqualTo(2);
        assertThat(r.overall().received()).isEqualTo(2);
        assertThat(r.overall().rate(Metric.ONLINE_SHARE)).isEqualTo(Rate.of(1, 2));
    }

    @Test
    void theDailySeriesSpansThePeriodsDaysAndNoMore() {
        ReportAccumulator acc = ReportAccumulator.of(spec().series(Dimension.DAY, Metric.ONLINE_SHARE).build());
        acc.add(at(START.plusSeconds(3_600), true));
        TimeSeries s = acc.result().series();
        assertThat(s.points()).extracting(TimeSeries.Point::start).containsExactly(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7));
        assertThat(s.points().get(0).received()).isEqualTo(1);
        assertThat(s.days()).isEqualTo(7);
    }

    @Test
    void aTargetsPaceComesFromThePeriodsDays() {
        Target half = Target.rate("t", Metric.ONLINE_SHARE, new BigDecimal("60"), null);
        ReportAccumulator acc = ReportAccumulator.of(spec().targets(List.of(half)).projectionWindowDays(7).build());
        for (int day = 0; day < 7; day++) {
            acc.add(at(START.plusSeconds(86_400L * day + 3_600), true));
            acc.add(at(START.plusSeconds(86_400L * day + 7_200), day == 0));
        }
        TargetAssessment a = acc.result().targets().get(0);
        assertThat(a.actual()).isEqualTo(Rate.of(8, 14));
        assertThat(a.met()).isFalse();
        assertThat(a.projection().dailyNumerator()).isEqualByComparingTo("1.14");   // 8 / 7
        assertThat(a.projection().dailyDenominator()).isEqualByComparingTo("2.00"); // 14 / 7
    }
}
