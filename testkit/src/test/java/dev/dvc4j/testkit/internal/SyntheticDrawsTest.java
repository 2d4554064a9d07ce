package dev.dvc4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SyntheticDrawsTest {

    @Property(tries = 500)
    void filingDaysSpreadADatasetEvenlyInIndexOrder(@ForAll @LongRange(min = 1, max = 10_000_000) long count,
                                                    @ForAll @LongRange(min = 1, max = 3_650) long days,
                                                    @ForAll @LongRange(min = 0, max = 9_999_999) long at) {
        long index = at % count;
        long day = SyntheticDraws.filingDay(index, count, days);
        assertThat(day).isBetween(0L, days - 1).isEqualTo(index * days / count);
        if (index + 1 < count) {
            assertThat(SyntheticDraws.filingDay(index + 1, count, days)).isBetween(day, day + days / count + 1);
        }
        assertThat(SyntheticDraws.filingDay(index + count, count, days)).as("modulo the count").isEqualTo(day);
    }

    @Test
    void filingDaysAtTheEdges() {
        assertThat(SyntheticDraws.filingDay(0, 1, 1)).isZero();
        assertThat(SyntheticDraws.filingDay(99, 100, 90)).isEqualTo(89);
        assertThat(SyntheticDraws.filingDay(-1, 100, 90)).isEqualTo(89);
        assertThat(SyntheticDraws.filingDay(5, 0, 90)).isZero();
        // Beyond a long's range of index × days: still in the period.
        assertThat(SyntheticDraws.filingDay(Long.MAX_VALUE - 1, Long.MAX_VALUE, 3_650)).isEqualTo(3_649);
    }

    @Test
    void itemSeedsDependOnTheSeedAndTheIndex() {
        assertThat(SyntheticDraws.itemSeed(1, 2)).isEqualTo(SyntheticDraws.itemSeed(1, 2))
                .isNotEqualTo(SyntheticDraws.itemSeed(1, 3)).isNotEqualTo(SyntheticDraws.itemSeed(2, 2));
    }

    @Test
    void channelsDeliveriesAndProcessingSharesFollowTheirProportions() {
        SplittableRandom r = new SplittableRandom(42);
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        Map<ResultDelivery, Integer> fromOnline = new EnumMap<>(ResultDelivery.class);
        int late = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            channels.merge(SyntheticDraws.channel(r, 60, 10), 1, Integer::sum);
            fromOnline.merge(SyntheticDraws.resultDelivery(r, Channel.ONLINE), 1, Integer::sum);
            assertThat(SyntheticDraws.resultDelivery(r, Channel.POSTAL)).isEqualTo(ResultDelivery.POSTAL);
            assertThat(SyntheticDraws.resultDelivery(r, Channel.IN_PERSON)).isNotEqualTo(ResultDelivery.ONLINE);
            double share = SyntheticDraws.processingShare(r);
            assertThat(share).isBetween(0.1, 1.85);
            late += share > 1 ? 1 : 0;
        }
        assertThat(channels.get(Channel.ONLINE) * 100.0 / n).isBetween(59.0, 61.0);
        assertThat(channels.get(Channel.POSTAL) * 100.0 / n).isBetween(9.5, 10.5);
        assertThat(channels.get(Channel.IN_PERSON) * 100.0 / n).isBetween(29.0, 31.0);
        assertThat(fromOnline.get(ResultDelivery.POSTAL) * 100.0 / n).isBetween(7.5, 8.5);
        assertThat(fromOnline.get(ResultDelivery.ONLINE) * 100.0 / n).isBetween(49.5, 51.7);
        assertThat(late * 100.0 / n).isBetween(5.7, 6.3);
        assertThat(SyntheticDraws.channel(r, 100, 0)).isEqualTo(Channel.ONLINE);
        assertThat(SyntheticDraws.channel(r, 0, 100)).isEqualTo(Channel.POSTAL);
        assertThat(SyntheticDraws.channel(r, 0, 0)).isEqualTo(Channel.IN_PERSON);
    }
}
