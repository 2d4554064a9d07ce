package dev.dvc4j.core.spi;

/**
 * What a {@link Dvc4jModule} receives during setup: the one way to contribute, through typed
 * {@link ExtensionPoint}s. It is also an {@link Extensions} view of what modules set up earlier contributed (and of
 * the defaults derived from it), so a module can decorate rather than replace:
 *
 * <pre>{@code
 * WorkingCalendar national = context.get(CalendarPoints.WORKING_CALENDAR);
 * context.provide(CalendarPoints.WORKING_CALENDAR, national.toBuilder().addHolidays(provinceDays).build());
 * }</pre>
 *
 * A contribution under a point (and key) already used replaces the earlier one; the runtime keeps who contributed
 * what ({@link dev.dvc4j.core.Dvc4j#provenance(ExtensionPoint, String)}). Values must be immutable or thread-safe:
 * the runtime shares them across threads. The context is valid only during {@link Dvc4jModule#setup}.
 */
public interface SetupContext extends Extensions {

    /**
     * Contributes the main value of a {@link ExtensionPoint.Kind#SINGLE} point, or an entry of a
     * {@link ExtensionPoint.Kind#KEYED} point under the key the point derives from the value.
     *
     * @param point the point
     * @param value the value
     * @param <T> its type
     * @return this context
     */
    <T> SetupContext provide(ExtensionPoint<T> point, T value);

    /**
     * Contributes a named variant of a {@link ExtensionPoint.Kind#SINGLE} point (for an agency or a province), or an
     * entry of a {@link ExtensionPoint.Kind#KEYED} point under an explicit key.
     *
     * @param point the point
     * @param key the variant or key (non-blank)
     * @param value the value
     * @param <T> its type
     * @return this context
     */
    <T> SetupContext provide(ExtensionPoint<T> point, String key, T value);

    /**
     * Removes an entry of a {@link ExtensionPoint.Kind#KEYED} point, whether a default or an earlier contribution
     * (for example a bundled dossier rule a province does not apply). Removing a key nobody contributed is an error,
     * so a typo does not pass silently.
     *
     * @param point the point
     * @param key the key
     * @param <T> its type
     * @return this context
     */
    <T> SetupContext remove(ExtensionPoint<T> point, String key);

    /**
     * The version of dvc4j that sets this module up.
     *
     * @return the version string
     */
    String runtimeVersion();
}
