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

    static Index766 read(String json) {
        return Index766.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static final String ONE = "{\"name\":\"x\",\"legalBasis\":\"QĐ 766\",\"validFrom\":\"2022-01-01\",\"validTo\":\"2025-12-31\","
            + "\"groups\":[{\"id\":\"g\",\"vi\":\"g\",\"en\":\"g\",\"max\":10}],"
            + "\"indicators\":[{\"id\":\"1\",\"group\":\"g\",\"metric\":\"on-time\",\"max\":10,\"fullAt\":100,"
            + "CONFIRMED\"vi\":\"a\",\"en\":\"a\"}]}";

    @Test
    void flagsAreTrueFalseOrTheirDefaultAndNothingElse() {
        Index766.Indicator confirmed = read(ONE.replace("CONFIRMED", "\"confirmed\":true,")).indicators().get(0);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.fullAtConfirmed()).as("absent: its default").isTrue();
        Index766.Indicator not = read(ONE.replace("CONFIRMED", "\"confirmed\":false,\"fullAtConfirmed\":false,"))
                .indicators().get(0);
        assertThat(not.confirmed()).isFalse();
        assertThat(not.fullAtConfirmed()).isFalse();
        assertThat(read(ONE.replace("CONFIRMED", "\"confirmed\":true,\"fullAtConfirmed\":null,")).indicators().get(0)
                .fullAtConfirmed()).as("null: its default").isTrue();
        for (String bad : new String[] {"", "\"confirmed\":null,", "\"confirmed\":\"yes\",", "\"confirmed\":1,"}) {
            assertThatThrownBy(() -> read(ONE.replace("CONFIRMED", bad))).as(bad).isInstanceOf(StatsException.class)
                    .hasMessageContaining("Field \"confirmed\" must be true or false");
        }
        assertThatThrownBy(() -> read(ONE.replace("CONFIRMED", "\"confirmed\":true,\"fullAtConfirmed\":\"no\",")))
                .hasMessageContaining("Field \"fullAtConfirmed\" must be true or false");
    }

    @Test
    void anIndicatorOfAnUnknownGroupIsRefused() {
        String stray = ONE.replace("CONFIRMED", "\"confirmed\":true,").replace("}]}", "},{\"id\":\"2\",\"group\":\"h\","
                + "\"metric\":\"on-time\",\"max\":0,\"fullAt\":100,\"confirmed\":true,\"vi\":\"b\",\"en\":\"b\"}]}");
        assertThatThrownBy(() -> read(stray)).isInstanceOf(StatsException.class)
                .hasMessageContaining("Indicator 2 names an unknown group h")
                .extracting(e -> ((StatsException) e).code()).isEqualTo("stats.index.config");
    }

    @Test
    void aConfigurationIsInForceFromItsFirstDayToItsLast() {
        Index766 x = read(ONE.replace("CONFIRMED", "\"confirmed\":true,"));
        assertThat(x.legalBasis()).isEqualTo("QĐ 766");
        assertThat(x.validOn(java.time.LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(x.validOn(java.time.LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(x.validOn(java.time.LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(x.validOn(java.time.LocalDate.of(2026, 1, 1))).isFalse();
        Index766 open = read(ONE.replace("CONFIRMED", "\"confirmed\":true,").replace(",\"validTo\":\"2025-12-31\"", ""));
        assertThat(open.validOn(java.time.LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(open.validOn(java.time.LocalDate.of(2021, 12, 31))).isFalse();
    }

    @Test
    void serviceMetricsAreScoredFromTheServicesWhenGiven() {
        Metrics none = MetricsAccumulator.empty(MeasureSettings.of(java.time.Instant.parse("2026-01-01T00:00:00Z"))).result();
        ServiceAccumulator services = ServiceAccumulator.create();
        for (int i = 0; i < 10; i++) {
            services.add(ServiceFacts.ofLevel("1.00" + i, "A", i < 8 ? 3 : 2));
        }
        Index766.IndicatorScore withServices = index.score(none, services.result(), Map.of()).indicators().stream()
                .filter(s -> s.indicator().metric() == Metric.SERVICE_AVAILABILITY).findFirst().orElseThrow();
        assertThat(withServices.rate()).isEqualTo(Rate.of(8, 10));
        assertThat(withServices.score()).isPresent();
        Index766.IndicatorScore without = index.score(none, null, Map.of()).indicators().stream()
                .filter(s -> s.indicator().metric() == Metric.SERVICE_AVAILABILITY).findFirst().orElseThrow();
        assertThat(without.score()).isEmpty();
    }
}
