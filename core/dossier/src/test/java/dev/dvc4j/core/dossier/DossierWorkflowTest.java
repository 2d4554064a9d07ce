package dev.dvc4j.core.dossier;

import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.id.AgencyCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DossierWorkflowTest {

    static final AgencyCode AGENCY = AgencyCode.parse("000.00.21.H42");
    static final List<String> HEARD = new CopyOnWriteArrayList<>();

    public static final class HostModule implements Dvc4jModule {
        @Override
        public String name() {
            return "host";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(CalendarPoints.DEADLINE_POLICY, new SimpleDeadlinePolicy(SupplementClock.RESTART));
            context.provide(DossierPoints.LISTENERS, "audit", (DossierListener) (d, e) -> HEARD.add(d.code() + " " + e.type()));
            context.provide(DossierPoints.LISTENERS, "broken", (DossierListener) (d, e) -> {
                throw new IllegalStateException("mail server down");
            });
        }
    }

    @Test
    void workflowUsesTheRuntimeClockPolicySequenceAndListeners() {
        HEARD.clear();
        Clock clock = Clock.fixed(Instant.parse("2026-02-10T02:00:00Z"), Dvc4j.VIETNAM);
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(new HostModule()).clock(clock).build();
        DossierWorkflow wf = DossierWorkflow.of(dvc4j);
        DossierCode first = wf.nextCode(AGENCY);
        assertThat(first).hasToString("000.00.21.H42-260210-0001");
        assertThat(wf.nextCode(AGENCY).sequence()).isEqualTo(2);

        Dossier d = wf.file(Filing.builder().code(first).procedure(ProcedureCode.parse("1.002859")).agency(AGENCY)
                .applicant(new Citizen("Lê Văn Cường", PersonalId.parse("042095001234"), LocalDate.of(1995, 1, 1), null, null))
                .channel(Channel.IN_PERSON).period(ProcessingPeriod.workingDays(2)).at(wf.now()).actor("counter-1").build());
        d = wf.receive(d, "counter-1");
        d = wf.apply(d, x -> x.startProcessing(wf.now(), "o", null).approve(wf.now(), "l", List.of()));

        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-12T02:00:00Z"));
        assertThat(wf.isOverdue(d)).isFalse();
        assertThat(HEARD).containsExactly(first + " filed", first + " received", first + " processing-started", first + " processed");
    }

    @Test
    void anOpenDossierIsOverdueByTheRuntimesClockOnceAMinutePastItsDueTime() {
        Instant filedAt = Instant.parse("2026-02-10T02:00:00Z");
        Dvc4j atFiling = Dvc4j.builder().register(new HostModule()).clock(Clock.fixed(filedAt, Dvc4j.VIETNAM)).build();
        DossierWorkflow wf = DossierWorkflow.of(atFiling);
        Dossier d = wf.receive(wf.file(Filing.builder().code(wf.nextCode(AGENCY)).procedure(ProcedureCode.parse("1.002859"))
                .agency(AGENCY).applicant(new Citizen("Lê Văn Cường", PersonalId.parse("042095001234"), null, null, null))
                .channel(Channel.IN_PERSON).period(ProcessingPeriod.workingDays(2)).at(filedAt).actor("counter-1").build()),
                "counter-1");
        Instant due = d.dueAt();
        assertThat(wf.isOverdue(d)).isFalse();
        DossierWorkflow later = DossierWorkflow.of(Dvc4j.builder().register(new HostModule())
                .clock(Clock.fixed(due.plusSeconds(60), Dvc4j.VIETNAM)).build());
        assertThat(later.isOverdue(d)).isTrue();
        DossierWorkflow justBefore = DossierWorkflow.of(Dvc4j.builder().register(new HostModule())
                .clock(Clock.fixed(due.plusSeconds(59), Dvc4j.VIETNAM)).build());
        assertThat(justBefore.isOverdue(d)).isFalse();
    }

    @Test
    void aRuntimeWithoutModulesUsesTheNationalCalendar() {
        Clock clock = Clock.fixed(Instant.parse("2026-02-13T09:00:00Z"), Dvc4j.VIETNAM); // Friday 16:00, before Tết
        DossierWorkflow wf = DossierWorkflow.of(Dvc4j.builder().clock(clock).build());
        assertThat(wf.deadlinePolicy()).isEqualTo(new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART));
        assertThat(wf.nextCode(AgencyCode.parse("000.00.21.H42")).toString()).isEqualTo("000.00.21.H42-260213-0001");
    }
}
