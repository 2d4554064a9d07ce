package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Index766Test {

    private final Index766 index = Index766.bundled();

    @Test
    void bundledConfigurationAddsUpToOneHundred() {
        assertThat(index.groups()).extracting(Index766.Group::max).map(BigDecimal::intValue)
                .containsExactly(18, 20, 22, 22, 18);
        assertThat(index.validOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(index.validOn(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(index.indicators()).filteredOn(i -> !i.confirmed()).isNotEmpty();
        Index766.Indicator onTime = index.indicators().stream().filter(i -> i.id().equals("2.1")).findFirst().orElseThrow();
        assertThat(onTime.metric()).isEqualTo(Metric.ON_TIME);
        assertThat(onTime.max()).isEqualByComparingTo("20");
    }

    @Test
    void scoreIsCappedProportion() {
        Index766.Indicator online = index.indicators().stream().filter(i -> i.id().equals("3.3")).findFirst().orElseThrow();
        // Full points at 50%, max 8: 40% -> 6.40; 60% -> 8 (capped); 0/0 -> not available.
        assertThat(online.score(Rate.of(40, 100))).contains(new BigDecimal("6.40"));
        assertThat(online.score(Rate.of(60, 100))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        assertThat(online.score(Rate.NOT_APPLICABLE)).isEmpty();
        // Rounded rate first: 1/3 = 33.33% -> 33.33 * 8 / 50 = 5.3328 -> 5.33.
        assertThat(online.score(Rate.of(1, 3))).contains(new BigDecimal("5.33"));
    }

    @Test
    void totalsAndScorablePoints() {
        Index766.Score s = index.score(i -> i.metric() == Metric.ON_TIME ? Optional.of(Rate.of(95, 100))
                : i.id().equals("1.1") ? Optional.of(Rate.of(1, 1)) : Optional.empty());
        assertThat(s.total()).isEqualByComparingTo("23.00");
        assertThat(s.scorable()).isEqualByComparingTo("24");
        assertThat(s.max()).isEqualByComparingTo("100");
        assertThat(s.groups().get(1).score()).isEqualByComparingTo("19.00");
        Metrics empty = MetricsAccumulator.empty(MeasureSettings.wallClock(Facts.T0)).result();
        assertThat(index.score(empty, null, Map.of()).scorable()).isZero();
    }

    @Test
    void badConfigurationsAreRefused() {
        String wrongSum = "{\"name\":\"x\",\"validFrom\":\"2022-01-01\",\"groups\":[{\"id\":\"g\",\"vi\":\"g\",\"en\":\"g\",\"max\":10}],"
                + "\"indicators\":[{\"id\":\"1\",\"group\":\"g\",\"metric\":\"on-time\",\"max\":9,\"fullAt\":100,"
                + "\"confirmed\":true,\"vi\":\"a\",\"en\":\"a\"}]}";
        assertThatThrownBy(() -> Index766.read(new ByteArrayInputStream(wrongSum.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StatsException.class).hasMessageContaining("add up to 9, not 10");
        String badMetric = wrongSum.replace("\"max\":9", "\"max\":10").replace("on-time", "speed");
        assertThatThrownBy(() -> Index766.read(new ByteArrayInputStream(badMetric.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StatsException.class).hasMessageContaining("Unknown metric \"speed\"");
        String badThreshold = wrongSum.replace("\"max\":9", "\"max\":10").replace("\"fullAt\":100", "\"fullAt\":0");
        assertThatThrownBy(() -> Index766.read(new ByteArrayInputStream(badThreshold.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StatsException.class).hasMessageContaining("full-score threshold 0");
    }
}
