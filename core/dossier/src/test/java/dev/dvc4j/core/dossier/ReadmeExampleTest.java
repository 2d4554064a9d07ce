package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Filing and processing a dossier" sample, line for line, so the README cannot drift. */
class ReadmeExampleTest {

    @Test
    void readmeSampleRuns() throws Exception {
        // --- begin README sample
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().build();      // immutable; share it across threads
        DeadlinePolicy deadlines = dvc4j.get(CalendarPoints.DEADLINE_POLICY);
        Instant t0 = Instant.parse("2026-02-10T09:00:00+07:00");

        Dossier d = Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, Contact.NONE, null))
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5))
                .at(t0).actor("portal")
                .build());

        d = d.receive(t0.plusSeconds(3600), "officer-1", deadlines)       // due date in working time
             .startProcessing(t0.plusSeconds(7200), "officer-1", "Phòng Quản lý vận tải")
             .approve(t0.plusSeconds(90_000), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
             .returnResult(t0.plusSeconds(93_600), "officer-1");
        // --- end README sample

        assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(d.status().portalCode()).isEqualTo(10);
        assertThat(Dossier.replay(d.events())).isEqualTo(d);
        assertThat(d.verifyHistory().intact()).isTrue();
        assertThat(Dvc4jJson.mapper().writeValueAsString(d)).contains("\"status\":\"result-returned\"");
        // received Tuesday 10 Feb 2026 10:00: five working days later is Tuesday 24 Feb, because Tết (14–22 Feb) intervenes
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-24T10:00:00+07:00"));
    }
}
