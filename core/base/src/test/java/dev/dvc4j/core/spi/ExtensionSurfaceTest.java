package dev.dvc4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.ExtensionNotFoundException;
import dev.dvc4j.core.LocalizedText;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed extension points: defaults, derived defaults that follow an override, variants, keyed entries, priorities,
 * discovery, provenance and the refusals of bad modules.
 */
class ExtensionSurfaceTest {

    /** A stand-in for a calendar. */
    public record Calendar(String name) {
    }

    /** A stand-in for a deadline policy built on a calendar. */
    public record Policy(Calendar calendar, int cutOff) {
    }

    /** A stand-in for a tariff, keyed by id. */
    public record Tariff(String id, long price) {
    }

    static final ExtensionPoint<Calendar> CALENDAR = ExtensionPoint.single("test.calendar", Calendar.class, "0.2.0",
            LocalizedText.of("Lịch", "Calendar"), x -> new Calendar("national"));
    static final ExtensionPoint<Policy> POLICY = ExtensionPoint.single("test.policy", Policy.class, "0.2.0",
            LocalizedText.of("Chính sách", "Policy"), x -> new Policy(x.get(CALENDAR), 0));
    static final ExtensionPoint<Tariff> TARIFFS = ExtensionPoint.keyed("test.tariffs", Tariff.class, "0.2.0",
            LocalizedText.of("Biểu giá", "Tariffs"), Tariff::id, x -> List.of(new Tariff("vnpost", 26_000), new Tariff("ems", 40_000)));

    /** A province's module: overrides the calendar only, and decorates the national tariff. */
    public static final class ProvinceModule implements Dvc4jModule {
        @Override
        public String name() {
            return "ha-tinh";
        }

        @Override
        public String version() {
            return "2026.1";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CALENDAR, new Calendar("ha-tinh"));
            long national = context.get(TARIFFS, "vnpost").price();
            context.provide(TARIFFS, new Tariff("vnpost", national - 16_000));
            context.provide(TARIFFS, new Tariff("ha-tinh-city", 10_000));
        }
    }

    /** A module at a lower priority that the province must override whatever the registration order. */
    public static final class EarlyModule implements Dvc4jModule {
        @Override
        public String name() {
            return "early";
        }

        @Override
        public int priority() {
            return PRIORITY_BUNDLED;
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CALENDAR, new Calendar("early"));
        }
    }

    /** Same priority as the province, registered explicitly after it. */
    public static final class HostOverride implements Dvc4jModule {
        @Override
        public String name() {
            return "host";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CALENDAR, new Calendar("host"));
        }
    }

    private static Dvc4jModule module(String name, java.util.function.Consumer<SetupContext> setup) {
        return new Dvc4jModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void setup(SetupContext context) {
                setup.accept(context);
            }
        };
    }

    @Test
    void withoutModulesEveryPointHasItsDefault() {
        Dvc4j dvc4j = Dvc4j.defaults();
        assertThat(dvc4j.get(CALENDAR)).isEqualTo(new Calendar("national"));
        assertThat(dvc4j.get(POLICY)).isEqualTo(new Policy(new Calendar("national"), 0));
        assertThat(dvc4j.all(TARIFFS)).containsOnlyKeys("vnpost", "ems");
        assertThat(dvc4j.provenance(CALENDAR)).isEmpty();
        assertThat(dvc4j.contributions()).isEmpty();
        assertThat(dvc4j.get(CALENDAR)).as("a computed default is kept").isSameAs(dvc4j.get(CALENDAR));
    }

    @Test
    void overridingOnePointChangesTheDefaultsDerivedFromIt() {
        Dvc4j dvc4j = Dvc4j.builder().register(new ProvinceModule()).build();
        assertThat(dvc4j.get(POLICY)).isEqualTo(new Policy(new Calendar("ha-tinh"), 0));
        // An explicit policy wins over the derived default.
        Dvc4j explicit = Dvc4j.builder().register(new ProvinceModule())
                .register(module("policy", c -> c.provide(POLICY, new Policy(new Calendar("own"), 15)))).build();
        assertThat(explicit.get(POLICY).cutOff()).isEqualTo(15);
    }

    @Test
    void higherPriorityOverridesWhateverTheRegistrationOrder() {
        Dvc4j dvc4j = Dvc4j.builder().register(new ProvinceModule()).register(new EarlyModule()).build();
        assertThat(dvc4j.get(CALENDAR).name()).isEqualTo("ha-tinh");
        assertThat(dvc4j.provenance(CALENDAR)).hasValueSatisfying(p -> {
            assertThat(p.module()).isEqualTo("ha-tinh");
            assertThat(p.priority()).isEqualTo(Dvc4jModule.PRIORITY_VENDOR);
            assertThat(p.overridden()).containsExactly("early");
        });
        assertThat(dvc4j.modules()).extracting(Dvc4j.ModuleInfo::name).containsExactly("early", "ha-tinh");
    }

    @Test
    void keyedEntriesAreDefaultsThenContributionsAndModulesCanDecorateOrRemove() {
        Dvc4j dvc4j = Dvc4j.builder().register(new ProvinceModule()).build();
        assertThat(dvc4j.all(TARIFFS).keySet()).containsExactly("ems", "vnpost", "ha-tinh-city");
        assertThat(dvc4j.get(TARIFFS, "vnpost").price()).isEqualTo(10_000);
        assertThat(dvc4j.provenance(TARIFFS, "vnpost").orElseThrow().module()).isEqualTo("ha-tinh");
        assertThat(dvc4j.provenance(TARIFFS, "ems")).isEmpty();
        assertThat(dvc4j.find(TARIFFS, "none")).isEmpty();

        Dvc4j removed = Dvc4j.builder().register(module("no-ems", c -> c.remove(TARIFFS, "ems"))).build();
        assertThat(removed.all(TARIFFS)).containsOnlyKeys("vnpost");
        assertThatThrownBy(() -> Dvc4j.builder().register(module("typo", c -> c.remove(TARIFFS, "emss"))).build())
                .isInstanceOf(ExtensionNotFoundException.class).hasMessageContaining("emss");
    }

    @Test
    void variantsFallBackToTheMainValueAndDeriveTheirOwnDefaults() {
        Dvc4j dvc4j = Dvc4j.builder().register(module("agencies", c -> c.provide(CALENDAR, "H42", new Calendar("ha-tinh-saturdays"))))
                .build();
        assertThat(dvc4j.get(CALENDAR, "H42").name()).isEqualTo("ha-tinh-saturdays");
        assertThat(dvc4j.get(CALENDAR, "H01").name()).isEqualTo("national");
        assertThat(dvc4j.get(CALENDAR).name()).isEqualTo("national");
        // The variant's derived default sees the variant's calendar.
        assertThat(dvc4j.get(POLICY, "H42").calendar().name()).isEqualTo("ha-tinh-saturdays");
        assertThat(dvc4j.get(POLICY, "H01").calendar().name()).isEqualTo("national");
        assertThat(dvc4j.find(CALENDAR, "H01")).isEmpty();
        assertThat(dvc4j.all(CALENDAR)).containsOnlyKeys("H42");
        assertThat(dvc4j.provenance(CALENDAR, "H42").orElseThrow().module()).isEqualTo("agencies");
    }

    @Test
    void duringSetupAModuleSeesWhatEarlierModulesContributed() {
        AtomicInteger seen = new AtomicInteger();
        Dvc4j dvc4j = Dvc4j.builder().register(new EarlyModule()).register(module("reader", c -> {
            assertThat(c.get(POLICY).calendar().name()).isEqualTo("early");
            c.provide(CALENDAR, new Calendar("later"));
            assertThat(c.get(POLICY).calendar().name()).as("derived defaults follow each contribution").isEqualTo("later");
            seen.incrementAndGet();
        })).build();
        assertThat(seen).hasValue(1);
        assertThat(dvc4j.get(POLICY).calendar().name()).isEqualTo("later");
    }

    @Test
    void explicitRegistrationWinsOverDiscoveryAtEqualPriority(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Dvc4jModule.class.getName()),
                "# a vendor jar\n" + ProvinceModule.class.getName() + "\n" + EarlyModule.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Dvc4j discovered = Dvc4j.builder().classLoader(loader).findAndRegisterModules().build();
            assertThat(discovered.get(CALENDAR).name()).isEqualTo("ha-tinh");
            assertThat(discovered.modules()).allMatch(Dvc4j.ModuleInfo::discovered);

            Dvc4j overridden = Dvc4j.builder().classLoader(loader).findAndRegisterModules().register(new HostOverride()).build();
            assertThat(overridden.get(CALENDAR).name()).isEqualTo("host");
            assertThat(overridden.provenance(CALENDAR).orElseThrow().overridden()).containsExactly("early", "ha-tinh");
            assertThat(overridden.contributions()).extracting(Dvc4j.Contribution::module).contains("host", "ha-tinh");
        }
    }

    @Test
    void aMissingKeyedEntryIsATypedBilingualError() {
        Dvc4j dvc4j = Dvc4j.defaults();
        assertThatThrownBy(() -> dvc4j.get(TARIFFS, "VN-42"))
                .isInstanceOfSatisfying(ExtensionNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("extension.not-found");
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Extension point test.tariffs has no entry \"VN-42\" (in force: [vnpost, ems])");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("Điểm mở rộng test.tariffs không có mục \"VN-42\"");
                });
        assertThatThrownBy(() -> dvc4j.get(TARIFFS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEYED");
        assertThatThrownBy(() -> dvc4j.get(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("point");
    }

    @Test
    void badModulesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Dvc4j.builder().register(module("sloppy", c -> c.provide(TARIFFS, " ", new Tariff("x", 1)))).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Module \"sloppy\" contributed to test.tariffs with a blank key");
        assertThatThrownBy(() -> Dvc4j.builder().register(module("nokey", c -> c.provide(TARIFFS, new Tariff(null, 1)))).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("a value without a key");
        @SuppressWarnings({"unchecked", "rawtypes"})
        ExtensionPoint<Object> raw = (ExtensionPoint) CALENDAR;
        assertThatThrownBy(() -> Dvc4j.builder().register(module("wrong", c -> c.provide(raw, "not a calendar"))).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("is not a " + Calendar.class.getName());
        assertThatThrownBy(() -> Dvc4j.builder().register(module("broken", c -> {
            throw new IllegalStateException("no database");
        })).build()).isInstanceOf(Dvc4jException.class).hasMessageContaining("Module \"broken\" failed during setup: no database");
        assertThatThrownBy(() -> Dvc4j.builder().register(new ProvinceModule()).register(module("ha-tinh", c -> { })).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Two modules share the name \"ha-tinh\"");
    }

    @Test
    void defaultsThatDependOnEachOtherInACycleAreRefused() {
        ExtensionPoint<?>[] b = new ExtensionPoint<?>[1];
        ExtensionPoint<String> a = ExtensionPoint.single("test.a", String.class, "0.2.0", LocalizedText.of("a", "a"),
                x -> "a" + x.get(b[0]));
        b[0] = ExtensionPoint.single("test.b", String.class, "0.2.0", LocalizedText.of("b", "b"), x -> "b" + x.get(a));
        assertThatThrownBy(() -> Dvc4j.defaults().get(a)).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("extension.cycle");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("test.a").contains("test.b");
        });
    }

    @Test
    void theRuntimeIsImmutableAndKeepsItsClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-02-13T09:00:00Z"), Dvc4j.VIETNAM);
        Dvc4j dvc4j = Dvc4j.builder().clock(clock).register(new ProvinceModule()).build();
        assertThat(dvc4j.clock()).isSameAs(clock);
        assertThat(dvc4j.zone()).isEqualTo(Dvc4j.VIETNAM);
        assertThatThrownBy(() -> dvc4j.all(TARIFFS).put("x", new Tariff("x", 1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> dvc4j.modules().add(new Dvc4j.ModuleInfo("x", "1", 0, false)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> dvc4j.contributions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
