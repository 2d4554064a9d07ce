package dev.dvc4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consumers on the module path: a host module that requires {@code dev.dvc4j.core} and provides a vendor module
 * through {@code module-info.java}; and a calendar-only host whose module path holds the base and the calendar (no
 * dossier, procedure, portal or Jakarta Validation) and still computes due dates.
 */
class ModulePathConsumerTest {

    private static final String MONDAYS_OFF = """
            package consumer;

            import dev.dvc4j.core.calendar.CalendarPoints;
            import java.time.DayOfWeek;

            public final class MondaysOff implements dev.dvc4j.core.spi.Dvc4jModule {
                public MondaysOff() {
                }

                @Override
                public String name() {
                    return "mondays-off";
                }

                @Override
                public void setup(dev.dvc4j.core.spi.SetupContext c) {
                    c.provide(CalendarPoints.WORKING_CALENDAR, c.get(CalendarPoints.WORKING_CALENDAR).toBuilder()
                            .weeklyRestDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY).build());
                }
            }
            """;

    @Test
    void aHostModuleRequiresTheCoreAndProvidesAVendorModule(@TempDir Path dir) throws Exception {
        String mp = ModulePath.of(ModulePath.entries(List.of("core", "base", "calendar", "dossier", "procedure", "portal"), true));
        Path out = dir.resolve("consumer");
        Files.createDirectories(out);
        ModulePath.compile(Map.of(
                "module-info.java", """
                        module consumer {
                            requires dev.dvc4j.core;
                            provides dev.dvc4j.core.spi.Dvc4jModule with consumer.MondaysOff;
                        }
                        """,
                "consumer/MondaysOff.java", MONDAYS_OFF,
                "consumer/Main.java", """
                        package consumer;

                        import dev.dvc4j.core.Dvc4j;
                        import dev.dvc4j.core.calendar.CalendarPoints;
                        import dev.dvc4j.core.calendar.ProcessingPeriod;
                        import dev.dvc4j.core.dossier.DossierWorkflow;
                        import dev.dvc4j.core.id.AgencyCode;
                        import java.time.Instant;

                        public final class Main {
                            public static void main(String[] args) {
                                Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().build();
                                Instant friday = Instant.parse("2026-10-09T02:00:00Z");
                                System.out.println("modules " + dvc4j.modules().stream().map(Dvc4j.ModuleInfo::name).toList());
                                System.out.println("due " + DossierWorkflow.of(dvc4j).deadlinePolicy()
                                        .dueAt(friday, ProcessingPeriod.workingDays(1)).atZone(Dvc4j.VIETNAM).toLocalDateTime());
                                System.out.println("module " + Dvc4j.class.getModule().getName());
                                System.out.println("code " + DossierWorkflow.of(dvc4j).nextCode(AgencyCode.parse("000.00.21.H42")).agency());
                            }
                        }
                        """), mp, out);
        String result = ModulePath.run(mp + java.io.File.pathSeparator + out, "consumer/consumer.Main");
        assertThat(result).contains("modules [mondays-off]", "due 2026-10-13T09:00", "module dev.dvc4j.base",
                "code 000.00.21.H42").endsWith("exit 0");
    }

    @Test
    void aCalendarOnlyHostNeedsNoDossierProcedurePortalOrValidation(@TempDir Path dir) throws Exception {
        String mp = ModulePath.of(ModulePath.entries(List.of("base", "calendar"), false));
        assertThat(mp).doesNotContain("dossier", "procedure", "portal", "jakarta");
        Path out = dir.resolve("calendar-host");
        Files.createDirectories(out);
        ModulePath.compile(Map.of(
                "module-info.java", """
                        module consumer {
                            requires dev.dvc4j.calendar;
                            provides dev.dvc4j.core.spi.Dvc4jModule with consumer.MondaysOff;
                        }
                        """,
                "consumer/MondaysOff.java", MONDAYS_OFF,
                "consumer/Main.java", """
                        package consumer;

                        import dev.dvc4j.core.Dvc4j;
                        import dev.dvc4j.core.calendar.CalendarPoints;
                        import dev.dvc4j.core.calendar.ProcessingPeriod;
                        import java.time.Instant;

                        public final class Main {
                            public static void main(String[] args) {
                                Instant friday = Instant.parse("2026-10-09T02:00:00Z");
                                Dvc4j national = Dvc4j.defaults();
                                Dvc4j vendor = Dvc4j.builder().findAndRegisterModules().build();
                                System.out.println("national " + national.get(CalendarPoints.DEADLINE_POLICY)
                                        .dueAt(friday, ProcessingPeriod.workingDays(1)).atZone(Dvc4j.VIETNAM).toLocalDateTime());
                                System.out.println("vendor " + vendor.get(CalendarPoints.DEADLINE_POLICY)
                                        .dueAt(friday, ProcessingPeriod.workingDays(1)).atZone(Dvc4j.VIETNAM).toLocalDateTime());
                                System.out.println("layer " + ModuleLayer.boot().modules().stream().map(Module::getName)
                                        .filter(n -> n.startsWith("dev.dvc4j") || n.startsWith("jakarta")).sorted().toList());
                            }
                        }
                        """), mp, out);
        String result = ModulePath.run(mp + java.io.File.pathSeparator + out, "consumer/consumer.Main");
        assertThat(result).contains("national 2026-10-12T09:00", "vendor 2026-10-13T09:00",
                "layer [dev.dvc4j.base, dev.dvc4j.calendar]").endsWith("exit 0");
    }
}
