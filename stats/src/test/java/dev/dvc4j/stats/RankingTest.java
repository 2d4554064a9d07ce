package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    static Map<GroupKey, Rate> provinces() {
        Map<GroupKey, Rate> m = new LinkedHashMap<>();
        m.put(GroupKey.of("Trà Vinh"), Rate.of(1, 1));
        m.put(GroupKey.of("Hà Tĩnh"), Rate.of(980, 1000));
        m.put(GroupKey.of("Cà Mau"), Rate.of(490, 500));
        m.put(GroupKey.of("Huế"), Rate.of(900, 1000));
        m.put(GroupKey.of("Lai Châu"), Rate.NOT_APPLICABLE);
        return m;
    }

    @Test
    void denseRanksWithTiesAndSmallSamples() {
        List<Ranking.Entry> t = Ranking.byRate().rank(provinces());
        assertThat(t).extracting(e -> e.key().toString()).containsExactly("Trà Vinh", "Hà Tĩnh", "Cà Mau", "Huế", "Lai Châu");
        assertThat(t).extracting(Ranking.Entry::rank).containsExactly(1, 2, 2, 3, 0);
        assertThat(t).extracting(Ranking.Entry::tied).containsExactly(false, true, true, false, false);
        assertThat(t.get(0).smallSample()).isTrue();
        assertThat(t.get(1).smallSample()).isFalse();
        assertThat(t.get(4).value()).isNull();
    }

    @Test
    void wilsonLowerBoundKeepsOneDossierFromToppingTheTable() {
        List<Ranking.Entry> t = Ranking.byWilsonLowerBound().rank(provinces());
        assertThat(t).extracting(e -> e.key().toString()).containsExactly("Hà Tĩnh", "Cà Mau", "Huế", "Trà Vinh", "Lai Châu");
        assertThat(t).extracting(Ranking.Entry::rank).containsExactly(1, 2, 3, 4, 0);
        assertThat(t.get(3).value()).isEqualByComparingTo("20.65");
    }
}
