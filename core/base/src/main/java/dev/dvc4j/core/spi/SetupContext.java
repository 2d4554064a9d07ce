package dev.dvc4j.core.spi;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Dvc4jModule} receives during setup: the single, versioned way to contribute extensions.
 *
 * <p>An extension is any object registered under its extension type and a key: a working calendar under
 * {@code (WorkingCalendar.class, "default")}, a province's tariff under {@code (PostalTariff.class, "VN-42")}, a
 * listener under {@code (DossierListener.class, "audit")}. Modules that define new kinds of extension (the postal
 * module's tariffs, the stats module's index weights) use the same mechanism with their own types, so core never
 * needs to know them. A contribution under a type and key already used replaces the earlier one; the runtime keeps
 * who contributed what for {@link dev.dvc4j.core.Dvc4j#provenance(Class, String)}.
 */
public interface SetupContext {

    /**
     * Contributes an extension.
     *
     * @param type the extension type, the key of its registry
     * @param key the name of this extension within its type (non-blank)
     * @param value the extension (non-null, and immutable or thread-safe: the runtime shares it across threads)
     * @param <T> the extension type
     * @return this context
     */
    <T> SetupContext provide(Class<T> type, String key, T value);

    /**
     * What modules set up earlier contributed under a type and key, for a module that decorates rather than
     * replaces (for example, adding a province's days off to the national calendar).
     *
     * @param type the extension type
     * @param key the key
     * @param <T> the extension type
     * @return the current contribution, if any
     */
    <T> Optional<T> current(Class<T> type, String key);

    /**
     * Every contribution so far under a type, by key, in contribution order.
     *
     * @param type the extension type
     * @param <T> the extension type
     * @return an unmodifiable view
     */
    <T> Map<String, T> current(Class<T> type);

    /**
     * The clock the runtime is being built with.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The version of dvc4j-core that sets this module up.
     *
     * @return the version string
     */
    String runtimeVersion();
}
