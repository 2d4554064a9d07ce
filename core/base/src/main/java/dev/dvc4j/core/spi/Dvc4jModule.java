package dev.dvc4j.core.spi;

/**
 * A unit of extension, like Jackson's {@code Module}: a vendor (a province, a ministry, a test harness) packages its
 * calendars, tariffs, rule sets, dossier-code sequences and listeners in one class and dvc4j installs them.
 *
 * <p>Modules are found with {@link java.util.ServiceLoader} (declare the class both in
 * {@code META-INF/services/dev.dvc4j.core.spi.Dvc4jModule} and, on the module path, with
 * {@code provides dev.dvc4j.core.spi.Dvc4jModule with ...} in {@code module-info.java}) or registered explicitly with
 * {@link dev.dvc4j.core.Dvc4j.Builder#register(Dvc4jModule)}. They are set up in ascending {@link #priority()}; for
 * equal priorities, discovered modules before explicitly registered ones, each group in the order found. A module set
 * up later replaces what an earlier one contributed under the same type and key, so a province's jar overrides a
 * bundled default just by being on the class path with a higher priority.
 *
 * <p>Bundled defaults use {@link #PRIORITY_BUNDLED}; vendor modules normally keep the default {@link #PRIORITY_VENDOR}.
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
