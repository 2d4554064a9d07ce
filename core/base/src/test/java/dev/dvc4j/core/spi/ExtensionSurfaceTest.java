package dev.dvc4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.ExtensionNotFoundException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendor module overrides a bundled default by priority, by explicit registration, and by discovery. */
class ExtensionSurfaceTest {

    /** A stand-in extension type, as a tariff or calendar would be. */
    public record Tariff(String name, long price) {
    }

    /** A bundled default. */
    public static final class BundledModule implements Dvc4jModule {
        @Override
        public String name() {
            return "bundled-tariffs";
        }

        @Override
        public int priority() {
            return PRIORITY_BUNDLED;
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(Tariff.class, "default", new Tariff("VNPost 2021", 26_000));
            context.provide(Tariff.class, "express", new Tariff("EMS", 40_000));
        }
    }

    /** A province's module: overrides "default" and decorates what it finds. */
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
            long national = context.current(Tariff.class, "default").map(Tariff::price).orElse(0L);
            context.provide(Tariff.class, "default", new Tariff("Hà Tĩnh subsidised, national " + national, 10_000));
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
            context.provide(Tariff.class, "default", new Tariff("host", 1));
        }
    }

    @Test
    void higherPriorityOverridesWhateverTheRegistrationOrder() {
        Dvc4j dvc4j = Dvc4j.builder().register(new ProvinceModule()).register(new BundledModule()).build();
        assertThat(dvc4j.require(Tariff.class, "default").price()).isEqualTo(10_000);
        assertThat(dvc4j.require(Tariff.class, "default").name()).endsWith("national 26000");
        assertThat(dvc4j.require(Tariff.class, "express").price()).isEqualTo(40_000);
        assertThat(dvc4j.provenance(Tariff.class, "default")).hasValueSatisfying(p -> {
            assertThat(p.module()).isEqualTo("ha-tinh");
            assertThat(p.overridden()).containsExactly("bundled-tariffs");
        });
        assertThat(dvc4j.modules()).extracting(Dvc4j.ModuleInfo::name).containsExactly("bundled-tariffs", "ha-tinh");
        assertThat(dvc4j.extensions(Tariff.class)).containsOnlyKeys("express", "default");
    }

    @Test
    void explicitRegistrationWinsOverDiscoveryAtEqualPriority(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Dvc4jModule.class.getName()),
                "# a vendor jar\n" + ProvinceModule.class.getName() + "\n" + BundledModule.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Dvc4j discovered = Dvc4j.builder().classLoader(loader).findAndRegisterModules().build();
            assertThat(discovered.require(Tariff.class, "default").price()).isEqualTo(10_000);
            assertThat(discovered.modules()).allMatch(Dvc4j.ModuleInfo::discovered);

            Dvc4j overridden = Dvc4j.builder().classLoader(loader).findAndRegisterModules().register(new HostOverride()).build();
            assertThat(overridden.require(Tariff.class, "default").name()).isEqualTo("host");
            assertThat(overridden.provenance(Tariff.class, "default").orElseThrow().overridden())
                    .containsExactly("bundled-tariffs", "ha-tinh");
        }
    }

    @Test
    void missingExtensionIsATypedBilingualError() {
        Dvc4j dvc4j = Dvc4j.builder().register(new BundledModule()).build();
        assertThatThrownBy(() -> dvc4j.require(Tariff.class, "VN-42"))
                .isInstanceOfSatisfying(ExtensionNotFoundException.class, e -> {
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("No Tariff named \"VN-42\" is installed (available: [default, express])");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("Không có Tariff nào tên \"VN-42\"");
                });
    }

    @Test
    void badModulesAreRefusedWithTheirName() {
        Dvc4jModule blankKey = new Dvc4jModule() {
            @Override
            public String name() {
                return "sloppy";
            }

            @Override
            public void setup(SetupContext context) {
                context.provide(Tariff.class, " ", new Tariff("x", 1));
            }
        };
        assertThatThrownBy(() -> Dvc4j.builder().register(blankKey).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Module \"sloppy\" contributed a Tariff with a blank key");
        Dvc4jModule failing = new Dvc4jModule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void setup(SetupContext context) {
                throw new IllegalStateException("no database");
            }
        };
        assertThatThrownBy(() -> Dvc4j.builder().register(failing).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Module \"broken\" failed during setup: no database");
        Dvc4jModule impostor = new Dvc4jModule() {
            @Override
            public String name() {
                return "ha-tinh";
            }

            @Override
            public void setup(SetupContext context) {
            }
        };
        assertThatThrownBy(() -> Dvc4j.builder().register(new ProvinceModule()).register(impostor).build())
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Two modules share the name \"ha-tinh\"");
    }

    @Test
    void theRuntimeIsImmutableAndKeepsItsClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-02-13T09:00:00Z"), Dvc4j.VIETNAM);
        Dvc4j dvc4j = Dvc4j.builder().clock(clock).register(new BundledModule()).build();
        assertThat(dvc4j.clock()).isSameAs(clock);
        assertThat(dvc4j.zone()).isEqualTo(Dvc4j.VIETNAM);
        assertThatThrownBy(() -> dvc4j.extensions(Tariff.class).put("x", new Tariff("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> dvc4j.modules().add(new Dvc4j.ModuleInfo("x", "1", 0, false)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(dvc4j.extensions(Tariff.class).keySet())).containsExactly("default", "express");
    }
}
