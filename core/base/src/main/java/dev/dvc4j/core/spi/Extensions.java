package dev.dvc4j.core.spi;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * What is in force at each {@link ExtensionPoint}: the {@link dev.dvc4j.core.Dvc4j} runtime, and during setup the
 * {@link SetupContext} (which sees what modules set up so far contributed). Every consumer in dvc4j takes its
 * calendars, policies, tariffs, codes and rules from here, so a module's contribution is honoured everywhere.
 */
public interface Extensions {

    /**
     * The value in force at a {@link ExtensionPoint.Kind#SINGLE} point: the contribution of the module set up last,
     * else the point's default (derived from the other points in force).
     *
     * @param point the point
     * @param <T> its type
     * @return the value, never {@code null}
     * @throws IllegalArgumentException if the point is {@link ExtensionPoint.Kind#KEYED}
     */
    <T> T get(ExtensionPoint<T> point);

    /**
     * For a {@link ExtensionPoint.Kind#SINGLE} point, the value in force for a named variant (an agency, a province):
     * the variant's contribution, else the main contribution, else the default derived with the variant's other
     * contributions (so a calendar contributed for a variant reaches that variant's default deadline policy). For a
     * {@link ExtensionPoint.Kind#KEYED} point, the entry under the key.
     *
     * @param point the point
     * @param key the variant or key
     * @param <T> its type
     * @return the value, never {@code null}
     * @throws dev.dvc4j.core.ExtensionNotFoundException if a keyed point has no entry under the key
     */
    <T> T get(ExtensionPoint<T> point, String key);

    /**
     * For a {@link ExtensionPoint.Kind#KEYED} point, the entry under a key; for a {@link ExtensionPoint.Kind#SINGLE}
     * point, the variant's own contribution (without falling back).
     *
     * @param point the point
     * @param key the key or variant
     * @param <T> its type
     * @return the value, if any
     */
    <T> Optional<T> find(ExtensionPoint<T> point, String key);

    /**
     * For a {@link ExtensionPoint.Kind#KEYED} point, every entry in force by key: the defaults not replaced or removed,
     * then contributions in setup order. For a {@link ExtensionPoint.Kind#SINGLE} point, the contributed variants.
     *
     * @param point the point
     * @param <T> its type
     * @return an unmodifiable map
     */
    <T> Map<String, T> all(ExtensionPoint<T> point);

    /**
     * The runtime's clock; dvc4j never reads the system time anywhere else.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The clock's time zone.
     *
     * @return the zone
     */
    default ZoneId zone() {
        return clock().getZone();
    }
}
