package dev.dvc4j.core.id;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link DossierSequenceSource}: counters in memory, one per agency and day, thread-safe and lock-free.
 * Numbers are lost when the process ends, so this suits tests, tools and single-process hosts that seed it from
 * their store on start ({@link #resume(AgencyCode, LocalDate, int)}); everything else should plug in a database
 * sequence.
 *
 * <p>It keeps one small counter per agency and day; a long-running host calls {@link #forgetBefore(LocalDate)}
 * now and then to drop past days.
 */
public final class InMemoryDossierSequenceSource implements DossierSequenceSource {

    private static final int MAX = 9999;

    private record Key(AgencyCode agency, LocalDate day) {
    }

    private final ConcurrentMap<Key, AtomicInteger> counters = new ConcurrentHashMap<>();

    /** Creates an empty source: every agency and day starts at 1. */
    public InMemoryDossierSequenceSource() {
    }

    /**
     * {@inheritDoc}
     *
     * <p>The counter never moves past 9999: once exhausted, every further call throws and the state stays as it
     * was.
     */
    @Override
    public int next(AgencyCode agency, LocalDate day) {
        Key key = new Key(Objects.requireNonNull(agency, "agency"), Objects.requireNonNull(day, "day"));
        AtomicInteger counter = counters.computeIfAbsent(key, k -> new AtomicInteger());
        while (true) {
            int used = counter.get();
            if (used >= MAX) {
                throw new DossierSequenceExhaustedException(agency, day);
            }
            if (counter.compareAndSet(used, used + 1)) {
                return used + 1;
            }
        }
    }

    /**
     * The last number handed out for an agency and day.
     *
     * @param agency the agency
     * @param day the day
     * @return the last number, or empty if none was handed out
     */
    public OptionalInt last(AgencyCode agency, LocalDate day) {
        AtomicInteger c = counters.get(new Key(agency, day));
        int v = c == null ? 0 : c.get();
        return v == 0 ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /**
     * Continues a day's numbering after a restart: the next number handed out will be {@code lastUsed + 1}. Never
     * moves a counter backwards.
     *
     * @param agency the agency
     * @param day the day
     * @param lastUsed the highest number already used, 0 to 9999
     * @throws IllegalArgumentException if {@code lastUsed} is outside 0–9999
     */
    public void resume(AgencyCode agency, LocalDate day, int lastUsed) {
        if (lastUsed < 0 || lastUsed > MAX) {
            throw new IllegalArgumentException("lastUsed must be 0 to 9999: " + lastUsed);
        }
        Key key = new Key(Objects.requireNonNull(agency, "agency"), Objects.requireNonNull(day, "day"));
        counters.computeIfAbsent(key, k -> new AtomicInteger()).accumulateAndGet(lastUsed, Math::max);
    }

    /**
     * Drops the counters of days before a date. Numbers for those days restart at 1 if asked for again, so call
     * this only for days that can no longer receive dossiers.
     *
     * @param day the first day to keep
     */
    public void forgetBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        counters.keySet().removeIf(k -> k.day().isBefore(day));
    }

    @Override
    public String toString() {
        return "InMemoryDossierSequenceSource[" + counters.size() + " counters]";
    }
}
