package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4j;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator, when the application has it: an info contributor {@code dvc4j} (version, modules, who provides each main
 * extension point, data coverage) and a health indicator {@code dvc4j} that turns OUT_OF_SERVICE when the running
 * year has no announced holiday schedule and DOWN when a postal table has expired with none in force
 * ({@code management.health.dvc4j.enabled=false} turns it off). Boot 3's and Boot 4's health APIs are both served.
 */
@AutoConfiguration(after = Dvc4jAutoConfiguration.class)
@ConditionalOnBean(Dvc4j.class)
public class Dvc4jActuatorAutoConfiguration {

    /** Creates the configuration. */
    public Dvc4jActuatorAutoConfiguration() {
    }

    /** The info contributor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    public static class Info {

        /** Creates the configuration. */
        public Info() {
        }

        /**
         * dvc4j's entry of {@code /actuator/info}.
         *
         * @param dvc4j the runtime
         * @return the contributor
         */
        @Bean
        @ConditionalOnMissingBean(name = "dvc4jInfoContributor")
        public InfoContributor dvc4jInfoContributor(Dvc4j dvc4j) {
            return builder -> {
                java.util.Map<String, Object> info = new java.util.LinkedHashMap<>(DataCoverage.modules(dvc4j));
                info.put("coverage", DataCoverage.of(dvc4j).details());
                builder.withDetail("dvc4j", info);
            };
        }
    }

    /** Boot 3's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.dvc4j", name = "enabled", havingValue = "true", matchIfMissing = true)
    public static class Boot3Health {

        /** Creates the configuration. */
        public Boot3Health() {
        }

        /**
         * dvc4j's health.
         *
         * @param dvc4j the runtime
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "dvc4jHealthIndicator")
        public org.springframework.boot.actuate.health.HealthIndicator dvc4jHealthIndicator(Dvc4j dvc4j) {
            return () -> {
                DataCoverage c = DataCoverage.of(dvc4j);
                return org.springframework.boot.actuate.health.Health
                        .status(new org.springframework.boot.actuate.health.Status(c.verdict().name()))
                        .withDetails(c.details()).build();
            };
        }
    }

    /** Boot 4's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.dvc4j", name = "enabled", havingValue = "true", matchIfMissing = true)
    public static class Boot4Health {

        /** Creates the configuration. */
        public Boot4Health() {
        }

        /**
         * dvc4j's health.
         *
         * @param dvc4j the runtime
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "dvc4jHealthIndicator")
        public org.springframework.boot.health.contributor.HealthIndicator dvc4jHealthIndicator(Dvc4j dvc4j) {
            return () -> {
                DataCoverage c = DataCoverage.of(dvc4j);
                return org.springframework.boot.health.contributor.Health
                        .status(new org.springframework.boot.health.contributor.Status(c.verdict().name()))
                        .withDetails(c.details()).build();
            };
        }
    }
}
