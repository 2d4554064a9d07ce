package dev.dvc4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
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
        // Beyond a long's range of index × days: still in the period, and in proportion.
        assertThat(SyntheticDraws.filingDay(Long.MAX_VALUE - 1, Long.MAX_VALUE, 3_650)).isEqualTo(3_649);
        assertThat(SyntheticDraws.filingDay(Long.MAX_VALUE / 2, Long.MAX_VALUE, 3_650)).isBetween(1_824L, 1_825L);
        assertThat(SyntheticDraws.filingDay(Long.MAX_VALUE / 10, Long.MAX_VALUE, 3_650)).isBetween(364L, 365L);
    }

    @Test
    void itemSeedsDependOnTheSeedAndTheIndex() {
        assertThat(SyntheticDraws.itemSeed(1, 2)).isEqualTo(SyntheticDraws.itemSeed(1, 2))
                .isNotEqualTo(SyntheticDraws.itemSeed(1, 3)).isNotEqualTo(SyntheticDraws.itemSeed(2, 2));
    }

    @Test
    void itemSeedsStayTheSameAcrossReleasesSoAPublishedSeedGivesTheSameDataset() {
        // seed × 0x9E3779B97F4A7C15 + index × 0xBF58476D1CE4E5B9 + 1, wrapping
        assertThat(SyntheticDraws.itemSeed(0, 0)).isEqualTo(1L);
        assertThat(SyntheticDraws.itemSeed(1, 0)).isEqualTo(0x9E3779B97F4A7C16L);
        assertThat(SyntheticDraws.itemSeed(0, 1)).isEqualTo(0xBF58476D1CE4E5BAL);
        assertThat(SyntheticDraws.itemSeed(1, 1)).isEqualTo(0x9E3779B97F4A7C15L + 0xBF58476D1CE4E5B9L + 1);
    }

    /** What a draw gives when the random source gives the scripted values, all of which it must take. */
    private static <T> T drawn(Function<RandomGenerator, T> draw, Number... script) {
        ScriptedRandom r = new ScriptedRandom(script);
        T result = draw.apply(r);
        r.assertAllDrawn();
        return result;
    }

    private static boolean chance(int percent, int draw) {
        return drawn(r -> SyntheticDraws.chance(r, percent), draw);
    }

    private static int band(int draw, int... edges) {
        return drawn(r -> SyntheticDraws.band(r, 1000, edges), draw);
    }

    private static Channel channel(int draw) {
        return drawn(r -> SyntheticDraws.channel(r, 60, 10), draw);
    }

    private static ResultDelivery delivery(Channel channel, Number... script) {
        return drawn(r -> SyntheticDraws.resultDelivery(r, channel), script);
    }

    private static double processingShare(int draw, double fraction) {
        return drawn(SyntheticDraws::processingShare, draw, fraction);
    }

    @Test
    void aChanceComesUpBelowItsPercentage() {
        assertThat(chance(30, 29)).isTrue();
        assertThat(chance(30, 30)).isFalse();
        assertThat(chance(30, 0)).isTrue();
        assertThat(chance(0, 0)).isFalse();
        assertThat(chance(100, 99)).isTrue();
    }

    @Test
    void aDrawFallsInTheBandBelowTheFirstEdgeItDoesNotReach() {
        assertThat(band(0, 8, 11)).isZero();
        assertThat(band(7, 8, 11)).isZero();
        assertThat(band(8, 8, 11)).isEqualTo(1);
        assertThat(band(10, 8, 11)).isEqualTo(1);
        assertThat(band(11, 8, 11)).isEqualTo(2);
        assertThat(band(999, 8, 11)).isEqualTo(2);
        assertThat(band(50)).as("no edges, one band").isZero();
    }

    @Test
    void channelsSplitAtTheOnlineAndPostalPercentages() {
        assertThat(channel(59)).isEqualTo(Channel.ONLINE);
        assertThat(channel(60)).isEqualTo(Channel.POSTAL);
        assertThat(channel(69)).isEqualTo(Channel.POSTAL);
        assertThat(channel(70)).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void resultsGoByPostForEightPercentOfTheOthersAndOnlineForFiftyFivePercentOfTheRemainingOnlineFilings() {
        assertThat(delivery(Channel.POSTAL)).isEqualTo(ResultDelivery.POSTAL);
        assertThat(delivery(Channel.IN_PERSON, 7)).isEqualTo(ResultDelivery.POSTAL);
        assertThat(delivery(Channel.IN_PERSON, 8)).isEqualTo(ResultDelivery.COUNTER);
        assertThat(delivery(Channel.ONLINE, 7)).isEqualTo(ResultDelivery.POSTAL);
        assertThat(delivery(Channel.ONLINE, 8, 54)).isEqualTo(ResultDelivery.ONLINE);
        assertThat(delivery(Channel.ONLINE, 8, 55)).isEqualTo(ResultDelivery.COUNTER);
    }

    @Test
    void processingTakesTenToSixtyFivePercentForSixtyTwoInAHundredThenUpToNinetyEightThenLate() {
        assertThat(processingShare(0, 0.0)).isEqualTo(0.1);
        assertThat(processingShare(61, 0.5)).isCloseTo(0.375, within(1e-12));
        assertThat(processingShare(62, 0.0)).isEqualTo(0.65);
        assertThat(processingShare(93, 0.5)).isCloseTo(0.815, within(1e-12));
        assertThat(processingShare(94, 0.0)).isEqualTo(1.05);
        assertThat(processingShare(99, 0.5)).isCloseTo(1.45, within(1e-12));
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
