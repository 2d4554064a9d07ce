package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.DossierWorkflow;
import dev.dvc4j.core.json.Dvc4jJacksonModule;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.spring.boot.test.VendorModuleTest.NoHolidaysModule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The runtime and its services as beans, without a web server: each bean is the runtime's, a vendor's module bean and
 * a clock bean reach the runtime, the context's class loader finds modules, and each bean backs off for the
 * application's own.
 */
class Dvc4jAutoConfigurationTest {

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Dvc4jAutoConfiguration.class));

    /** A module a jar would declare in {@code META-INF/services}; it changes nothing. */
    public static final class Discovered implements Dvc4jModule {
        /** For ServiceLoader. */
        public Discovered() {
        }

        @Override
        public String name() {
            return "test-discovered";
        }

        @Override
        public void setup(SetupContext context) {
        }
    }

    @Test
    void theRuntimeAndEachServiceAreBeansReadFromTheRuntime() {
        RUNNER.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Dvc4j.class);
            Dvc4j dvc4j = context.getBean(Dvc4j.class);
            assertThat(context.getBean(WorkingCalendar.class)).isNotNull()
                    .isSameAs(dvc4j.get(CalendarPoints.WORKING_CALENDAR));
            assertThat(context.getBean(DeadlinePolicy.class)).isNotNull()
                    .isSameAs(dvc4j.get(CalendarPoints.DEADLINE_POLICY));
            assertThat(context.getBean(Catalogue.class)).isNotNull().isSameAs(dvc4j.get(ProcedurePoints.CATALOGUE));
            assertThat(context.getBean(DossierRules.class)).isNotNull()
                    .extracting(DossierRules::catalogue).isSameAs(context.getBean(Catalogue.class));
            assertThat(context.getBean(ServiceLevels.class)).isNotNull()
                    .extracting(ServiceLevels::regimes).isEqualTo(ServiceLevels.from(dvc4j).regimes());
            assertThat(context.getBean(DossierWorkflow.class)).isNotNull();
            assertThat(context.getBean(PortalMapper.class)).isNotNull();
            assertThat(context.getBean(PortalReader.class)).isNotNull();
            assertThat(context.getBean(PostalCalculator.class)).isNotNull()
                    .extracting(PostalCalculator::tariffs).isEqualTo(PostalCalculator.from(dvc4j).tariffs());
            assertThat(context.getBean(StatsSettings.class)).isNotNull();
            assertThat(context.getBean(Dvc4jJacksonModule.class)).isNotNull();
            // the properties' data files are a module of their own, between the bundled data and vendors' modules
            assertThat(dvc4j.modules()).contains(new Dvc4j.ModuleInfo("spring-properties", "unversioned",
                    PropertiesModule.PRIORITY, false));
            assertThat(PropertiesModule.PRIORITY).isGreaterThan(Dvc4jModule.PRIORITY_BUNDLED)
                    .isLessThan(Dvc4jModule.PRIORITY_VENDOR);
        });
    }

    @Test
    void aVendorsModuleBeanOverridesTheCalendarAndTheDeadlinePolicyFollowsIt() {
        RUNNER.run(context -> assertThat(context.getBean(WorkingCalendar.class).nationalHolidays()).isTrue());
        RUNNER.withBean(NoHolidaysModule.class, NoHolidaysModule::new).run(context -> {
            Dvc4j dvc4j = context.getBean(Dvc4j.class);
            assertThat(dvc4j.provenance(CalendarPoints.WORKING_CALENDAR)).get()
                    .extracting(Dvc4j.Provenance::module).isEqualTo("test-no-holidays");
            assertThat(context.getBean(WorkingCalendar.class).nationalHolidays()).isFalse();
            assertThat(context.getBean(DeadlinePolicy.class)).isSameAs(dvc4j.get(CalendarPoints.DEADLINE_POLICY));
        });
    }

    @Test
    void theApplicationsClockIsTheRuntimesElseTheSystemClockInTheConfiguredZone() {
        Clock fixed = Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), Dvc4j.VIETNAM);
        RUNNER.withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean(Dvc4j.class).clock()).isSameAs(fixed));
        RUNNER.run(context -> assertThat(context.getBean(Dvc4j.class).clock().getZone()).isEqualTo(Dvc4j.VIETNAM));
        RUNNER.withPropertyValues("dvc4j.zone=UTC").run(context -> {
            Clock clock = context.getBean(Dvc4j.class).clock();
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(clock.instant()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                    1, java.time.temporal.ChronoUnit.MINUTES));
        });
    }

    @Test
    void theContextsClassLoaderFindsTheModulesJarsDeclare(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + Dvc4jModule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Discovered.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RUNNER.withClassLoader(loader).run(context -> assertThat(context.getBean(Dvc4j.class).modules())
                    .contains(new Dvc4j.ModuleInfo("test-discovered", "unversioned", Dvc4jModule.PRIORITY_VENDOR, true)));
        }
        RUNNER.run(context -> assertThat(context.getBean(Dvc4j.class).modules())
                .extracting(Dvc4j.ModuleInfo::name).doesNotContain("test-discovered"));
    }

    @Test
    void eachBeanBacksOffForTheApplicationsOwn() {
        Dvc4j own = Dvc4j.builder().clock(Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), ZoneOffset.UTC)).build();
        WorkingCalendar calendar = WorkingCalendar.builder().nationalHolidays(false).build();
        RUNNER.withBean(Dvc4j.class, () -> own).withBean(WorkingCalendar.class, () -> calendar).run(context -> {
            assertThat(context).hasSingleBean(Dvc4j.class).hasSingleBean(WorkingCalendar.class);
            assertThat(context.getBean(Dvc4j.class)).isSameAs(own);
            assertThat(context.getBean(WorkingCalendar.class)).isSameAs(calendar);
            // the other services are still the (application's) runtime's
            assertThat(context.getBean(DeadlinePolicy.class)).isSameAs(own.get(CalendarPoints.DEADLINE_POLICY));
        });
    }
}
