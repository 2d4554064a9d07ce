package dev.dvc4j.spring.boot.autoconfigure;

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
import dev.dvc4j.jackson3.Dvc4jJackson3Module;
import dev.dvc4j.postal.PostalCalculator;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Dvc4j} runtime and its main services as beans. The runtime takes the modules {@link java.util.ServiceLoader}
 * finds, the data files of {@link Dvc4jProperties}, and every bean of type {@link Dvc4jModule}, set up by priority;
 * the service beans are read from it, so a vendor's module bean that overrides only the calendar moves the deadline
 * policy bean too. Each bean backs off when the application defines its own of the same type. A {@link Clock} bean,
 * if the application has one, is the runtime's clock.
 *
 * <p>It also registers dvc4j's Jackson module with the application's mappers: Boot 3 adds every Jackson 2
 * {@code Module} bean to its {@code ObjectMapper}, Boot 4 every Jackson 3 {@code JacksonModule} bean to its
 * {@code JsonMapper}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"})
@EnableConfigurationProperties(Dvc4jProperties.class)
public class Dvc4jAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Dvc4jAutoConfiguration.class);

    /** Creates the configuration. */
    public Dvc4jAutoConfiguration() {
    }

    /**
     * The runtime.
     *
     * @param properties the dvc4j properties
     * @param modules the application's module beans
     * @param clock the application's clock, if any
     * @param context the application context (its class loader finds modules and the validation provider)
     * @return the runtime
     */
    @Bean
    @ConditionalOnMissingBean
    public Dvc4j dvc4j(Dvc4jProperties properties, ObjectProvider<Dvc4jModule> modules, ObjectProvider<Clock> clock,
                       ApplicationContext context) {
        ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader() : Dvc4j.class.getClassLoader();
        Dvc4j.Builder b = Dvc4j.builder().classLoader(loader).findAndRegisterModules()
                .clock(clock.getIfAvailable(() -> Clock.system(properties.getZone())))
                .register(new PropertiesModule(properties, loader));
        modules.orderedStream().forEach(b::register);
        Dvc4j dvc4j = b.build();
        LOG.info("dvc4j {} with modules {}", Dvc4j.VERSION, dvc4j.modules());
        return dvc4j;
    }

    /**
     * The runtime's working calendar.
     *
     * @param dvc4j the runtime
     * @return {@link CalendarPoints#WORKING_CALENDAR}
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar dvc4jWorkingCalendar(Dvc4j dvc4j) {
        return dvc4j.get(CalendarPoints.WORKING_CALENDAR);
    }

    /**
     * The runtime's deadline policy.
     *
     * @param dvc4j the runtime
     * @return {@link CalendarPoints#DEADLINE_POLICY}
     */
    @Bean
    @ConditionalOnMissingBean
    public DeadlinePolicy dvc4jDeadlinePolicy(Dvc4j dvc4j) {
        return dvc4j.get(CalendarPoints.DEADLINE_POLICY);
    }

    /**
     * The runtime's dossier workflow.
     *
     * @param dvc4j the runtime
     * @return {@link DossierWorkflow#of}
     */
    @Bean
    @ConditionalOnMissingBean
    public DossierWorkflow dvc4jDossierWorkflow(Dvc4j dvc4j) {
        return DossierWorkflow.of(dvc4j);
    }

    /**
     * The runtime's procedure catalogue.
     *
     * @param dvc4j the runtime
     * @return {@link ProcedurePoints#CATALOGUE}
     */
    @Bean
    @ConditionalOnMissingBean
    public Catalogue dvc4jCatalogue(Dvc4j dvc4j) {
        return dvc4j.get(ProcedurePoints.CATALOGUE);
    }

    /**
     * The runtime's service-level assessment.
     *
     * @param dvc4j the runtime
     * @return {@link ServiceLevels#from}
     */
    @Bean
    @ConditionalOnMissingBean
    public ServiceLevels dvc4jServiceLevels(Dvc4j dvc4j) {
        return ServiceLevels.from(dvc4j);
    }

    /**
     * The runtime's filing rules.
     *
     * @param dvc4j the runtime
     * @return {@link DossierRules#from}
     */
    @Bean
    @ConditionalOnMissingBean
    public DossierRules dvc4jDossierRules(Dvc4j dvc4j) {
        return DossierRules.from(dvc4j);
    }

    /**
     * The national portal's payload writer.
     *
     * @param dvc4j the runtime
     * @return {@link PortalMapper#from}
     */
    @Bean
    @ConditionalOnMissingBean
    public PortalMapper dvc4jPortalMapper(Dvc4j dvc4j) {
        return PortalMapper.from(dvc4j);
    }

    /**
     * The national portal's payload reader.
     *
     * @param dvc4j the runtime
     * @return {@link PortalReader#from}
     */
    @Bean
    @ConditionalOnMissingBean
    public PortalReader dvc4jPortalReader(Dvc4j dvc4j) {
        return PortalReader.from(dvc4j);
    }

    /** The postal calculator, with dvc4j-postal. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.dvc4j.postal.PostalCalculator")
    public static class PostalConfiguration {

        /** Creates the configuration. */
        public PostalConfiguration() {
        }

        /**
         * The public postal service calculator.
         *
         * @param dvc4j the runtime
         * @return {@link PostalCalculator#from}
         */
        @Bean
        @ConditionalOnMissingBean
        public PostalCalculator dvc4jPostalCalculator(Dvc4j dvc4j) {
            return PostalCalculator.from(dvc4j);
        }
    }

    /** The statistics settings, with dvc4j-stats. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.dvc4j.stats.MeasureSettings")
    public static class StatsConfiguration {

        /** Creates the configuration. */
        public StatsConfiguration() {
        }

        /**
         * The statistics settings.
         *
         * @param dvc4j the runtime
         * @return the settings factory
         */
        @Bean
        @ConditionalOnMissingBean
        public StatsSettings dvc4jStatsSettings(Dvc4j dvc4j) {
            return new StatsSettings(dvc4j);
        }
    }

    /** dvc4j's Jackson 2 module, which Boot 3 adds to its {@code ObjectMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    public static class Jackson2Configuration {

        /** Creates the configuration. */
        public Jackson2Configuration() {
        }

        /** @return the module */
        @Bean
        @ConditionalOnMissingBean
        public Dvc4jJacksonModule dvc4jJacksonModule() {
            return new Dvc4jJacksonModule();
        }
    }

    /** dvc4j's Jackson 3 module, which Boot 4 adds to its {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "dev.dvc4j.jackson3.Dvc4jJackson3Module"})
    public static class Jackson3Configuration {

        /** Creates the configuration. */
        public Jackson3Configuration() {
        }

        /** @return the module */
        @Bean
        @ConditionalOnMissingBean
        public Dvc4jJackson3Module dvc4jJackson3Module() {
            return new Dvc4jJackson3Module();
        }
    }
}
