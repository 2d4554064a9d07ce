package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code dvc4j.*} properties in a context: the data files they name reach the runtime (and a vendor's module still
 * overrides them), a file that cannot be read and a value out of range stop the application with a clear error.
 */
class DataFilePropertiesTest {

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Dvc4jAutoConfiguration.class));

    /** A Wednesday the test holiday file makes a day off. */
    static final LocalDate LOCAL_DAY_OFF = LocalDate.of(2026, 3, 4);

    /** The first cause of a type in a chain. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }

    static Optional<String> provider(Dvc4j dvc4j, dev.dvc4j.core.spi.ExtensionPoint<?> point) {
        return dvc4j.provenance(point).map(Dvc4j.Provenance::module);
    }

    @Test
    void holidayFilesAreLayeredOnTheCalendar() {
        RUNNER.run(context -> {
            Dvc4j dvc4j = context.getBean(Dvc4j.class);
            assertThat(context.getBean(WorkingCalendar.class).isWorkingDay(LOCAL_DAY_OFF)).isTrue();
            assertThat(context.getBean(WorkingCalendar.class).holidayLayers()).isEmpty();
            assertThat(provider(dvc4j, CalendarPoints.WORKING_CALENDAR)).isNotEqualTo(Optional.of("spring-properties"));
        });
        RUNNER.withPropertyValues("dvc4j.holidays=classpath:dvc4j-test/holidays.json").run(context -> {
            Dvc4j dvc4j = context.getBean(Dvc4j.class);
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.isWorkingDay(LOCAL_DAY_OFF)).isFalse();
            assertThat(calendar.isWorkingDay(LOCAL_DAY_OFF.plusDays(1))).isTrue();
            assertThat(calendar.holidayLayers()).hasSize(1);
            assertThat(calendar.nationalHolidays()).as("layered on, not instead of, the national holidays").isTrue();
            assertThat(provider(dvc4j, CalendarPoints.WORKING_CALENDAR)).hasValue("spring-properties");
        });
    }

    @Test
    void aCatalogueFileReplacesTheEmptyDefaultCatalogue() {
        RUNNER.run(context -> {
            assertThat(context.getBean(Catalogue.class).size()).isZero();
            assertThat(provider(context.getBean(Dvc4j.class), ProcedurePoints.CATALOGUE))
                    .isNotEqualTo(Optional.of("spring-properties"));
        });
        RUNNER.withPropertyValues("dvc4j.catalogue=classpath:dvc4j-test/catalogue.json").run(context -> {
            Catalogue catalogue = context.getBean(Catalogue.class);
            assertThat(catalogue.isSample()).isFalse();
            assertThat(catalogue.label()).isEqualTo("dvc4j Spring tests' catalogue");
            assertThat(catalogue.size()).isEqualTo(1);
            assertThat(catalogue.procedure(ProcedureCode.parse("1.001234"))).isPresent();
            assertThat(context.getBean(DossierRules.class).catalogue()).isSameAs(catalogue);
            assertThat(provider(context.getBean(Dvc4j.class), ProcedurePoints.CATALOGUE)).hasValue("spring-properties");
        });
    }

    @Test
    void tariffFilesAreAddedToTheBundledTariffs() {
        RUNNER.run(context -> assertThat(context.getBean(PostalCalculator.class).tariffs())
                .extracting(PostalTariff::id).containsExactly(PostalTariffs.BUNDLED_TARIFF_ID));
        RUNNER.withPropertyValues("dvc4j.tariffs=classpath:dvc4j-test/tariff.json").run(context -> assertThat(
                context.getBean(PostalCalculator.class).tariffs()).extracting(PostalTariff::id)
                .containsExactlyInAnyOrder(PostalTariffs.BUNDLED_TARIFF_ID, "test-tariff-2026"));
    }

    /** A vendor's catalogue, above the properties' data. */
    static final class VendorCatalogue implements Dvc4jModule {
        @Override
        public String name() {
            return "test-vendor-catalogue";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(ProcedurePoints.CATALOGUE, Catalogue.empty());
        }
    }

    @Test
    void aVendorsModuleStillOverridesTheFilesOfTheProperties() {
        RUNNER.withPropertyValues("dvc4j.catalogue=classpath:dvc4j-test/catalogue.json")
                .withBean(VendorCatalogue.class, VendorCatalogue::new).run(context -> {
                    assertThat(context.getBean(Catalogue.class).size()).isZero();
                    assertThat(provider(context.getBean(Dvc4j.class), ProcedurePoints.CATALOGUE))
                            .hasValue("test-vendor-catalogue");
                });
    }

    @Test
    void aFileThatCannotBeReadStopsTheApplicationNamingTheProperty() {
        RUNNER.withPropertyValues("dvc4j.catalogue=file:/nonexistent/dvc4j/catalogue.json").run(context -> {
            assertThat(context).hasFailed();
            UncheckedIOException e = cause(context.getStartupFailure(), UncheckedIOException.class);
            // the resource's own description of itself: URL [file:/nonexistent/dvc4j/catalogue.json]
            assertThat(e).hasMessageStartingWith("dvc4j.catalogue: cannot read ")
                    .hasMessageEndingWith("/nonexistent/dvc4j/catalogue.json]")
                    .hasCauseInstanceOf(FileNotFoundException.class);
        });
        RUNNER.withPropertyValues("dvc4j.holidays=classpath:dvc4j-test/missing.json").run(context -> assertThat(
                cause(context.getStartupFailure(), UncheckedIOException.class))
                .hasMessage("dvc4j.holidays: cannot read class path resource [dvc4j-test/missing.json]"));
        RUNNER.withPropertyValues("dvc4j.tariffs=classpath:dvc4j-test/missing.json").run(context -> assertThat(
                cause(context.getStartupFailure(), UncheckedIOException.class))
                .hasMessage("dvc4j.tariffs: cannot read class path resource [dvc4j-test/missing.json]"));
    }

    @Test
    void aDefaultLanguageOtherThanViOrEnStopsTheApplication() {
        for (String language : List.of("vi", "en")) {
            RUNNER.withPropertyValues("dvc4j.default-language=" + language).run(context -> assertThat(
                    context.getBean(Dvc4jProperties.class).getDefaultLanguage()).isEqualTo(language));
        }
        RUNNER.withPropertyValues("dvc4j.default-language=fr").run(context -> {
            assertThat(context).hasFailed();
            assertThat(cause(context.getStartupFailure(), BindException.class).getProperty().getName())
                    .hasToString("dvc4j.default-language");
            assertThat(cause(context.getStartupFailure(), IllegalArgumentException.class))
                    .hasMessage("dvc4j.default-language must be vi or en, not fr");
        });
    }

    @Test
    void anUnknownZoneOrANonNumericStatusStopsTheApplication() {
        RUNNER.withPropertyValues("dvc4j.zone=Asia/Atlantis").run(context -> assertThat(
                cause(context.getStartupFailure(), BindException.class).getProperty().getName())
                .hasToString("dvc4j.zone"));
        RUNNER.withPropertyValues("dvc4j.web.status.dossier.sequence-exhausted=busy").run(context -> assertThat(
                cause(context.getStartupFailure(), BindException.class).getProperty().getName())
                .hasToString("dvc4j.web.status.dossier.sequence-exhausted"));
        RUNNER.withPropertyValues("dvc4j.web.status.dossier.sequence-exhausted=503").run(context -> assertThat(
                context.getBean(Dvc4jProperties.class).getWeb().getStatus())
                .containsExactly(java.util.Map.entry("dossier.sequence-exhausted", 503)));
    }
}
