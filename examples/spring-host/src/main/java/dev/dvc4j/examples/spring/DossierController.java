package dev.dvc4j.examples.spring;

import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.validation.ValidPersonalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files dossiers and moves them through the one-stop lifecycle. The application stores nothing: the client sends the
 * dossier back (in dvc4j's wire format, verified hash chain and all) with each transition, as a host would after
 * loading it from its own database.
 */
@RestController
@RequestMapping("/dossiers")
public class DossierController {

    private final DeadlinePolicy deadlines;
    private final Clock clock;

    /**
     * The controller.
     *
     * @param deadlines the runtime's deadline policy (a bean of the starter)
     */
    public DossierController(DeadlinePolicy deadlines) {
        this.deadlines = deadlines;
        this.clock = Clock.systemUTC();
    }

    /**
     * A filing form.
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @param agency the receiving agency
     * @param applicantName the applicant's full name
     * @param personalId the applicant's 12-digit personal identification number
     * @param channel how the dossier was submitted
     * @param workingDays the processing period in working days
     */
    public record FileRequest(@NotNull DossierCode code, @NotNull ProcedureCode procedure, @NotNull AgencyCode agency,
                              @NotBlank @Size(max = 80) String applicantName,
                              @NotNull @ValidPersonalId String personalId, @NotNull Channel channel,
                              @NotNull @Positive Integer workingDays) {
    }

    /**
     * Files a dossier and receives it at once; the due date follows the working-time calendar.
     *
     * @param r the form
     * @return the received dossier
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Dossier file(@Valid @RequestBody FileRequest r) {
        Filing filing = Filing.builder()
                .code(r.code()).procedure(r.procedure()).agency(r.agency())
                .applicant(new Citizen(r.applicantName(), PersonalId.parse(r.personalId()), null, Contact.NONE, null))
                .channel(r.channel()).resultDelivery(ResultDelivery.COUNTER)
                .period(ProcessingPeriod.workingDays(r.workingDays()))
                .at(clock.instant()).actor("portal")
                .build();
        return Dossier.file(filing).receive(clock.instant(), "officer-1", deadlines);
    }

    /**
     * Starts processing a received dossier.
     *
     * @param d the dossier
     * @return the dossier in processing
     */
    @PostMapping("/processing")
    public Dossier startProcessing(@RequestBody Dossier d) {
        return d.startProcessing(clock.instant(), "officer-1", "Phòng chuyên môn");
    }

    /**
     * Approves a dossier in processing with one result document.
     *
     * @param d the dossier
     * @return the processed dossier
     */
    @PostMapping("/approval")
    public Dossier approve(@RequestBody Dossier d) {
        return d.approve(clock.instant(), "leader", List.of(new ResultDocument("KQ-1", "Kết quả", true, null)));
    }
}
