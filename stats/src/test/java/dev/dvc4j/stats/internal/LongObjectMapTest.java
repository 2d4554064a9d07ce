package dev.dvc4j.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongObjectMapTest {

    /** The capacity, as the map's description shows its key slots. */
    private static int capacity(LongObjectMap<?> map) {
        String s = map.toString();
        return s.substring(s.indexOf("keys=[")).split(",").length;
    }

    @Test
    void aValueIsCreatedOnceAndTheTableDoublesWhenMoreThanHalfFull() {
        LongObjectMap<String> map = new LongObjectMap<>();
        List<Long> created = new ArrayList<>();
        assertThat(map.get(5)).isNull();
        assertThat(map.computeIfAbsent(5, k -> { created.add(k); return "five"; })).isEqualTo("five");
        assertThat(map.computeIfAbsent(5, k -> { created.add(k); return "again"; })).isEqualTo("five");
        assertThat(created).containsExactly(5L);
        assertThat(map.get(5)).isEqualTo("five");
        assertThat(map.toString()).startsWith("LongObjectMap[size=1, keys=[").containsPattern("[\\[ ]5[,\\]]").endsWith("]]");
        assertThat(capacity(map)).isEqualTo(16);
        for (long k = 100; map.size() < 8; k++) {
            map.computeIfAbsent(k, Long::toString);
        }
        assertThat(capacity(map)).isEqualTo(16);
        map.computeIfAbsent(-1, Long::toString);
        assertThat(map.size()).isEqualTo(9);
        assertThat(capacity(map)).isEqualTo(32);
        assertThat(map.get(5)).isEqualTo("five");
        assertThat(map.get(-1)).isEqualTo("-1");
    }

    @Property(tries = 50)
    void behavesAsAHashMap(@ForAll @Size(max = 300) List<@net.jqwik.api.constraints.LongRange(min = -40, max = 400) Long> keys,
                           @ForAll @Size(max = 50) List<Long> lookups) {
        LongObjectMap<Long> map = new LongObjectMap<>();
        Map<Long, Long> expected = new HashMap<>();
        for (long k : keys) {
            assertThat(map.computeIfAbsent(k, x -> x * 3)).isEqualTo(k * 3);
            expected.put(k, k * 3);
            assertThat(map.size()).isEqualTo(expected.size());
        }
        Map<Long, Long> visited = new HashMap<>();
        map.forEach((k, v) -> assertThat(visited.put(k, v)).isNull());
        assertThat(visited).isEqualTo(expected);
        for (long k : keys) {
            assertThat(map.get(k)).isEqualTo(k * 3);
        }
        for (long k : lookups) {
            assertThat(map.get(k)).isEqualTo(expected.get(k));
        }
    }
}
