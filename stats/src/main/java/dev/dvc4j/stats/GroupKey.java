package dev.dvc4j.stats;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The values of the grouping dimensions for one group, in the grouping's order, as text ({@code "000.00.21.H56"},
 * {@code "online"}, {@code "2026-01"}); an unknown code is the empty string. Keys order lexicographically, value
 * by value.
 *
 * @param values the values, one per dimension
 */
public record GroupKey(List<String> values) implements Comparable<GroupKey>, Serializable {

    /** The key of the single group when nothing is grouped. */
    public static final GroupKey ALL = new GroupKey(List.of());

    /** Copies the values. */
    public GroupKey {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values);
    }

    /**
     * A key.
     *
     * @param values the values
     * @return the key
     */
    public static GroupKey of(String... values) {
        Objects.requireNonNull(values, "values");
        return new GroupKey(List.of(values));
    }

    /**
     * One value.
     *
     * @param index the dimension's position
     * @return the value
     */
    public String get(int index) {
        return values.get(index);
    }

    @Override
    public int compareTo(GroupKey o) {
        int n = Math.min(values.size(), o.values.size());
        for (int i = 0; i < n; i++) {
            int c = values.get(i).compareTo(o.values.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(values.size(), o.values.size());
    }

    /** The values joined with {@code " / "}. */
    @Override
    public String toString() {
        return String.join(" / ", values);
    }
}
