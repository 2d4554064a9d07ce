package dev.dvc4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A random source that gives scripted draws in order, so a test can put a draw exactly on either side of a
 * distribution's edge. Each {@code nextInt(bound)} takes the next scripted integer (which must lie below the bound) and
 * each {@code nextDouble()} the next scripted double; any other draw, or one draw too many, fails the test.
 */
final class ScriptedRandom implements RandomGenerator {

    private final Deque<Number> draws;

    ScriptedRandom(Number... draws) {
        this.draws = new ArrayDeque<>(List.of(draws));
    }

    @Override
    public int nextInt(int bound) {
        Number n = next("nextInt(" + bound + ")");
        assertThat(n).as("scripted draw for nextInt(%d)", bound).isInstanceOf(Integer.class);
        assertThat(n.intValue()).as("scripted draw for nextInt(%d)", bound).isBetween(0, bound - 1);
        return n.intValue();
    }

    @Override
    public double nextDouble() {
        Number n = next("nextDouble()");
        assertThat(n).as("scripted draw for nextDouble()").isInstanceOf(Double.class);
        return n.doubleValue();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("unscripted nextLong()");
    }

    private Number next(String draw) {
        if (draws.isEmpty()) {
            throw new AssertionError("no scripted draw left for " + draw);
        }
        return draws.removeFirst();
    }

    /** Fails unless every scripted draw was taken. */
    void assertAllDrawn() {
        assertThat(draws).as("scripted draws not taken").isEmpty();
    }
}
