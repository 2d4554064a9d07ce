package dev.dvc4j.core;

import dev.dvc4j.core.internal.ExtensionRegistry;
import dev.dvc4j.core.spi.Dvc4jModule;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dvc4j runtime: built once by a host, immutable, and shared across threads. It holds the clock and time zone
 * and everything the installed {@link Dvc4jModule modules} contributed (calendars, deadline policies, tariffs, rule
 * sets, dossier-code sequences, listeners).
 *
 * <pre>{@code
 * Dvc4j dvc4j = Dvc4j.builder()
 *         .findAndRegisterModules()          // bundled defaults and vendor jars on the class path
 *         .register(new MyProvinceModule())  // explicit registration
 *         .clock(Clock.system(Dvc4j.VIETNAM))
 *         .build();
 * }</pre>
 */
public final class Dvc4j {

    /** Vietnam's time zone, {@code Asia/Ho_Chi_Minh} (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The version of this library. */
    public static final String VERSION = versionOf();

    private static final Logger LOG = LoggerFactory.getLogger(Dvc4j.class);

    private final Clock clock;
    private final List<ModuleInfo> modules;
    private final ExtensionRegistry registry;

    private Dvc4j(Clock clock, List<ModuleInfo> modules, ExtensionRegistry registry) {
        this.clock = clock;
        this.modules = modules;
        this.registry = registry;
    }

    /**
     * Starts building a runtime.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The runtime's clock; dvc4j never reads the system time anywhere else.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The clock's time zone.
     *
     * @return the zone, {@link #VIETNAM} unless the host chose another clock
     */
    public ZoneId zone() {
        return clock.getZone();
    }

    /**
     * The installed modules in setup order.
     *
     * @return an unmodifiable list
     */
    public List<ModuleInfo> modules() {
        return modules;
    }

    /**
     * The extension contributed under a type and key.
     *
     * @param type the extension type
     * @param key the key
     * @param <T> the extension type
     * @return the extension, if any module contributed one
     */
    public <T> Optional<T> extension(Class<T> type, String key) {
        return registry.get(type, key);
    }

    /**
     * The extension contributed under a type and key, which must exist.
     *
     * @param type the extension type
     * @param key the key
     * @param <T> the extension type
     * @return the extension
     * @throws ExtensionNotFoundException if no module contributed it
     */
    public <T> T require(Class<T> type, String key) {
        return registry.get(type, key).orElseThrow(() -> new ExtensionNotFoundException(type, key, registry.keys(type)));
    }

    /**
     * Every extension of a type, by key, in contribution order.
     *
     * @param type the extension type
     * @param <T> the extension type
     * @return an unmodifiable map
     */
    public <T> Map<String, T> extensions(Class<T> type) {
        return registry.all(type);
    }

    /**
     * Which module contributed an extension, and which ones it overrode.
     *
     * @param type the extension type
     * @param key the key
     * @return the provenance, if any module contributed under that key
     */
    public Optional<Provenance> provenance(Class<?> type, String key) {
        return registry.provenance(type, key);
    }

    @Override
    public String toString() {
        return "Dvc4j[" + VERSION + ", zone=" + zone() + ", modules=" + modules.stream().map(ModuleInfo::name).toList() + "]";
    }

    /**
     * An installed module.
     *
     * @param name its name
     * @param version its version
     * @param priority its priority
     * @param discovered whether it was found with {@link ServiceLoader} rather than registered explicitly
     */
    public record ModuleInfo(String name, String version, int priority, boolean discovered) {
    }

    /**
     * Who contributed an extension.
     *
     * @param module the module whose contribution is in force
     * @param overridden the modules whose contributions under the same key it replaced, oldest first
     */
    public record Provenance(String module, List<String> overridden) {
        /** Copies the list. */
        public Provenance {
            overridden = List.copyOf(overridden);
        }
    }

    /** Builds a {@link Dvc4j}. Not thread-safe; the runtime it builds is. */
    public static final class Builder {
        private final List<Dvc4jModule> discovered = new ArrayList<>();
        private final List<Dvc4jModule> explicit = new ArrayList<>();
        private Clock clock = Clock.system(VIETNAM);
        private ClassLoader loader;

        private Builder() {
        }

        /**
         * Finds modules with {@link ServiceLoader} on the context class loader (or {@link #classLoader(ClassLoader)}).
         *
         * @return this builder
         */
        public Builder findAndRegisterModules() {
            ClassLoader cl = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            ServiceLoader<Dvc4jModule> sl = cl == null
                    ? ServiceLoader.load(Dvc4jModule.class)
                    : ServiceLoader.load(Dvc4jModule.class, cl);
            for (Dvc4jModule m : sl) {
                if (discovered.stream().noneMatch(d -> d.getClass() == m.getClass())) {
                    discovered.add(m);
                }
            }
            return this;
        }

        /**
         * The class loader for {@link #findAndRegisterModules()}.
         *
         * @param loader the loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Registers a module explicitly.
         *
         * @param module the module
         * @return this builder
         */
        public Builder register(Dvc4jModule module) {
            explicit.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * The clock; defaults to the system clock in {@link #VIETNAM}. Tests pass a fixed clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets up every module and builds the immutable runtime.
         *
         * @return the runtime
         * @throws Dvc4jException if two modules share a name or a module's setup fails
         */
        public Dvc4j build() {
            record Entry(Dvc4jModule module, boolean discovered, int order) {
            }
            List<Entry> entries = new ArrayList<>();
            int order = 0;
            for (Dvc4jModule m : discovered) {
                entries.add(new Entry(m, true, order++));
            }
            for (Dvc4jModule m : explicit) {
                entries.add(new Entry(m, false, order++));
            }
            entries.sort(Comparator.comparingInt((Entry e) -> e.module().priority()).thenComparingInt(Entry::order));
            Map<String, Entry> byName = new LinkedHashMap<>();
            for (Entry e : entries) {
                String name = e.module().name();
                if (name == null || name.isBlank()) {
                    throw new Dvc4jException("module.name", LocalizedText.of(
                            "Mô-đun %s không có tên", "Module %s has no name").formatted(e.module().getClass().getName()));
                }
                Entry previous = byName.put(name, e);
                if (previous != null && previous.module().getClass() != e.module().getClass()) {
                    throw new Dvc4jException("module.duplicate-name", LocalizedText.of(
                            "Hai mô-đun cùng tên \"%s\": %s và %s", "Two modules share the name \"%s\": %s and %s")
                            .formatted(name, previous.module().getClass().getName(), e.module().getClass().getName()));
                }
            }
            ExtensionRegistry.Builder reg = ExtensionRegistry.builder(clock, VERSION);
            List<ModuleInfo> infos = new ArrayList<>();
            for (Entry e : entries) {
                Dvc4jModule m = e.module();
                try {
                    m.setup(reg.contextFor(m.name()));
                } catch (Dvc4jException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new Dvc4jException("module.setup", LocalizedText.of(
                            "Mô-đun \"%s\" lỗi khi thiết lập: %s", "Module \"%s\" failed during setup: %s")
                            .formatted(m.name(), String.valueOf(ex.getMessage())), ex);
                }
                infos.add(new ModuleInfo(m.name(), m.version(), m.priority(), e.discovered()));
                LOG.debug("dvc4j module {} {} (priority {}) set up", m.name(), m.version(), m.priority());
            }
            return new Dvc4j(clock, List.copyOf(infos), reg.build());
        }
    }

    private static String versionOf() {
        String v = Dvc4j.class.getPackage() == null ? null : Dvc4j.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
