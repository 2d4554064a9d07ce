package dev.dvc4j.examples.vendor;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A provincial vendor's module, as a one-stop software vendor for Hà Tĩnh would write it: the national calendar plus
 * the province's own days off (which the default deadline policy, the dossiers' overdue checks and the statistics then
 * count on), the province's postal tariff and the city's postal subsidy. Everything is data in JSON resources beside
 * this class; the numbers are illustrations.
 *
 * <p>Register it explicitly ({@code Dvc4j.builder().findAndRegisterModules().register(new HaTinhModule())}), or list
 * it in {@code META-INF/services/dev.dvc4j.core.spi.Dvc4jModule} of the vendor's jar (and in its
 * {@code module-info.java} {@code provides}) so that putting the jar on the class path is enough. At
 * {@link Dvc4jModule#PRIORITY_VENDOR} its calendar replaces the national default, and its tariff wins over the
 * bundled one in province 42.
 */
public final class HaTinhModule implements Dvc4jModule {

    /** The province's 2-digit code. */
    public static final String PROVINCE = "42";

    private static final String FOLDER = "/dev/dvc4j/examples/vendor/";

    /** Creates the module (also for {@link java.util.ServiceLoader}). */
    public HaTinhModule() {
    }

    @Override
    public String name() {
        return "example-ha-tinh";
    }

    @Override
    public String version() {
        return Dvc4j.VERSION;
    }

    @Override
    public int priority() {
        return PRIORITY_VENDOR;
    }

    @Override
    public void setup(SetupContext context) {
        // The province's days off on top of whatever calendar is in force; the default deadline policy, the dossiers'
        // overdue checks and the statistics' on-time rate all follow it without further contributions.
        context.provide(CalendarPoints.WORKING_CALENDAR, withProvinceDaysOff(context.get(CalendarPoints.WORKING_CALENDAR)));
        context.provide(PostalPoints.TARIFFS, tariff());
        for (PostalSubsidy s : subsidies()) {
            context.provide(PostalPoints.SUBSIDIES, s);
        }
    }

    /** @return the national calendar with the province's days off added */
    public static WorkingCalendar calendar() {
        return withProvinceDaysOff(WorkingCalendar.vietnam());
    }

    /**
     * A calendar with the province's days off added.
     *
     * @param base the calendar to decorate
     * @return the decorated calendar
     */
    public static WorkingCalendar withProvinceDaysOff(WorkingCalendar base) {
        try (InputStream in = open("ha-tinh-holidays.json")) {
            return base.toBuilder().addHolidays(HolidayData.read(in)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the province's postal tariff */
    public static PostalTariff tariff() {
        try (InputStream in = open("ha-tinh-tariff.json")) {
            return PostalTariffs.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the city's postal subsidies */
    public static List<PostalSubsidy> subsidies() {
        try (InputStream in = open("ha-tinh-subsidies.json")) {
            return PostalTariffs.loadSubsidies(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = HaTinhModule.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        return in;
    }
}
