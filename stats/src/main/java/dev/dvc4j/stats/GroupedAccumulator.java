package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.internal.LongObjectMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups facts by one dimension or a combination and keeps one accumulator per group. It is itself an
 * {@link Accumulator}: groups merge key by key. Grouping by one dimension allocates only when a new group
 * appears; a combination of dimensions allocates a small key per fact.
 *
 * @param <A> the accumulator kept per group
 * @param <R> its result type
 */
public final class GroupedAccumulator<A extends Accumulator<DossierFacts, A, R>, R>
        implements Accumulator<DossierFacts, GroupedAccumulator<A, R>, SortedMap<GroupKey, R>> {

    private static final long serialVersionUID = 1L;

    private final List<Dimension> dimensions;
    private final A prototype;
    private final Dimension single;
    private final HashMap<Object, A> groups = new HashMap<>();
    private final LongObjectMap<A> timeGroups = new LongObjectMap<>();

    private GroupedAccumulator(List<Dimension> dimensions, A prototype) {
        if (dimensions.isEmpty() || dimensions.size() != dimensions.stream().distinct().count()) {
            throw new StatsException("stats.grouping.invalid", LocalizedText.of(
                    "Cần ít nhất một chiều nhóm, không lặp lại: %s",
                    "Grouping needs at least one dimension, none repeated: %s").formatted(dimensions));
        }
        this.dimensions = List.copyOf(dimensions);
        this.prototype = prototype.empty();
        this.single = dimensions.size() == 1 ? dimensions.get(0) : null;
    }

    /**
     * An empty grouped accumulator.
     *
     * @param dimensions the dimensions, at least one, none repeated
     * @param prototype an accumulator whose {@link Accumulator#empty()} starts each group
     * @param <A> the accumulator type
     * @param <R> its result type
     * @return the grouped accumulator
     */
    public static <A extends Accumulator<DossierFacts, A, R>, R> GroupedAccumulator<A, R> of(
            List<Dimension> dimensions, A prototype) {
        return new GroupedAccumulator<>(dimensions, prototype);
    }

    /** @return the dimensions */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    @Override
    public GroupedAccumulator<A, R> empty() {
        return new GroupedAccumulator<>(dimensions, prototype);
    }

    @Override
    public void add(DossierFacts f) {
        accumulatorFor(f).add(f);
    }

    /**
     * The accumulator of a fact's group, created when new.
     *
     * @param f the fact
     * @return the group's accumulator
     */
    public A accumulatorFor(DossierFacts f) {
        if (single != null) {
            if (single.isTime()) {
                long key = single.timeKey(f.referenceEpochSecond());
                A acc = timeGroups.get(key);
                return acc != null ? acc : timeGroups.computeIfAbsent(key, k -> prototype.empty());
            }
            A acc = groups.get(single.rawKey(f));
            if (acc == null) {
                acc = prototype.empty();
                groups.put(single.rawKey(f), acc);
            }
            return acc;
        }
        Object[] key = new Object[dimensions.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = dimensions.get(i).rawKey(f);
        }
        return groups.computeIfAbsent(List.of(key), k -> prototype.empty());
    }

    @Override
    public GroupedAccumulator<A, R> merge(GroupedAccumulator<A, R> other) {
        if (!dimensions.equals(other.dimensions)) {
            throw new StatsException("stats.merge.grouping", LocalizedText.of(
                    "Không thể gộp hai cách nhóm khác nhau: %s và %s",
                    "Cannot merge different groupings: %s and %s").formatted(dimensions, other.dimensions));
        }
        for (Map.Entry<Object, A> e : other.groups.entrySet()) {
            groups.computeIfAbsent(e.getKey(), k -> prototype.empty()).merge(e.getValue());
        }
        other.timeGroups.forEach((k, v) -> timeGroups.computeIfAbsent(k, x -> prototype.empty()).merge(v));
        return this;
    }

    @Override
    public SortedMap<GroupKey, R> result() {
        SortedMap<GroupKey, R> out = new TreeMap<>();
        for (Map.Entry<Object, A> e : groups.entrySet()) {
            out.put(keyOf(e.getKey()), e.getValue().result());
        }
        timeGroups.forEach((k, v) -> out.put(new GroupKey(List.of(single.timeLabel(k))), v.result()));
        return Collections.unmodifiableSortedMap(out);
    }

    private GroupKey keyOf(Object raw) {
        if (single != null) {
            return new GroupKey(List.of(single.rawLabel(raw)));
        }
        List<?> parts = (List<?>) raw;
        List<String> labels = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            labels.add(dimensions.get(i).rawLabel(parts.get(i)));
        }
        return new GroupKey(labels);
    }

    /** @return the number of groups so far */
    public int size() {
        return groups.size() + timeGroups.size();
    }

    @Override
    public String toString() {
        return "GroupedAccumulator[" + dimensions + ", groups=" + size() + "]";
    }
}
