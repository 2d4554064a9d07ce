package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.procedure.OnlineMode;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AccumulatorProperties {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    static List<DossierFacts> facts(long seed, int n) {
        return SyntheticFacts.builder().seed(seed).period(FIRST_DAY, FIRST_DAY.plusDays(59)).build().stream(n)
                .collect(Collectors.toList());
    }

    static MeasureSettings settings(boolean restart, int asOfDay) {
        MeasureSettings s = MeasureSettings.wallClock(START.plusSeconds(asOfDay * 86_400L));
        return restart ? s.withSupplementClock(SupplementClock.RESTART) : s;
    }

    static <T, A extends Accumulator<T, A, R>, R> A fold(A proto, List<T> in) {
        A acc = proto.empty();
        in.forEach(acc::add);
        return acc;
    }

    @Property(tries = 100)
    void metricsMergeIsAssociativeWithIdentity(@ForAll long seed, @ForAll @IntRange(max = 300) int n,
                                               @ForAll @IntRange(max = 300) int cut1, @ForAll @IntRange(max = 300) int cut2,
                                               @ForAll boolean restart, @ForAll @IntRange(min = 1, max = 90) int asOfDay) {
        List<DossierFacts> all = facts(seed, n);
        int i = Math.min(cut1, n);
        int j = Math.max(i, Math.min(cut2, n));
        MetricsAccumulator proto = MetricsAccumulator.empty(settings(restart, asOfDay));
        Metrics whole = fold(proto, all).result();
        Metrics left = fold(proto, all.subList(0, i)).merge(fold(proto, all.subList(i, j)))
                .merge(fold(proto, all.subList(j, n))).result();
        Metrics right = fold(proto, all.subList(0, i)).merge(fold(proto, all.subList(i, j))
                .merge(fold(proto, all.subList(j, n)))).result();
        assertThat(left).isEqualTo(whole);
        assertThat(right).isEqualTo(whole);
        assertThat(proto.empty().merge(fold(proto, all)).result()).isEqualTo(whole);
        assertThat(fold(proto, all).merge(proto.empty()).result()).isEqualTo(whole);
    }

    @Provide
    Arbitrary<List<Dimension>> groupings() {
        return Arbitraries.of(Dimension.class).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    @Property(tries = 100)
    void anyPartitionGivesTheSameGroupedReport(@ForAll long seed, @ForAll @IntRange(max = 300) int n,
                                               @ForAll @IntRange(min = 1, max = 6) int parts,
                                               @ForAll("groupings") List<Dimension> dims) {
        List<DossierFacts> all = facts(seed, n);
        GroupedAccumulator<MetricsAccumulator, Metrics> proto =
                GroupedAccumulator.of(dims, MetricsAccumulator.empty(settings(false, 45)));
        Random random = new Random(seed);
        List<GroupedAccumulator<MetricsAccumulator, Metrics>> pieces = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            pieces.add(proto.empty());
        }
        for (DossierFacts f : all) {
            pieces.get(random.nextInt(parts)).add(f);
        }
        GroupedAccumulator<MetricsAccumulator, Metrics> merged = proto.empty();
        for (int p = parts - 1; p >= 0; p--) {
            merged = pieces.get(p).merge(merged);
        }
        var whole = fold(proto, all).result();
        assertThat(merged.result()).isEqualTo(whole);
        // Each group's counts add up to the ungrouped counts.
        Metrics total = fold(MetricsAccumulator.empty(settings(false, 45)), all).result();
        assertThat(whole.values().stream().mapToLong(Metrics::total).sum()).isEqualTo(total.total());
        assertThat(whole.values().stream().mapToLong(m -> m.rate(Metric.ON_TIME).numerator()).sum())
                .isEqualTo(total.rate(Metric.ON_TIME).numerator());
    }

    @Property(tries = 30)
    void accumulatorsSurviveSerialisation(@ForAll long seed, @ForAll @IntRange(max = 200) int n,
                                          @ForAll("groupings") List<Dimension> dims) throws Exception {
        List<DossierFacts> all = facts(seed, n);
        GroupedAccumulator<MetricsAccumulator, Metrics> acc =
                fold(GroupedAccumulator.of(dims, MetricsAccumulator.empty(settings(true, 30))), all);
        GroupedAccumulator<MetricsAccumulator, Metrics> copy = roundTrip(acc);
        assertThat(copy.result()).isEqualTo(acc.result());
        // The copy keeps working and merges with the original's kind.
        List<DossierFacts> more = facts(seed + 1, 50);
        more.forEach(copy::add);
        more.forEach(acc::add);
        assertThat(copy.result()).isEqualTo(acc.result());
        for (DossierFacts f : all.subList(0, Math.min(5, n))) {
            assertThat(roundTrip(f)).isEqualTo(f);
        }
    }

    @Property(tries = 50)
    void serviceMergeMatchesSequential(@ForAll long seed, @ForAll @IntRange(max = 200) int n,
                                       @ForAll @IntRange(max = 200) int cut) {
        Random r = new Random(seed);
        List<ServiceFacts> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new ServiceFacts("1.00" + i, "A", r.nextInt(5), OnlineMode.values()[r.nextInt(3)], r.nextBoolean(),
                    r.nextBoolean()));
        }
        int c = Math.min(cut, n);
        ServiceAccumulator proto = ServiceAccumulator.create();
        assertThat(fold(proto, all.subList(0, c)).merge(fold(proto, all.subList(c, n))).result())
                .isEqualTo(fold(proto, all).result());
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
