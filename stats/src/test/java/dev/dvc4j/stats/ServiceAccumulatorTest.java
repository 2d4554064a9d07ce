package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.procedure.OnlineMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each count of the services in scope read back from services whose counts all differ; the three service rates;
 * equality and hash by every count; the rates map holds exactly the metrics not measured from dossiers.
 */
class ServiceAccumulatorTest {

    static ServiceAccumulator.Result sample() {
        ServiceAccumulator acc = ServiceAccumulator.create();
        acc.add(new ServiceFacts("1", "A", 4, OnlineMode.FULL, true, true));
        acc.add(new ServiceFacts("2", "A", 4, OnlineMode.FULL, true, false));
        acc.add(new ServiceFacts("3", "A", 4, OnlineMode.FULL, false, false));
        acc.add(new ServiceFacts("4", "A", 3, OnlineMode.PARTIAL, true, false));
        acc.add(new ServiceFacts("5", "A", 3, OnlineMode.PARTIAL, false, false));
        acc.add(new ServiceFacts("6", "A", 2, OnlineMode.NOT_ONLINE, false, false));
        return acc.result();
    }

    @Test
    void everyCountIsItsOwn() {
        ServiceAccumulator.Result r = sample();
        assertThat(r.inScope()).isEqualTo(6);
        assertThat(r.atLevel(4)).isEqualTo(3);
        assertThat(r.atLevel(3)).isEqualTo(2);
        assertThat(r.atLevel(2)).isEqualTo(1);
        assertThat(r.atLevel(1)).isZero();
        assertThat(r.inMode(OnlineMode.FULL)).isEqualTo(3);
        assertThat(r.inMode(OnlineMode.PARTIAL)).isEqualTo(2);
        assertThat(r.inMode(OnlineMode.NOT_ONLINE)).isEqualTo(1);
        assertThat(r.levelFourShare()).isEqualTo(Rate.of(3, 6));
        assertThat(r.rate(Metric.SERVICE_AVAILABILITY)).isEqualTo(Rate.of(5, 6));
        assertThat(r.rate(Metric.FULL_ONLINE_SERVICES)).isEqualTo(Rate.of(3, 6));
        assertThat(r.rate(Metric.PAYMENT_INTEGRATION)).isEqualTo(Rate.of(1, 3));
        assertThat(r.rate(Metric.ON_TIME)).isEqualTo(Rate.NOT_APPLICABLE);
    }

    @Test
    void theRatesAreThoseNotMeasuredFromDossiers() {
        ServiceAccumulator.Result r = sample();
        assertThat(r.rates().keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(Metric.values())
                .filter(m -> !m.fromDossiers()).toList());
        r.rates().forEach((m, rate) -> assertThat(rate).as("%s", m).isEqualTo(r.rate(m)));
        assertThat(r.toString()).startsWith("ServiceMetrics[inScope=6, {").contains("SERVICE_AVAILABILITY=83.33% (5/6)");
    }

    @Test
    void equalCountsAreEqualResultsAndOneCountApartIsNot() {
        ServiceAccumulator.Result r = sample();
        assertThat(r).isEqualTo(sample()).hasSameHashCodeAs(sample()).isNotEqualTo("ServiceMetrics");
        ServiceAccumulator one = ServiceAccumulator.create();
        one.add(new ServiceFacts("1", "A", 4, OnlineMode.FULL, true, true));
        assertThat(r).isNotEqualTo(one.result());
        ServiceAccumulator[] apart = new ServiceAccumulator[4];
        for (int k = 0; k < 4; k++) {
            apart[k] = ServiceAccumulator.create();
        }
        apart[0].add(new ServiceFacts("1", "A", 3, OnlineMode.FULL, false, false)); // level differs
        apart[1].add(new ServiceFacts("1", "A", 4, OnlineMode.PARTIAL, false, false)); // mode differs
        apart[2].add(new ServiceFacts("1", "A", 4, OnlineMode.FULL, true, false)); // fee-bearing differs
        apart[3].add(new ServiceFacts("1", "A", 4, OnlineMode.FULL, true, true)); // integration differs
        ServiceAccumulator base = ServiceAccumulator.create();
        base.add(new ServiceFacts("1", "A", 4, OnlineMode.FULL, false, false));
        for (int k = 0; k < 4; k++) {
            assertThat(apart[k].result()).as("%d", k).isNotEqualTo(base.result());
            assertThat(apart[k].result().hashCode()).as("%d", k).isNotEqualTo(base.result().hashCode());
        }
        assertThat(apart[2].result()).isNotEqualTo(apart[3].result());
    }
}
