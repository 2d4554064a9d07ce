package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.stats.MeasureSettings;
import java.time.Instant;
import java.util.Objects;

/**
 * The statistics settings of the application's runtime ({@link MeasureSettings#from}: its calendar, supplement clock
 * and on-time rule) as of a moment: a bean, because the settings are taken as of a report's date.
 */
public final class StatsSettings {

    private final Dvc4j dvc4j;

    /**
     * Settings of a runtime.
     *
     * @param dvc4j the runtime
     */
    public StatsSettings(Dvc4j dvc4j) {
        this.dvc4j = Objects.requireNonNull(dvc4j, "dvc4j");
    }

    /**
     * The settings as of a moment.
     *
     * @param asOf the moment rates are measured at
     * @return the settings
     */
    public MeasureSettings asOf(Instant asOf) {
        return MeasureSettings.from(dvc4j, Objects.requireNonNull(asOf, "asOf"));
    }

    /** @return the settings as of the runtime clock's current instant */
    public MeasureSettings now() {
        return asOf(dvc4j.clock().instant());
    }
}
