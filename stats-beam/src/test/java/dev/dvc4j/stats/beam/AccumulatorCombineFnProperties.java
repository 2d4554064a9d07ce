package dev.dvc4j.stats.beam;

import static dev.dvc4j.stats.beam.BeamFixtures.FACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.stats.Accumulator;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.GroupedAccumulator;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.MetricsAccumulator;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.ServiceAccumulator;
import dev.dvc4j.stats.ServiceFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.report.ReportAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

/**
 * What a runner does with a combine function, without a runner: the input split into random bundles (some empty),
 * each folded into its own accumulator, every accumulator shipped through the accumulator coder, the partial results
 * merged in random groups and order, and the result shipped through the output coder. Every accumulator of the stats
 * module gives its single-JVM result.
 */
class AccumulatorCombineFnProperties {

    private static final MeasureSettings SETTINGS = MeasureSettings.wallClock(Instant.parse("2026-03-01T00:00:00Z"));
    private static final List<DossierFacts> SOME = FACTS.subList(0, 1500);
    private static final List<ServiceFacts> SERVICES = FACTS.stream()
            .map(f -> new ServiceFacts(f.procedure(), f.agency(), f.legacyLevel(), f.onlineMode(), f.feeBearing(),
                    f.paymentFlag() != 0))
            .distinct().limit(400).collect(Collectors.toList());

    @Property(tries = 40)
    void metrics(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int bundles) throws Exception {
        check(MetricsAccumulator.empty(SETTINGS), SOME, new Random(seed), bundles);
    }

    @Property(tries = 40)
    void groupedByTwoDimensionsAndByDay(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int bundles)
            throws Exception {
        check(GroupedAccumulator.of(List.of(Dimension.PROVINCE, Dimension.CHANNEL), MetricsAccumulator.empty(SETTINGS)),
                SOME, new Random(seed), bundles);
        check(GroupedAccumulator.of(List.of(Dimension.DAY), MetricsAccumulator.empty(SETTINGS)),
                SOME, new Random(seed + 1), bundles);
    }

    @Property(tries = 40)
    void savings(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int bundles) throws Exception {
        check(SavingsAccumulator.empty(SavingsAssumptions.seedDefaults()), SOME, new Random(seed), bundles);
    }

    @Property(tries = 40)
    void services(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int bundles) throws Exception {
        check(ServiceAccumulator.create(), SERVICES, new Random(seed), bundles);
    }

    @Property(tries = 25)
    void fullReport(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int bundles) throws Exception {
        check(ReportAccumulator.of(BeamFixtures.spec()), SOME, new Random(seed), bundles);
    }

    @Test
    void theFunctionShipsWithItsSpecificationAndMergesNothingToTheEmptyResult() {
        AccumulatorCombineFn<DossierFacts, ReportAccumulator, ?> fn =
                AccumulatorCombineFn.of(ReportAccumulator.of(BeamFixtures.spec()));
        // A runner serializes the function; the specification (766 index labels, targets) comes back equal.
        AccumulatorCombineFn<DossierFacts, ReportAccumulator, ?> copy = SerializableUtils.clone(fn);
        assertThat(copy.prototype().spec()).isEqualTo(BeamFixtures.spec());
        assertThat(fn.toString()).startsWith("AccumulatorCombineFn[dev.dvc4j.stats.report.ReportAccumulator@").endsWith("]");
        assertThat(copy.extractOutput(copy.mergeAccumulators(List.of())))
                .isEqualTo(ReportAccumulator.compute(BeamFixtures.spec(), List.of()));
    }

    @Test
    void mergingAccumulatorsOfDifferentSettingsFailsAndLeavesThemUnchanged() {
        AccumulatorCombineFn<DossierFacts, MetricsAccumulator, ?> fn = AccumulatorCombineFn.of(
                MetricsAccumulator.empty(SETTINGS));
        MetricsAccumulator a = fn.addInput(fn.createAccumulator(), FACTS.get(0));
        MetricsAccumulator other = MetricsAccumulator.empty(MeasureSettings.wallClock(Instant.parse("2027-01-01T00:00:00Z")));
        other.add(FACTS.get(1));
        Object before = a.result();
        assertThatThrownBy(() -> fn.mergeAccumulators(List.of(a, other)))
                .isInstanceOf(StatsException.class);
        assertThat(a.result()).isEqualTo(before);
        assertThatThrownBy(() -> AccumulatorCombineFn.of(null)).isInstanceOf(NullPointerException.class);
    }

    static <T, A extends Accumulator<T, A, R>, R> void check(A prototype, List<T> inputs, Random r, int bundles)
            throws IOException, CannotProvideCoderException {
        R expected = prototype.empty().addAll(inputs).result();
        AccumulatorCombineFn<T, A, R> fn = AccumulatorCombineFn.of(prototype);
        CoderRegistry registry = CoderRegistry.createDefault();
        @SuppressWarnings("unchecked")
        Coder<T> inputCoder = (Coder<T>) registry.getCoder(inputs.get(0).getClass());
        Coder<A> accumulatorCoder = fn.getAccumulatorCoder(registry, inputCoder);
        Coder<R> outputCoder = fn.getDefaultOutputCoder(registry, inputCoder);

        List<List<T>> split = new ArrayList<>();
        for (int i = 0; i < bundles; i++) {
            split.add(new ArrayList<>());
        }
        for (T t : inputs) {
            split.get(r.nextInt(bundles)).add(t);
        }
        List<A> partial = new ArrayList<>();
        for (List<T> bundle : split) {
            A acc = fn.createAccumulator();
            for (T t : bundle) {
                acc = fn.addInput(acc, t);
            }
            partial.add(roundTrip(accumulatorCoder, acc));
        }
        while (partial.size() > 1) {
            int take = 2 + r.nextInt(partial.size() - 1);
            List<A> group = new ArrayList<>();
            for (int i = 0; i < take; i++) {
                group.add(partial.remove(r.nextInt(partial.size())));
            }
            partial.add(roundTrip(accumulatorCoder, fn.mergeAccumulators(group)));
        }
        R actual = roundTrip(outputCoder, fn.extractOutput(partial.get(0)));
        assertThat(actual).isEqualTo(expected);
    }

    private static <V> V roundTrip(Coder<V> coder, V value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        coder.encode(value, out);
        return coder.decode(new ByteArrayInputStream(out.toByteArray()));
    }
}
