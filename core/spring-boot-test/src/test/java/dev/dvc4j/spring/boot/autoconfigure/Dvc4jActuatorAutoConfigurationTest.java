package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

/**
 * Actuator's info contributor and health indicator, without a server: what they report, the health indicator off by
 * its property, and neither without the runtime.
 */
class Dvc4jActuatorAutoConfigurationTest {

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(Dvc4jAutoConfiguration.class, Dvc4jActuatorAutoConfiguration.class));

    static Clock at(String instant) {
        return Clock.fixed(OffsetDateTime.parse(instant).toInstant(), Dvc4j.VIETNAM);
    }

    /** The status code the indicator reports, through whichever health API this Boot line has. */
    static String status(Object indicator) throws ReflectiveOperationException {
        for (String api : new String[] {"org.springframework.boot.actuate.health.HealthIndicator",
                "org.springframework.boot.health.contributor.HealthIndicator"}) {
            if (ClassUtils.isPresent(api, null) && ClassUtils.resolveClassName(api, null).isInstance(indicator)) {
                Method health = ClassUtils.resolveClassName(api, null).getMethod("health");
                Object h = health.invoke(indicator);
                Object status = h.getClass().getMethod("getStatus").invoke(h);
                return (String) status.getClass().getMethod("getCode").invoke(status);
            }
        }
        throw new AssertionError("not a health indicator: " + indicator);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInfoContributorShowsTheModulesAndTheDataCoverage() {
        RUNNER.withBean(Clock.class, () -> at("2026-03-02T09:00:00+07:00")).run(context -> {
            InfoContributor contributor = context.getBean("dvc4jInfoContributor", InfoContributor.class);
            Info.Builder builder = new Info.Builder();
            contributor.contribute(builder);
            Map<String, Object> dvc4j = (Map<String, Object>) builder.build().getDetails().get("dvc4j");
            assertThat(dvc4j).containsOnlyKeys("version", "modules", "provenance", "coverage")
                    .containsEntry("version", Dvc4j.VERSION);
            assertThat((Map<String, Object>) dvc4j.get("coverage")).containsOnlyKeys("calendar", "tariffs", "catalogue");
        });
    }

    @Test
    void theHealthIndicatorIsUpInAnAnnouncedYearAndOutOfServiceInAnother() {
        RUNNER.withBean(Clock.class, () -> at("2026-03-02T09:00:00+07:00"))
                .run(context -> assertThat(status(context.getBean("dvc4jHealthIndicator"))).isEqualTo("UP"));
        RUNNER.withBean(Clock.class, () -> at("2027-03-01T09:00:00+07:00"))
                .run(context -> assertThat(status(context.getBean("dvc4jHealthIndicator"))).isEqualTo("OUT_OF_SERVICE"));
    }

    @Test
    void theHealthIndicatorIsOffByItsPropertyAndNeitherIsThereWithoutTheRuntime() {
        RUNNER.withPropertyValues("management.health.dvc4j.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean("dvc4jHealthIndicator").hasBean("dvc4jInfoContributor"));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(Dvc4jActuatorAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("dvc4jHealthIndicator")
                        .doesNotHaveBean("dvc4jInfoContributor"));
    }
}
