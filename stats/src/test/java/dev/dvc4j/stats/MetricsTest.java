package dev.dvc4j.stats;

import static dev.dvc4j.stats.Facts.T0;
import static dev.dvc4j.stats.Facts.days;
import static dev.dvc4j.stats.Facts.received;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each count a {@link Metrics} gives, read back from a small set of facts whose counts all differ, so that no count
 * can be taken for another; equality and hash by every count; the rates map holds exactly the metrics measured from
 * dossiers.
 */
class MetricsTest {

    static final MeasureSettings SETTINGS = MeasureSettings.wallClock(days(30));

    static Metrics of(DossierFacts... facts) {
        MetricsAccumulator acc = MetricsAccumulator.empty(SETTINGS);
        Arrays.stream(facts).forEach(acc::add);
        return acc.result();
    }

    static Metrics sample() {
        return of(
                received().channel(Channel.ONLINE).legacyLevel(4).feeBearing(true).paymentFlag(1).build(),
                received().channel(Channel.ONLINE).legacyLevel(4).feeBearing(true).build(),
                received().channel(Channel.ONLINE).legacyLevel(3).build(),
                received().channel(Channel.POSTAL).legacyLevel(3).build(),
                received().legacyLevel(3).status(DossierStatus.RESULT_RETURNED).finishedAt(days(2)).returnedAt(days(2))
                        .build(),
                received().legacyLevel(2).status(DossierStatus.RESULT_RETURNED).finishedAt(days(4)).returnedAt(days(4))
                        .build(),
                received().receivedAt(null).status(DossierStatus.REFUSED_AT_RECEPTION).build());
    }

    @Test
    void everyCountIsItsOwn() {
        Metrics m = sample();
        assertThat(m.total()).isEqualTo(7);
        assertThat(m.received()).isEqualTo(6);
        assertThat(m.received(Channel.ONLINE)).isEqualTo(3);
        assertThat(m.received(Channel.POSTAL)).isEqualTo(1);
        assertThat(m.received(Channel.IN_PERSON)).isEqualTo(2);
        assertThat(m.receivedAtLevel(4)).isEqualTo(2);
        assertThat(m.receivedAtLevel(3)).isEqualTo(3);
        assertThat(m.receivedAtLevel(2)).isEqualTo(1);
        assertThat(m.withStatus(DossierStatus.PROCESSING)).isEqualTo(4);
        assertThat(m.withStatus(DossierStatus.RESULT_RETURNED)).isEqualTo(2);
        assertThat(m.withStatus(DossierStatus.REFUSED_AT_RECEPTION)).isEqualTo(1);
        assertThat(m.feeBearing()).isEqualTo(2);
        assertThat(m.rate(Metric.ONLINE_PAYMENT)).isEqualTo(Rate.of(1, 2));
        assertThat(m.resolved()).isEqualTo(2);
        // Resolved after 2 and 4 days of wall-clock time: 2,880 + 5,760 minutes.
        assertThat(m.resolutionMinutes()).isEqualTo(8_640);
        assertThat(m.averageResolutionMinutes()).contains(new BigDecimal("4320.00"));
        assertThat(m.averageResolutionDays(1_440)).contains(new BigDecimal("3.00"));
    }

    @Test
    void equalCountsAreEqualMetricsAndOneCountApartIsNot() {
        Metrics m = sample();
        assertThat(m).isEqualTo(sample()).hasSameHashCodeAs(sample());
        Metrics other = of(received().build());
        assertThat(m).isNotEqualTo(other);
        assertThat(m.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(m).isNotEqualTo("Metrics");
        assertThat(m.toString()).startsWith("Metrics[total=7, received=6, {")
                .contains("ONLINE_SHARE=50.00% (3/6)", "OnTime[measured=6");
    }

    @Test
    void theRatesAreThoseMeasuredFromDossiers() {
        Metrics m = sample();
        assertThat(m.rates().keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(Metric.values())
                .filter(Metric::fromDossiers).toList());
        assertThat(m.rates()).doesNotContainKey(Metric.SERVICE_AVAILABILITY);
        m.rates().forEach((metric, rate) -> assertThat(rate).as("%s", metric).isEqualTo(m.rate(metric)));
        assertThat(m.rates().get(Metric.ONLINE_SHARE)).isEqualTo(Rate.of(3, 6));
        assertThat(m.rate(Metric.SERVICE_AVAILABILITY)).isEqualTo(Rate.NOT_APPLICABLE);
        assertThat(T0).isBefore(days(1));
    }
}
