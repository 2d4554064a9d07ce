package dev.dvc4j.core.spi;

import dev.dvc4j.core.LocalizedText;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed place where a {@link Dvc4jModule} plugs something into dvc4j, with its documented default. Each dvc4j
 * artifact declares its points as constants ({@code CalendarPoints.WORKING_CALENDAR},
 * {@code PostalPoints.TARIFFS}, ...); a module contributes through them in
 * {@link SetupContext#provide(ExtensionPoint, Object)}, and every consumer in the library reads them back from the
 * runtime ({@link Extensions#get(ExtensionPoint)}). There are no string-keyed lookups in the common path.
 *
 * <p>Two kinds:
 * <ul>
 *   <li>{@link Kind#SINGLE}: one value in force, such as the working calendar. Its default may be derived from other
 *   points (the default deadline policy is built on whatever calendar is in force), so overriding one point changes
 *   everything derived from it. Named <b>variants</b> (per agency, per province) may be contributed beside the main
 *   value: {@link Extensions#get(ExtensionPoint, String)} gives the variant, else the main contribution, else the
 *   default derived with that variant's other contributions.</li>
 *   <li>{@link Kind#KEYED}: a set of values by key, all in use, such as the postal tariffs or the dossier rules. The
 *   default entries come first; a contribution under an existing key replaces that entry, a new key adds one, and a
 *   module may {@linkplain SetupContext#remove(ExtensionPoint, String) remove} an entry.</li>
 * </ul>
 *
 * <p>Points are compared by identity; their {@link #id()} is unique across dvc4j and names them in messages and in
 * the documentation's table of extension points.
 *
 * @param <T> the type of what is plugged in
 */
public final class ExtensionPoint<T> {

    /** The two kinds of point. */
    public enum Kind {
        /** One value in force (with optional named variants). */
        SINGLE,
        /** Any number of values, each under its key, all in use. */
        KEYED
    }

    private final String id;
    private final Class<T> type;
    private final Kind kind;
    private final String since;
    private final LocalizedText description;
    private final Function<? super Extensions, ? extends T> defaultValue;
    private final Function<? super Extensions, ? extends Collection<? extends T>> defaultEntries;
    private final Function<? super T, String> keyOf;

    private ExtensionPoint(String id, Class<T> type, Kind kind, String since, LocalizedText description,
                           Function<? super Extensions, ? extends T> defaultValue,
                           Function<? super Extensions, ? extends Collection<? extends T>> defaultEntries,
                           Function<? super T, String> keyOf) {
        if (Objects.requireNonNull(id, "id").isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        this.id = id;
        this.type = Objects.requireNonNull(type, "type");
        this.kind = kind;
        this.since = Objects.requireNonNull(since, "since");
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = defaultValue;
        this.defaultEntries = defaultEntries;
        this.keyOf = keyOf;
    }

    /**
     * A point with one value in force.
     *
     * @param id the point's unique id, such as {@code "calendar.working-calendar"}
     * @param type the type of its value
     * @param since the dvc4j version that introduced it
     * @param description what it is for, in both languages
     * @param defaultValue the default, computed from the runtime's other points when nothing is contributed (it must
     *                     not return {@code null} and must be a pure function of what it reads)
     * @param <T> the type
     * @return the point
     */
    public static <T> ExtensionPoint<T> single(String id, Class<T> type, String since, LocalizedText description,
                                               Function<? super Extensions, ? extends T> defaultValue) {
        return new ExtensionPoint<>(id, type, Kind.SINGLE, since, description,
                Objects.requireNonNull(defaultValue, "defaultValue"), null, null);
    }

    /**
     * A point with any number of values by key.
     *
     * @param id the point's unique id, such as {@code "postal.tariffs"}
     * @param type the type of its values
     * @param since the dvc4j version that introduced it
     * @param description what it is for, in both languages
     * @param keyOf the key of a value, used when a module contributes without naming a key
     * @param defaultEntries the default entries, computed from the runtime's other points (may be empty, never
     *                       {@code null})
     * @param <T> the type
     * @return the point
     */
    public static <T> ExtensionPoint<T> keyed(String id, Class<T> type, String since, LocalizedText description,
                                              Function<? super T, String> keyOf,
                                              Function<? super Extensions, ? extends Collection<? extends T>> defaultEntries) {
        return new ExtensionPoint<>(id, type, Kind.KEYED, since, description, null,
                Objects.requireNonNull(defaultEntries, "defaultEntries"), Objects.requireNonNull(keyOf, "keyOf"));
    }

    /**
     * A keyed point with no default entries.
     *
     * @param id the point's unique id
     * @param type the type of its values
     * @param since the dvc4j version that introduced it
     * @param description what it is for, in both languages
     * @param keyOf the key of a value
     * @param <T> the type
     * @return the point
     */
    public static <T> ExtensionPoint<T> keyed(String id, Class<T> type, String since, LocalizedText description,
                                              Function<? super T, String> keyOf) {
        return keyed(id, type, since, description, keyOf, x -> List.of());
    }

    /** @return the unique id */
    public String id() {
        return id;
    }

    /** @return the type of what is plugged in */
    public Class<T> type() {
        return type;
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the dvc4j version that introduced the point */
    public String since() {
        return since;
    }

    /** @return what the point is for */
    public LocalizedText description() {
        return description;
    }

    /**
     * The default of a {@link Kind#SINGLE} point, computed against a view of the runtime. The runtime calls this
     * when nothing is contributed; testkit contracts call it to compare a contribution with the default.
     *
     * @param extensions the runtime's other points
     * @return the default
     */
    public T defaultValue(Extensions extensions) {
        Objects.requireNonNull(extensions, "extensions");
        requireKind(Kind.SINGLE);
        return type.cast(Objects.requireNonNull(defaultValue.apply(extensions), () -> "the default of " + id + " is null"));
    }

    /**
     * The default entries of a {@link Kind#KEYED} point.
     *
     * @param extensions the runtime's other points
     * @return the entries
     */
    public Collection<? extends T> defaultEntries(Extensions extensions) {
        requireKind(Kind.KEYED);
        return Objects.requireNonNull(defaultEntries.apply(extensions), () -> "the defaults of " + id + " are null");
    }

    /**
     * The key of a value of a {@link Kind#KEYED} point.
     *
     * @param value the value
     * @return its key
     */
    public String keyOf(T value) {
        requireKind(Kind.KEYED);
        return keyOf.apply(value);
    }

    /**
     * Refuses a use that does not fit the point's kind.
     *
     * @param expected the kind the use needs
     * @throws IllegalArgumentException if the point is of the other kind
     */
    public void requireKind(Kind expected) {
        Objects.requireNonNull(expected, "expected");
        if (kind != expected) {
            throw new IllegalArgumentException("extension point " + id + " is " + kind + ", not " + expected);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
