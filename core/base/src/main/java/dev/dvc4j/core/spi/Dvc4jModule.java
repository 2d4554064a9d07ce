package dev.dvc4j.core.spi;

/**
 * A unit of extension, like Jackson's {@code Module}: a vendor (a province, a ministry, a test harness) packages its
 * calendars, tariffs, rule sets, dossier-code sequences and listeners in one class and dvc4j installs them. A module
 * contributes through the typed {@link ExtensionPoint}s each dvc4j artifact declares ({@code CalendarPoints},
 * {@code PostalPoints}, ...); what it does not contribute keeps the point's documented default, and defaults derived
 * from a point it does contribute follow it (override the calendar and the default deadline policy counts on it).
 *
 * <p>Modules are found with {@link java.util.ServiceLoader} (declare the class both in
 * {@code META-INF/services/dev.dvc4j.core.spi.Dvc4jModule} and, on the module path, with
 * {@code provides dev.dvc4j.core.spi.Dvc4jModule with ...} in {@code module-info.java}) or registered explicitly with
 * {@link dev.dvc4j.core.Dvc4j.Builder#register(Dvc4jModule)}. They are set up in ascending {@link #priority()}; for
 * equal priorities, discovered modules before explicitly registered ones, each group in the order found. A module set
 * up later replaces what an earlier one contributed at the same point (and key), so a province's jar overrides
 * another contribution just by being on the class path with a higher priority.
 *
 * <p>Modules that ship optional data with dvc4j use {@link #PRIORITY_BUNDLED}; vendor modules normally keep the
 * default {@link #PRIORITY_VENDOR}.
 */
public interface Dvc4jModule {

    /** The priority of defaults shipped inside dvc4j's own jars. */
    int PRIORITY_BUNDLED = -1000;

    /** The default priority of a vendor's module: above every bundled default. */
    int PRIORITY_VENDOR = 0;

    /**
     * A unique, human-readable name, such as {@code "dvc4j-core"} or {@code "ha-tinh-province"}.
     *
     * @return the name
     */
    String name();

    /**
     * The module's version, shown in {@link dev.dvc4j.core.Dvc4j#modules()} and in override provenance.
     *
     * @return the version
     */
    default String version() {
        return "unversioned";
    }

    /**
     * The order of setup: higher priorities are set up later and override lower ones.
     *
     * @return the priority
     */
    default int priority() {
        return PRIORITY_VENDOR;
    }

    /**
     * Contributes this module's extensions.
     *
     * @param context the setup context, valid only during this call
     */
    void setup(SetupContext context);
}
