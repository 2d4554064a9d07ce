package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.stats.MeasureSettings;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The statistics settings of the runtime, as of a moment or of its clock's now. */
class StatsSettingsTest {

    static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");

    final Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().clock(Clock.fixed(NOW, Dvc4j.VIETNAM)).build();

    @Test
    void theSettingsAreTheRuntimesAsOfTheMomentAsked() {
        StatsSettings settings = new StatsSettings(dvc4j);
        Instant asOf = Instant.parse("2025-12-31T10:00:00Z");
        assertThat(settings.asOf(asOf)).isEqualTo(MeasureSettings.from(dvc4j, asOf));
        assertThat(settings.asOf(asOf).asOf()).isEqualTo(asOf);
        assertThat(settings.now()).isEqualTo(MeasureSettings.from(dvc4j, NOW));
        assertThat(settings.now().asOf()).isEqualTo(NOW);
    }

    @Test
    void nullIsRefusedWithItsName() {
        assertThatNullPointerException().isThrownBy(() -> new StatsSettings(null)).withMessage("dvc4j");
        assertThatNullPointerException().isThrownBy(() -> new StatsSettings(dvc4j).asOf(null)).withMessage("asOf");
    }
}
