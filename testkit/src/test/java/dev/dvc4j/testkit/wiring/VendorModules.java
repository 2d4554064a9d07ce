package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.SetupContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Vendor modules made for the wiring and contract tests, and the wiring checks run on them. */
public final class VendorModules {

    private VendorModules() {
    }

    /**
     * A module that does what {@code setup} does.
     *
     * @param name its name
     * @param setup its contributions
     * @return the module
     */
    public static Dvc4jModule module(String name, Consumer<SetupContext> setup) {
        return module(name, Dvc4jModule.PRIORITY_VENDOR, setup);
    }

    /**
     * A module that does what {@code setup} does, at a priority.
     *
     * @param name its name
     * @param priority its priority
     * @param setup its contributions
     * @return the module
     */
    public static Dvc4jModule module(String name, int priority, Consumer<SetupContext> setup) {
        return new Dvc4jModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public void setup(SetupContext context) {
                setup.accept(context);
            }
        };
    }

    /** The problems {@link WiringChecks#check} finds in a module installed alone. */
    static List<String> check(Dvc4jModule m) {
        return WiringChecks.check(Dvc4j.builder().register(m).build(), m.name());
    }

    /** The problems {@link WiringChecks#check} finds in a module installed alone. */
    static List<String> check(String name, Consumer<SetupContext> setup) {
        return check(module(name, setup));
    }

    /**
     * What one artifact's check of a point reports when the consumers of a runtime are asked about a value that is
     * not the one in force there: the view of a consumer that ignores the contribution.
     *
     * @param register the artifact's checks ({@code PortalChecks::register}, ...)
     * @param rt the runtime
     * @param point the point
     * @param key the variant or key, or {@code null}
     * @param ignored the value the consumers do not use
     * @return the problems
     */
    static List<String> checkIgnored(Consumer<Map<String, WiringChecks.Check>> register, Dvc4j rt, ExtensionPoint<?> point,
                                     String key, Object ignored) {
        Map<String, WiringChecks.Check> checks = new LinkedHashMap<>();
        register.accept(checks);
        List<String> problems = new ArrayList<>();
        checks.get(point.id()).check(rt, key, ignored, problems);
        return problems;
    }
}
