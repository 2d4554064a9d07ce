package dev.dvc4j.core;

import dev.dvc4j.core.internal.ExtensionRegistry;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.Extensions;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dvc4j runtime: built once by a host, immutable, and shared across threads. It holds the clock and time zone
 * and what is in force at every {@link ExtensionPoint}: the contributions of the installed {@link Dvc4jModule
 * modules}, else each point's documented default (derived from the other points, so the default deadline policy
 * counts on whatever working calendar is in force). Every consumer in dvc4j reads it
 * ({@code DossierWorkflow.of(dvc4j)}, {@code PostalCalculator.from(dvc4j)}, {@code PortalMapper.from(dvc4j)},
 * {@code ReportSpec.from(dvc4j, ...)}), so what a module plugs in is honoured everywhere.
 *
 * <pre>{@code
 * Dvc4j dvc4j = Dvc4j.builder()
 *         .findAndRegisterModules()          // vendor jars on the class path
 *         .register(new MyProvinceModule())  // explicit registration
 *         .clock(Clock.system(Dvc4j.VIETNAM))
 *         .build();
 * WorkingCalendar calendar = dvc4j.get(CalendarPoints.WORKING_CALENDAR);
 * }</pre>
 */
public final class Dvc4j implements Extensions {

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
     * A runtime with no modules: every point at its documented default, the system clock in {@link #VIETNAM}.
     *
     * @return the runtime
     */
    public static Dvc4j defaults() {
        return builder().build();
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
    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * The installed modules in setup order.
     *
     * @return an unmodifiable list
     */
    public List<ModuleInfo> modules() {
        return modules;
    }

    @Override
    public <T> T get(ExtensionPoint<T> point) {
        return registry.get(point);
    }

    @Override
    public <T> T get(ExtensionPoint<T> point, String key) {
        return registry.get(point, key);
    }

    @Override
    public <T> Optional<T> find(ExtensionPoint<T> point, String key) {
        return registry.find(point, key);
    }

    @Override
    public <T> Map<String, T> all(ExtensionPoint<T> point) {
        return registry.all(point);
    }

    /**
     * Which module contributed the main value of a single point, and which ones it overrode.
     *
     * @param point the point
     * @return the provenance, or empty when the point's default is in force
     */
    public Optional<Provenance> provenance(ExtensionPoint<?> point) {
        return registry.provenance(Objects.requireNonNull(point, "point"), null);
    }

    /**
     * Which module contributed a variant of a single point or an entry of a keyed point, and which ones it overrode.
     *
     * @param point the point
     * @param key the variant or key
     * @return the provenance, or empty when nothing was contributed under the key (a default entry, or none)
     */
    public Optional<Provenance> provenance(ExtensionPoint<?> point, String key) {
        return registry.provenance(Objects.requireNonNull(point, "point"), Objects.requireNonNull(key, "key"));
    }

    /**
     * Every contribution in force, for diagnostics (which module plugged what in where).
     *
     * @return the contributions
     */
    public List<Contribution> contributions() {
        return registry.contributions();
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

        /** Refuses {@code null} for each required component, naming it. */
        public ModuleInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * Who contributed what is in force under a point and key.
     *
     * @param module the module whose contribution is in force
     * @param priority that module's priority
     * @param overridden the modules whose contributions under the same key it replaced, oldest first
     */
    public record Provenance(String module, int priority, List<String> overridden) {
        /** Copies the list. */
        public Provenance {
            Objects.requireNonNull(overridden, "overridden");
            Objects.requireNonNull(module, "module");
            overridden = List.copyOf(overridden);
        }
    }

    /**
     * A contribution in force.
     *
     * @param point the extension point
     * @param key the variant or key, or {@code null} for a single point's main value
     * @param module the module whose contribution is in force
     * @param overridden the modules it overrode, oldest first
     */
    public record Contribution(ExtensionPoint<?> point, @Nullable String key, String module, List<String> overridden) {
        /** Copies the list. */
        public Contribution {
            Objects.requireNonNull(overridden, "overridden");
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(module, "module");
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
            ExtensionRegistry reg = ExtensionRegistry.collecting(clock);
            List<ModuleInfo> infos = new ArrayList<>();
            for (Entry e : entries) {
                Dvc4jModule m = e.module();
                try {
                    m.setup(reg.contextFor(m.name(), m.priority(), VERSION));
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
            return new Dvc4j(clock, List.copyOf(infos), reg.freeze());
        }
    }

    private static String versionOf() {
        String v = Dvc4j.class.getPackage() == null ? null : Dvc4j.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
