package dev.dvc4j.testkit.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.spi.Dvc4jModule;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract every vendor module should pass: what it plugs in is what dvc4j then uses. Extend it in a test and
 * return the module:
 * <pre>{@code
 * class HaTinhWiringTest extends ModuleWiringContract {
 *     @Override
 *     protected Dvc4jModule module() {
 *         return new HaTinhModule();
 *     }
 * }
 * }</pre>
 * For each contribution of the module that is in force, the consumers that read its extension point are built from
 * the runtime and asked ({@link WiringChecks}): a calendar must give the due dates, the overdue checks and the
 * statistics' working time (a module that also registers a deadline policy on another calendar fails); a tariff must
 * price quotes in its own scope; a code table must be the portal mapper's and reader's; and so on for every point.
 * A contribution to a point nothing reads fails the contract. Checks for artifacts that are not on the test class
 * path are skipped.
 */
public abstract class ModuleWiringContract {

    /**
     * The module under test.
     *
     * @return a new instance of the vendor's module
     */
    protected abstract Dvc4jModule module();

    /**
     * The runtime the module is installed in: by default the module alone, with a fixed clock.
     *
     * @return the runtime
     */
    protected Dvc4j runtime() {
        return Dvc4j.builder().clock(Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), Dvc4j.VIETNAM))
                .register(module()).build();
    }

    /** The module contributes something, under its own name. */
    @Test
    void theModuleContributes() {
        Dvc4j runtime = runtime();
        String name = module().name();
        assertThat(runtime.contributions()).as("contributions in force of module " + name)
                .anyMatch(c -> c.module().equals(name));
    }

    /** Every contribution of the module that is in force is what the library uses. */
    @Test
    void everyContributionIsHonoured() {
        assertThat(WiringChecks.check(runtime(), module().name())).as("contributions the library does not use").isEmpty();
    }
}
