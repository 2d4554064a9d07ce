package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.spi.Dvc4jModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract vendors extend passes a module whose contributions are honoured (a vendor's test,
 * {@link MondaysOffWiringTest}) and fails, naming the module or the extension point, one that contributes nothing in
 * force or whose contribution the library ignores.
 */
class ModuleWiringContractTest {

    /** How a vendor uses the contract: a calendar with Mondays off, honoured everywhere. */
    static class MondaysOffWiringTest extends ModuleWiringContract {
        @Override
        protected Dvc4jModule module() {
            return VendorModules.module("mondays-off", c -> c.provide(CalendarPoints.WORKING_CALENDAR, WiringChecksTest.MONDAYS_OFF));
        }
    }

    private static ModuleWiringContract contract(Dvc4jModule m) {
        return new ModuleWiringContract() {
            @Override
            protected Dvc4jModule module() {
                return m;
            }
        };
    }

    @Test
    void aModuleWhoseContributionsAreHonouredPasses() {
        MondaysOffWiringTest vendor = new MondaysOffWiringTest();
        vendor.theModuleContributes();
        vendor.everyContributionIsHonoured();
        assertThat(vendor.runtime().get(CalendarPoints.WORKING_CALENDAR)).isSameAs(WiringChecksTest.MONDAYS_OFF);
    }

    @Test
    void theDefaultRuntimeIsTheModuleAloneOnAFixedClock() {
        Dvc4j rt = new MondaysOffWiringTest().runtime();
        assertThat(rt.modules()).extracting(Dvc4j.ModuleInfo::name).containsExactly("mondays-off");
        assertThat(rt.clock().instant()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(rt.clock().getZone()).isEqualTo(Dvc4j.VIETNAM);
    }

    @Test
    void aModuleThatContributesNothingFailsNamingTheModule() {
        ModuleWiringContract silent = contract(module("silent", c -> { }));
        assertThatThrownBy(silent::theModuleContributes).isInstanceOf(AssertionError.class)
                .hasMessageContaining("contributions in force of module silent");
        silent.everyContributionIsHonoured(); // nothing contributed, nothing ignored
    }

    @Test
    void aModuleWhoseCalendarIsIgnoredFailsNamingTheExtensionPoint() {
        ModuleWiringContract ignored = contract(module("ignored-calendar", c -> {
            c.provide(CalendarPoints.WORKING_CALENDAR, WiringChecksTest.MONDAYS_OFF);
            c.provide(CalendarPoints.DEADLINE_POLICY, new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART));
        }));
        ignored.theModuleContributes();
        assertThatThrownBy(ignored::everyContributionIsHonoured).isInstanceOf(AssertionError.class)
                .hasMessageContaining("contributions the library does not use")
                .hasMessageContaining("calendar.working-calendar: the deadline policy in force")
                .hasMessageContaining("measures lateness on another calendar");
    }

    @Test
    void aModuleWhoseContributionsAreAllOverriddenFailsNamingTheModule() {
        Dvc4jModule vendor = module("overridden", c -> c.provide(CalendarPoints.WORKING_CALENDAR, WiringChecksTest.MONDAYS_OFF));
        ModuleWiringContract overridden = new ModuleWiringContract() {
            @Override
            protected Dvc4jModule module() {
                return vendor;
            }

            @Override
            protected Dvc4j runtime() {
                // A host's module above the vendor's replaces its calendar.
                return Dvc4j.builder().register(vendor).register(VendorModules.module("host", 10,
                        c -> c.provide(CalendarPoints.WORKING_CALENDAR, WorkingCalendar.vietnam()))).build();
            }
        };
        assertThatThrownBy(overridden::theModuleContributes).isInstanceOf(AssertionError.class)
                .hasMessageContaining("contributions in force of module overridden");
    }
}
