package dev.dvc4j.core.internal;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.ExtensionNotFoundException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.ExtensionPoint.Kind;
import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.core.spi.SetupContext;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What modules contributed at each extension point, and how a point resolves: contributions first, then the point's
 * default derived from the other points in force. One instance collects contributions during setup (its view is the
 * {@link SetupContext}); {@link #freeze()} gives the immutable registry behind a {@link Dvc4j} runtime, whose
 * computed defaults are kept once computed. Not part of the API.
 */
public final class ExtensionRegistry implements Extensions {

    /** The main value of a single point is kept under this variant. */
    private static final String MAIN = "";

    /** One contribution or removal, in setup order. */
    private record Op(String key, Object value, String module, int priority) {
    }

    private final Clock clock;
    private final Map<ExtensionPoint<?>, List<Op>> ops;
    private final Set<String> variants;
    private final Map<Object, Object> memo;
    private final boolean frozen;
    private final ThreadLocal<ArrayDeque<Object>> resolving = ThreadLocal.withInitial(ArrayDeque::new);

    private ExtensionRegistry(Clock clock, Map<ExtensionPoint<?>, List<Op>> ops, Set<String> variants, boolean frozen) {
        this.clock = clock;
        this.ops = ops;
        this.variants = variants;
        this.frozen = frozen;
        this.memo = frozen ? new ConcurrentHashMap<>() : new HashMap<>();
    }

    /**
     * An empty registry to collect contributions.
     *
     * @param clock the runtime clock
     * @return the registry
     */
    public static ExtensionRegistry collecting(Clock clock) {
        return new ExtensionRegistry(Objects.requireNonNull(clock, "clock"), new LinkedHashMap<>(), new HashSet<>(), false);
    }

    /**
     * The immutable registry of what was collected.
     *
     * @return the frozen registry
     */
    public ExtensionRegistry freeze() {
        Map<ExtensionPoint<?>, List<Op>> copy = new LinkedHashMap<>();
        ops.forEach((p, list) -> copy.put(p, List.copyOf(list)));
        return new ExtensionRegistry(clock, Collections.unmodifiableMap(copy), Set.copyOf(variants), true);
    }

    /**
     * A setup context that records contributions as the named module's.
     *
     * @param module the module's name
     * @param priority the module's priority
     * @param version the runtime version
     * @return the context
     */
    public SetupContext contextFor(String module, int priority, String version) {
        if (frozen) {
            throw new IllegalStateException("the registry is frozen");
        }
        return new Context(module, priority, version);
    }

    // ---- resolution

    @Override
    public <T> T get(ExtensionPoint<T> point) {
        Objects.requireNonNull(point, "point").requireKind(Kind.SINGLE);
        return single(point, null);
    }

    @Override
    public <T> T get(ExtensionPoint<T> point, String key) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(key, "key");
        if (point.kind() == Kind.SINGLE) {
            return single(point, key);
        }
        Map<String, T> entries = all(point);
        T value = entries.get(key);
        if (value == null) {
            throw new ExtensionNotFoundException(point.id(), key, entries.keySet());
        }
        return value;
    }

    @Override
    public <T> Optional<T> find(ExtensionPoint<T> point, String key) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(key, "key");
        if (point.kind() == Kind.SINGLE) {
            return Optional.ofNullable(point.type().cast(latest(point, key)));
        }
        return Optional.ofNullable(all(point).get(key));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Map<String, T> all(ExtensionPoint<T> point) {
        Objects.requireNonNull(point, "point");
        if (point.kind() == Kind.SINGLE) {
            Map<String, T> out = new LinkedHashMap<>();
            for (Op op : ops.getOrDefault(point, List.of())) {
                if (!op.key().equals(MAIN)) {
                    out.remove(op.key());
                    out.put(op.key(), point.type().cast(op.value()));
                }
            }
            return Collections.unmodifiableMap(out);
        }
        return (Map<String, T>) memoized(List.of(point), () -> {
            Map<String, T> out = new LinkedHashMap<>();
            for (T d : point.defaultEntries(this)) {
                String key = point.keyOf(Objects.requireNonNull(d, () -> "a default entry of " + point.id() + " is null"));
                out.put(key, point.type().cast(d));
            }
            for (Op op : ops.getOrDefault(point, List.of())) {
                out.remove(op.key());
                if (op.value() != null) {
                    out.put(op.key(), point.type().cast(op.value()));
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * Who contributed what is in force at a point under a key.
     *
     * @param point the point
     * @param key the key or variant, or {@code null} for a single point's main value
     * @return the provenance, or empty when the default is in force
     */
    public Optional<Dvc4j.Provenance> provenance(ExtensionPoint<?> point, String key) {
        String k = key == null ? MAIN : key;
        List<String> modules = new ArrayList<>();
        Op last = null;
        for (Op op : ops.getOrDefault(point, List.of())) {
            if (op.key().equals(k)) {
                if (op.value() == null) {
                    modules.clear();
                    last = null;
                } else {
                    modules.add(op.module());
                    last = op;
                }
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(new Dvc4j.Provenance(last.module(), last.priority(), modules.subList(0, modules.size() - 1)));
    }

    /**
     * Every contribution in force, point by point in the order points were first contributed to.
     *
     * @return the contributions
     */
    public List<Dvc4j.Contribution> contributions() {
        List<Dvc4j.Contribution> out = new ArrayList<>();
        ops.forEach((point, list) -> {
            Set<String> keys = new java.util.LinkedHashSet<>();
            list.forEach(op -> keys.add(op.key()));
            for (String key : keys) {
                provenance(point, key).ifPresent(p -> out.add(new Dvc4j.Contribution(point,
                        key.equals(MAIN) ? null : key, p.module(), p.overridden())));
            }
        });
        return List.copyOf(out);
    }

    private Object latest(ExtensionPoint<?> point, String key) {
        Object found = null;
        for (Op op : ops.getOrDefault(point, List.of())) {
            if (op.key().equals(key)) {
                found = op.value();
            }
        }
        return found;
    }

    private <T> T single(ExtensionPoint<T> point, String variant) {
        if (variant != null) {
            Object v = latest(point, variant);
            if (v != null) {
                return point.type().cast(v);
            }
        }
        Object main = latest(point, MAIN);
        if (main != null) {
            return point.type().cast(main);
        }
        if (variant != null && variants.contains(variant)) {
            Extensions view = new VariantView(variant);
            return point.type().cast(memoized(List.of(point, variant), () -> point.defaultValue(view)));
        }
        return point.type().cast(memoized(List.of(point), () -> point.defaultValue(this)));
    }

    private Object memoized(Object key, java.util.function.Supplier<Object> compute) {
        Object v = memo.get(key);
        if (v != null) {
            return v;
        }
        ArrayDeque<Object> stack = resolving.get();
        if (stack.contains(key)) {
            List<Object> cycle = new ArrayList<>(stack);
            Collections.reverse(cycle);
            cycle.add(key);
            throw new Dvc4jException("extension.cycle", LocalizedText.of(
                    "Giá trị mặc định của các điểm mở rộng phụ thuộc vòng tròn: %s",
                    "The defaults of extension points depend on each other in a cycle: %s").formatted(cycle));
        }
        stack.push(key);
        try {
            v = compute.get();
        } finally {
            stack.pop();
        }
        Object raced = frozen ? ((ConcurrentHashMap<Object, Object>) memo).putIfAbsent(key, v) : memo.put(key, v);
        return frozen && raced != null ? raced : v;
    }

    /** The runtime as one variant sees it: single points resolve for that variant. */
    private final class VariantView implements Extensions {
        private final String variant;

        VariantView(String variant) {
            this.variant = variant;
        }

        @Override
        public <T> T get(ExtensionPoint<T> point) {
            Objects.requireNonNull(point, "point").requireKind(Kind.SINGLE);
            return single(point, variant);
        }

        @Override
        public <T> T get(ExtensionPoint<T> point, String key) {
            return ExtensionRegistry.this.get(point, key);
        }

        @Override
        public <T> Optional<T> find(ExtensionPoint<T> point, String key) {
            return ExtensionRegistry.this.find(point, key);
        }

        @Override
        public <T> Map<String, T> all(ExtensionPoint<T> point) {
            return ExtensionRegistry.this.all(point);
        }

        @Override
        public Clock clock() {
            return clock;
        }
    }

    /** Records one module's contributions. */
    private final class Context implements SetupContext {
        private final String module;
        private final int priority;
        private final String version;

        Context(String module, int priority, String version) {
            this.module = module;
            this.priority = priority;
            this.version = version;
        }

        @Override
        public <T> SetupContext provide(ExtensionPoint<T> point, T value) {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(value, "value");
            if (point.kind() == Kind.SINGLE) {
                return record(point, MAIN, value);
            }
            String key = point.keyOf(checked(point, value));
            if (key == null || key.isBlank()) {
                throw new Dvc4jException("module.blank-key", LocalizedText.of(
                        "Mô-đun \"%s\" đóng góp vào %s một giá trị không có khóa", "Module \"%s\" contributed to %s a value without a key")
                        .formatted(module, point.id()));
            }
            return record(point, key, value);
        }

        @Override
        public <T> SetupContext provide(ExtensionPoint<T> point, String key, T value) {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(value, "value");
            if (key == null || key.isBlank()) {
                throw new Dvc4jException("module.blank-key", LocalizedText.of(
                        "Mô-đun \"%s\" đóng góp vào %s với khóa rỗng", "Module \"%s\" contributed to %s with a blank key")
                        .formatted(module, point.id()));
            }
            return record(point, key, value);
        }

        @Override
        public <T> SetupContext remove(ExtensionPoint<T> point, String key) {
            Objects.requireNonNull(point, "point").requireKind(Kind.KEYED);
            Objects.requireNonNull(key, "key");
            Map<String, T> current = all(point);
            if (!current.containsKey(key)) {
                throw new ExtensionNotFoundException(point.id(), key, current.keySet());
            }
            ops.computeIfAbsent(point, p -> new ArrayList<>()).add(new Op(key, null, module, priority));
            memo.clear();
            return this;
        }

        private <T> T checked(ExtensionPoint<T> point, T value) {
            if (!point.type().isInstance(value)) {
                throw new Dvc4jException("module.wrong-type", LocalizedText.of(
                        "Mô-đun \"%s\": %s không phải %s (điểm mở rộng %s)", "Module \"%s\": %s is not a %s (extension point %s)")
                        .formatted(module, value.getClass().getName(), point.type().getName(), point.id()));
            }
            return value;
        }

        private <T> SetupContext record(ExtensionPoint<T> point, String key, T value) {
            checked(point, value);
            ops.computeIfAbsent(point, p -> new ArrayList<>()).add(new Op(key, value, module, priority));
            if (point.kind() == Kind.SINGLE && !key.equals(MAIN)) {
                variants.add(key);
            }
            memo.clear();
            return this;
        }

        @Override
        public <T> T get(ExtensionPoint<T> point) {
            return ExtensionRegistry.this.get(point);
        }

        @Override
        public <T> T get(ExtensionPoint<T> point, String key) {
            return ExtensionRegistry.this.get(point, key);
        }

        @Override
        public <T> Optional<T> find(ExtensionPoint<T> point, String key) {
            return ExtensionRegistry.this.find(point, key);
        }

        @Override
        public <T> Map<String, T> all(ExtensionPoint<T> point) {
            return ExtensionRegistry.this.all(point);
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public String runtimeVersion() {
            return version;
        }
    }
}
