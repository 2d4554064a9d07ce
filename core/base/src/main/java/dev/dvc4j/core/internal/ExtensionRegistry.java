package dev.dvc4j.core.internal;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.SetupContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The runtime's extensions by type and key, frozen after setup. Not part of the API. */
public final class ExtensionRegistry {

    private final Map<Class<?>, Map<String, Object>> values;
    private final Map<Class<?>, Map<String, Dvc4j.Provenance>> provenance;

    private ExtensionRegistry(Map<Class<?>, Map<String, Object>> values,
                              Map<Class<?>, Map<String, Dvc4j.Provenance>> provenance) {
        this.values = values;
        this.provenance = provenance;
    }

    /**
     * Starts a registry.
     *
     * @param clock the runtime clock
     * @param version the runtime version
     * @return a builder
     */
    public static Builder builder(Clock clock, String version) {
        return new Builder(clock, version);
    }

    /**
     * One extension.
     *
     * @param type its type
     * @param key its key
     * @param <T> the type
     * @return the extension
     */
    public <T> Optional<T> get(Class<T> type, String key) {
        Map<String, Object> m = values.get(type);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(key)).map(type::cast);
    }

    /**
     * All extensions of a type.
     *
     * @param type the type
     * @param <T> the type
     * @return an unmodifiable map in contribution order
     */
    @SuppressWarnings("unchecked")
    public <T> Map<String, T> all(Class<T> type) {
        Map<String, Object> m = values.get(type);
        return m == null ? Map.of() : (Map<String, T>) (Map<String, ?>) m;
    }

    /**
     * The keys of a type.
     *
     * @param type the type
     * @return the keys
     */
    public Set<String> keys(Class<?> type) {
        Map<String, Object> m = values.get(type);
        return m == null ? Set.of() : m.keySet();
    }

    /**
     * Who contributed an extension.
     *
     * @param type the type
     * @param key the key
     * @return the provenance
     */
    public Optional<Dvc4j.Provenance> provenance(Class<?> type, String key) {
        Map<String, Dvc4j.Provenance> m = provenance.get(type);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(key));
    }

    /** Collects contributions during setup. */
    public static final class Builder {
        private final Map<Class<?>, Map<String, Object>> values = new LinkedHashMap<>();
        private final Map<Class<?>, Map<String, List<String>>> contributors = new LinkedHashMap<>();
        private final Clock clock;
        private final String version;

        private Builder(Clock clock, String version) {
            this.clock = clock;
            this.version = version;
        }

        /**
         * A setup context that records contributions as the named module's.
         *
         * @param module the module's name
         * @return the context
         */
        public SetupContext contextFor(String module) {
            return new SetupContext() {
                @Override
                public <T> SetupContext provide(Class<T> type, String key, T value) {
                    Objects.requireNonNull(type, "type");
                    Objects.requireNonNull(value, "value");
                    if (key == null || key.isBlank()) {
                        throw new Dvc4jException("module.blank-key", LocalizedText.of(
                                "Mô-đun \"%s\" đăng ký %s với khóa rỗng", "Module \"%s\" contributed a %s with a blank key")
                                .formatted(module, type.getSimpleName()));
                    }
                    if (!type.isInstance(value)) {
                        throw new Dvc4jException("module.wrong-type", LocalizedText.of(
                                "Mô-đun \"%s\": %s không phải %s", "Module \"%s\": %s is not a %s")
                                .formatted(module, value.getClass().getName(), type.getName()));
                    }
                    Map<String, Object> m = values.computeIfAbsent(type, t -> new LinkedHashMap<>());
                    m.remove(key); // a replacement moves to the end: contribution order reflects priority
                    m.put(key, value);
                    contributors.computeIfAbsent(type, t -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(module);
                    return this;
                }

                @Override
                public <T> Optional<T> current(Class<T> type, String key) {
                    Map<String, Object> m = values.get(type);
                    return m == null ? Optional.empty() : Optional.ofNullable(m.get(key)).map(type::cast);
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> Map<String, T> current(Class<T> type) {
                    Map<String, Object> m = values.get(type);
                    return m == null ? Map.of() : Collections.unmodifiableMap((Map<String, T>) (Map<String, ?>) m);
                }

                @Override
                public Clock clock() {
                    return clock;
                }

                @Override
                public String runtimeVersion() {
                    return version;
                }
            };
        }

        /**
         * Freezes the registry.
         *
         * @return the registry
         */
        public ExtensionRegistry build() {
            Map<Class<?>, Map<String, Object>> v = new LinkedHashMap<>();
            values.forEach((t, m) -> v.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            Map<Class<?>, Map<String, Dvc4j.Provenance>> p = new LinkedHashMap<>();
            contributors.forEach((t, m) -> {
                Map<String, Dvc4j.Provenance> pm = new LinkedHashMap<>();
                m.forEach((k, list) -> pm.put(k, new Dvc4j.Provenance(list.get(list.size() - 1), list.subList(0, list.size() - 1))));
                p.put(t, Collections.unmodifiableMap(pm));
            });
            return new ExtensionRegistry(Collections.unmodifiableMap(v), Collections.unmodifiableMap(p));
        }
    }
}
