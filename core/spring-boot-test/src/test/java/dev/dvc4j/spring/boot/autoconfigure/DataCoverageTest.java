package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.postal.PostalPoints;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.PostalTariffs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health verdict of the data: up, out of service in an unannounced year, down when a tariff ran out unreplaced. */
class DataCoverageTest {

    static PostalTariff copy(String id, List<String> provinces, LocalDate from, LocalDate to) {
        PostalTariff t = PostalTariffs.bundled();
        return new PostalTariff(id, t.name(), t.provider(), t.legalBasis(), t.source(), provinces, from, to, t.vat(),
                t.vatPercent(), t.zoneResolver(), t.zones(), t.weightBands(), t.furtherStepGrams(), t.maxWeightGrams(),
                t.prices(), t.addOns(), t.note());
    }

    static Dvc4j runtime(String instant, PostalTariff... tariffs) {
        Dvc4j.Builder b = Dvc4j.builder().findAndRegisterModules()
                .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        b.register(new Dvc4jModule() {
            @Override
            public String name() {
                return "test-tariffs";
            }

            @Override
            public void setup(SetupContext context) {
                // the same calendar again, so the runtime records this module as where it came from
                context.provide(CalendarPoints.WORKING_CALENDAR, context.get(CalendarPoints.WORKING_CALENDAR));
                for (PostalTariff t : tariffs) {
                    context.provide(PostalPoints.TARIFFS, t.id(), t);
                }
            }
        });
        return b.build();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tariffs(DataCoverage c) {
        return (List<Map<String, Object>>) c.details().get("tariffs");
    }

    @Test
    void upWhenEveryAreaHasATariffInForceAndTheYearIsAnnounced() {
        DataCoverage c = DataCoverage.of(runtime("2026-03-02T02:00:00Z"));
        assertThat(c.verdict()).isEqualTo(DataCoverage.Verdict.UP);
        assertThat(c.details()).containsOnlyKeys("calendar", "tariffs", "catalogue");
        assertThat(tariffs(c)).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("id", PostalTariffs.BUNDLED_TARIFF_ID).containsEntry("inForce", true)
                    .containsEntry("validFrom", "2021-01-01").containsEntry("validTo", null);
        });
    }

    @Test
    void downWhenATariffEndedAndNothingReplacesItInItsArea() {
        PostalTariff ended = copy("ha-noi-2025", List.of("01"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        DataCoverage c = DataCoverage.of(runtime("2026-03-02T02:00:00Z", ended));
        assertThat(c.verdict()).isEqualTo(DataCoverage.Verdict.DOWN);
        assertThat(tariffs(c)).filteredOn(t -> "ha-noi-2025".equals(t.get("id"))).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("inForce", false).containsEntry("validTo", "2025-12-31"));
    }

    @Test
    void upWhenAnEndedTariffIsReplacedInItsAreaOrEndsOnlyToday() {
        PostalTariff ended = copy("ha-noi-2025", List.of("01"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        PostalTariff next = copy("ha-noi-2026", List.of("01"), LocalDate.of(2026, 1, 1), null);
        assertThat(DataCoverage.of(runtime("2026-03-02T02:00:00Z", ended, next)).verdict()).isEqualTo(DataCoverage.Verdict.UP);
        PostalTariff endsToday = copy("ha-noi-today", List.of("01"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 2));
        assertThat(DataCoverage.of(runtime("2026-03-02T02:00:00Z", endsToday)).verdict()).isEqualTo(DataCoverage.Verdict.UP);
        // the day after its last day it has ended
        assertThat(DataCoverage.of(runtime("2026-03-03T02:00:00Z", endsToday)).verdict()).isEqualTo(DataCoverage.Verdict.DOWN);
    }

    @Test
    void outOfServiceInAYearWithoutAnAnnouncedSchedule() {
        DataCoverage c = DataCoverage.of(runtime("2027-03-01T02:00:00Z"));
        assertThat(c.verdict()).isEqualTo(DataCoverage.Verdict.OUT_OF_SERVICE);
        @SuppressWarnings("unchecked")
        Map<String, Object> calendar = (Map<String, Object>) c.details().get("calendar");
        assertThat(calendar).containsEntry("runningYear", 2027).containsEntry("runningYearAnnounced", false)
                .containsEntry("lastAnnouncedYear", 2026);
        assertThat((List<Integer>) calendar.get("announcedYears")).contains(2026).doesNotContain(2027);
    }

    @Test
    @SuppressWarnings("unchecked")
    void modulesListNameVersionPriorityAndProvenance() {
        Map<String, Object> m = DataCoverage.modules(runtime("2026-03-02T02:00:00Z"));
        assertThat(m).containsKeys("version", "modules", "provenance").containsEntry("version", Dvc4j.VERSION);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) m.get("modules");
        assertThat(modules).anySatisfy(e -> assertThat(e).containsEntry("name", "test-tariffs")
                .containsKeys("version", "priority", "discovered"));
        assertThat((Map<Object, Object>) m.get("provenance")).containsEntry(CalendarPoints.WORKING_CALENDAR.id(), "test-tariffs");
    }
}
