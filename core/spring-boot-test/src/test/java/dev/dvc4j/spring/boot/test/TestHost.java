package dev.dvc4j.spring.boot.test;

import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.validation.ValidPersonalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot host as a province would write it: one controller, the starter's beans, no dvc4j configuration. Its
 * clock is fixed ({@code test.clock}) so due dates are reproducible.
 */
@SpringBootApplication
public class TestHost {

    /** The fixed clock; the runtime takes it as its own. */
    @Bean
    Clock clock(@Value("${test.clock:2026-02-10T09:00:00+07:00}") String at) {
        return Clock.fixed(OffsetDateTime.parse(at).toInstant(), dev.dvc4j.core.Dvc4j.VIETNAM);
    }

    /** A filing form, validated by Jakarta Validation; identifiers read by dvc4j's module in Spring's mapper. */
    record FileRequest(@NotNull DossierCode code, @NotNull ProcedureCode procedure, @NotNull AgencyCode agency,
                       @NotBlank @Size(max = 80) String applicantName, @NotNull @ValidPersonalId String personalId,
                       @NotNull Channel channel, @NotNull @Positive Integer workingDays) {
    }

    @RestController
    @RequestMapping("/dossiers")
    static class DossierController {
        private final DeadlinePolicy deadlines;
        private final Clock clock;

        DossierController(DeadlinePolicy deadlines, Clock clock) {
            this.deadlines = deadlines;
            this.clock = clock;
        }

        /** Files and receives a dossier; the due date comes from the runtime's deadline policy bean. */
        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        Dossier file(@Valid @RequestBody FileRequest r) {
            Filing filing = Filing.builder()
                    .code(r.code()).procedure(r.procedure()).agency(r.agency())
                    .applicant(new Citizen(r.applicantName(), PersonalId.parse(r.personalId()), null, Contact.NONE, null))
                    .channel(r.channel()).resultDelivery(ResultDelivery.COUNTER)
                    .period(ProcessingPeriod.workingDays(r.workingDays()))
                    .at(clock.instant()).actor("portal")
                    .build();
            return Dossier.file(filing).receive(clock.instant(), "officer-1", deadlines);
        }

        /** A transition on a dossier sent in the wire format (read strictly by dvc4j's converter). */
        @PostMapping("/processing")
        Dossier startProcessing(@RequestBody Dossier d) {
            return d.startProcessing(clock.instant().plusSeconds(3600), "officer-1", "Bộ phận Một cửa");
        }

        /**
         * The due date of a dossier received now: constraints on a method parameter, which Spring MVC's method
         * validation checks (a HandlerMethodValidationException when violated).
         */
        @GetMapping("/due")
        Map<String, Instant> due(@RequestParam @Positive @Max(365) int workingDays) {
            return Map.of("dueAt", deadlines.dueAt(clock.instant(), ProcessingPeriod.workingDays(workingDays)));
        }

        /** Echoes a procedure code through Spring's own mapper. */
        @PostMapping("/procedure")
        Map<String, ProcedureCode> procedure(@RequestBody Map<String, ProcedureCode> body) {
            return body;
        }
    }
}
