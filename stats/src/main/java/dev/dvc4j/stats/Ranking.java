package dev.dvc4j.stats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ranks groups (agencies, provinces…) on a rate with dense ranks: equal values share a rank and the next value
 * takes the next rank (1, 1, 2). Values compare as published: the percentage rounded to 2 decimals, or, with
 * {@link Basis#WILSON_LOWER}, the lower bound of the 95% Wilson interval rounded to 2 decimals, so a province with
 * one dossier on time cannot top a table of thousands. Groups with fewer than {@code minSample} measured dossiers
 * are flagged; groups whose rate is not applicable are listed last without a rank.
 *
 * @param basis what to compare
 * @param minSample the smallest denominator not flagged as a small sample
 * @param descending whether higher is better (true for every built-in metric)
 */
public record Ranking(Basis basis, long minSample, boolean descending) implements Serializable {

    /** What a ranking compares. */
    public enum Basis {
        /** The rate as published (2 decimals). */
        RATE,
        /** The Wilson 95% lower bound (2 decimals of a percentage). */
        WILSON_LOWER
    }

    /** Rejects a negative minimum sample. */
    public Ranking {
        java.util.Objects.requireNonNull(basis, "basis");
        if (minSample < 0) {
            throw new IllegalArgumentException("minSample < 0");
        }
    }

    /** @return rank by the published rate, higher first, small samples below 30 flagged */
    public static Ranking byRate() {
        return new Ranking(Basis.RATE, 30, true);
    }

    /** @return rank by the Wilson lower bound, higher first, small samples below 30 flagged */
    public static Ranking byWilsonLowerBound() {
        return new Ranking(Basis.WILSON_LOWER, 30, true);
    }

    /**
     * One ranked group.
     *
     * @param rank the dense rank from 1, or 0 when the rate is not applicable
     * @param key the group
     * @param rate its rate
     * @param value the compared value (a percentage), or {@code null} when not applicable
     * @param tied whether another group has the same value
     * @param smallSample whether the denominator is below the minimum sample
     */
    public record Entry(int rank, GroupKey key, Rate rate, @Nullable BigDecimal value, boolean tied,
                        boolean smallSample)
            implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * Ranks groups.
     *
     * @param rates each group's rate
     * @return the table, best first; ties ordered by larger denominator, then key
     */
    public List<Entry> rank(Map<GroupKey, Rate> rates) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<GroupKey, Rate> e : rates.entrySet()) {
            rows.add(new Object[] {e.getKey(), e.getValue(), valueOf(e.getValue())});
        }
        Comparator<Object[]> byValue = (x, y) -> {
            BigDecimal a = (BigDecimal) x[2];
            BigDecimal b = (BigDecimal) y[2];
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            return descending ? b.compareTo(a) : a.compareTo(b);
        };
        rows.sort(byValue.thenComparing((x, y) -> Long.compare(((Rate) y[1]).denominator(), ((Rate) x[1]).denominator()))
                .thenComparing(x -> (GroupKey) x[0]));
        List<Entry> out = new ArrayList<>(rows.size());
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            BigDecimal v = (BigDecimal) r[2];
            Rate rate = (Rate) r[1];
            if (v != null && (previous == null || v.compareTo(previous) != 0)) {
                rank++;
                previous = v;
            }
            boolean tied = v != null && ((i > 0 && v.equals(rows.get(i - 1)[2]))
                    || (i + 1 < rows.size() && v.equals(rows.get(i + 1)[2])));
            out.add(new Entry(v == null ? 0 : rank, (GroupKey) r[0], rate, v, tied, rate.denominator() < minSample));
        }
        return out;
    }

    private BigDecimal valueOf(Rate r) {
        if (!r.isApplicable()) {
            return null;
        }
        if (basis == Basis.RATE) {
            return r.percent().orElseThrow();
        }
        return BigDecimal.valueOf(r.wilsonLower() * 100).setScale(2, RoundingMode.HALF_UP);
    }
}
