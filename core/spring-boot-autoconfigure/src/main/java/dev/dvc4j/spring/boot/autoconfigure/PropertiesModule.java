package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalTariffs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.Resource;

/**
 * The data files named in {@code dvc4j.*} properties, contributed as a module: above dvc4j's bundled defaults and
 * below vendors' modules ({@link Dvc4jModule#PRIORITY_VENDOR}), so a vendor's bean still overrides them.
 */
final class PropertiesModule implements Dvc4jModule {

    /** The module's priority: over the bundled data, under vendors' modules. */
    static final int PRIORITY = Dvc4jModule.PRIORITY_VENDOR - 100;

    private final Dvc4jProperties properties;
    private final ClassLoader loader;

    PropertiesModule(Dvc4jProperties properties, ClassLoader loader) {
        this.properties = properties;
        this.loader = loader;
    }

    @Override
    public String name() {
        return "spring-properties";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public void setup(SetupContext context) {
        if (!properties.getHolidays().isEmpty()) {
            WorkingCalendar.Builder calendar = context.get(CalendarPoints.WORKING_CALENDAR).toBuilder();
            for (Resource r : properties.getHolidays()) {
                calendar.addHolidays(read(r, "dvc4j.holidays", HolidayData::read));
            }
            context.provide(CalendarPoints.WORKING_CALENDAR, calendar.build());
        }
        if (properties.getCatalogue() != null) {
            Resource r = properties.getCatalogue();
            context.provide(ProcedurePoints.CATALOGUE, read(r, "dvc4j.catalogue",
                    in -> CatalogueLoader.withDefaultValidator(loader).load(r.getDescription(), in)));
        }
        if (!properties.getTariffs().isEmpty()) {
            if (!Classes.POSTAL) {
                throw new Dvc4jException("spring.postal-missing", LocalizedText.of(
                        "dvc4j.tariffs cần dvc4j-postal trên class path", "dvc4j.tariffs needs dvc4j-postal on the class path"));
            }
            Tariffs.provide(context, properties.getTariffs());
        }
    }

    /** Reads a resource, naming the property in the error. */
    static <T> T read(Resource r, String property, Reader<T> reader) {
        try (InputStream in = r.getInputStream()) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(property + ": cannot read " + r.getDescription(), e);
        }
    }

    /** Reads a stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Loaded only when dvc4j-postal is present. */
    private static final class Tariffs {
        static void provide(SetupContext context, List<Resource> files) {
            for (Resource r : files) {
                context.provide(PostalPoints.TARIFFS, read(r, "dvc4j.tariffs", PostalTariffs::load));
            }
        }
    }
}
