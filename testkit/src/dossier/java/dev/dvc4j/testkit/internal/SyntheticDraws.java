package dev.dvc4j.testkit.internal;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.util.random.RandomGenerator;

/**
 * The seeding and the distributions testkit's synthetic generators share, so dossiers and facts of one seed look
 * alike: which day an item of a dataset is filed on, the channel mix and how much of the time allowed processing
 * takes. Not part of the API.
 */
public final class SyntheticDraws {

    private SyntheticDraws() {
    }

    /**
     * The seed of one item of a dataset: each item depends only on the dataset's seed and its index, so a dataset
     * is reproducible in any order and any item can be drawn alone.
     *
     * @param seed the dataset's seed
     * @param index the item's index
     * @return the item's seed
     */
    public static long itemSeed(long seed, long index) {
        return seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1;
    }

    /**
     * Which day of a period an item is filed on when a dataset is spread evenly over the period in index order.
     *
     * @param index the item's index, 0 to {@code count - 1} (taken modulo the count)
     * @param count the number of items, positive
     * @param days the number of days in the period, positive
     * @return the day's offset from the period's first day, 0 to {@code days - 1}
     */
    public static long filingDay(long index, long count, long days) {
        long n = Math.max(1, count);
        long i = Math.floorMod(index, n);
        long day;
        try {
            // exact while i * days fits in a long (any real dataset)
            day = Math.multiplyExact(i, days) / n;
        } catch (ArithmeticException beyondALong) {
            day = (long) ((double) i / n * days);
        }
        return Math.min(days - 1, day);
    }

    /**
     * Whether a draw with a chance of some percent comes up: one draw of {@code r.nextInt(100)}, below the percentage.
     *
     * @param r the random source
     * @param percent the chance, 0 (never) to 100 (always)
     * @return whether it came up
     */
    public static boolean chance(RandomGenerator r, int percent) {
        return r.nextInt(100) < percent;
    }

    /**
     * Which band one draw of {@code r.nextInt(bound)} falls in, the bands ending at ascending edges: 0 below the first
     * edge, 1 from the first to below the second, and so on, {@code edges.length} from the last edge on. For example
     * {@code band(r, 1000, 8, 11)} is 0 for 0.8% of draws, 1 for 0.3% and 2 for the rest.
     *
     * @param r the random source
     * @param bound the draw's bound
     * @param edges where the bands end, ascending
     * @return the band, 0 to {@code edges.length}
     */
    public static int band(RandomGenerator r, int bound, int... edges) {
        int x = r.nextInt(bound);
        int band = 0;
        while (band < edges.length && x >= edges[band]) {
            band++;
        }
        return band;
    }

    /**
     * A channel drawn from percentages.
     *
     * @param r the random source
     * @param onlinePercent the percentage filed online
     * @param postalPercent the percentage sent by the public postal service
     * @return the channel; the rest are filed in person
     */
    public static Channel channel(RandomGenerator r, int onlinePercent, int postalPercent) {
        int c = r.nextInt(100);
        return c < onlinePercent ? Channel.ONLINE : c < onlinePercent + postalPercent ? Channel.POSTAL : Channel.IN_PERSON;
    }

    /**
     * How the result is returned: always by post for postal filings and for 8% of the others, online for 55% of the
     * remaining online filings, else at the counter.
     *
     * @param r the random source
     * @param channel the filing channel
     * @return the delivery
     */
    public static ResultDelivery resultDelivery(RandomGenerator r, Channel channel) {
        return channel == Channel.POSTAL || chance(r, 8) ? ResultDelivery.POSTAL
                : channel == Channel.ONLINE && chance(r, 55) ? ResultDelivery.ONLINE : ResultDelivery.COUNTER;
    }

    /**
     * How much of the time allowed processing takes: most dossiers well within it (62%), some close to the deadline
     * (32%), about 6% late, by up to 85%.
     *
     * @param r the random source
     * @return the share of the time allowed, 0.1 to 1.85
     */
    public static double processingShare(RandomGenerator r) {
        int q = r.nextInt(100);
        return q < 62 ? 0.1 + 0.55 * r.nextDouble() : q < 94 ? 0.65 + 0.33 * r.nextDouble() : 1.05 + 0.8 * r.nextDouble();
    }
}
