package dev.dvc4j.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A vendor's module bean that overrides only the calendar moves the deadline policy bean and the due dates served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
public class VendorModuleTest {

    /** A province that works through Tết: the national holidays are off in its calendar. */
    public static final class NoHolidaysModule implements Dvc4jModule {
        /** The module. */
        public NoHolidaysModule() {
        }

        @Override
        public String name() {
            return "test-no-holidays";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CalendarPoints.WORKING_CALENDAR,
                    context.get(CalendarPoints.WORKING_CALENDAR).toBuilder().nationalHolidays(false).build());
        }
    }

    @TestConfiguration
    static class Vendor {
        @Bean
        Dvc4jModule noHolidays() {
            return new NoHolidaysModule();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Dvc4j dvc4j;

    @Autowired
    DeadlinePolicy deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theVendorsCalendarMovesTheDueDateInTheResponse() {
        assertThat(dvc4j.modules()).extracting(Dvc4j.ModuleInfo::name).contains("test-no-holidays");
        assertThat(dvc4j.provenance(CalendarPoints.WORKING_CALENDAR)).get()
                .extracting(Dvc4j.Provenance::module).isEqualTo("test-no-holidays");
        assertThat(calendar.nationalHolidays()).isFalse();
        assertThat(deadlines).isSameAs(dvc4j.get(CalendarPoints.DEADLINE_POLICY));

        Http.Response r = new Http(port).post("/dossiers", RestHostTest.FILING, "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Dossier d = Dvc4jJson.read(r.body(), Dossier.class);
        // five working days from Tuesday 10 Feb 2026 09:00 without Tết: Tuesday 17 Feb, 09:00
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-17T02:00:00Z"));
        assertThat(d.dueAt()).isBefore(Instant.parse("2026-02-24T02:00:00Z"));
    }
}
