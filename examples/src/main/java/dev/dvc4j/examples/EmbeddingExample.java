package dev.dvc4j.examples;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Embedding dvc4j in plain Java: build the runtime once, file a dossier, take it through its lifecycle, check its
 * history and print it as JSON. Copy this into a host system and replace the hard-coded values with its own.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     * @throws Exception if JSON cannot be written
     */
    public static void main(String[] args) throws Exception {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the example, printing to a stream.
     *
     * @param out where to print
     * @return the final dossier
     * @throws Exception if JSON cannot be written
     */
    public static Dossier run(PrintStream out) throws Exception {
        // 1. The runtime: built once, immutable, shared by every thread. Modules on the class path (a province's
        //    calendar, tariff, rules) are found automatically; the clock is explicit.
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().clock(Clock.system(Dvc4j.VIETNAM)).build();

        // 2. The deadline policy: working time on the runtime's calendar (the national one, with Vietnamese holidays
        //    and swapped days, unless a province's module contributed its own).
        DeadlinePolicy deadlines = dvc4j.get(CalendarPoints.DEADLINE_POLICY);

        // 3. File a dossier online (times are explicit instants; Vietnam is UTC+7).
        Instant t0 = LocalDateTime.of(2026, 2, 10, 9, 0).atZone(Dvc4j.VIETNAM).toInstant();
        Dossier d = Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null,
                        new Contact(PhoneNumber.parse("0912345678"), null), null))
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(2))
                .document(new SubmittedDocument("TP1", "Đơn đề nghị cấp phù hiệu", "ab".repeat(32), true, false, false))
                .at(t0).actor("portal")
                .build());

        // 4. Each transition returns a new dossier; an illegal one throws and changes nothing.
        d = d.receive(t0.plusSeconds(3_600), "officer-1", deadlines)
                .startProcessing(t0.plusSeconds(7_200), "officer-1", "Phòng Quản lý vận tải")
                .approve(t0.plusSeconds(26 * 3_600), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
                .returnResult(t0.plusSeconds(28 * 3_600), "postal");

        // 5. The events are the truth: replaying them gives the same dossier, and the hash chain is intact.
        if (!Dossier.replay(d.events()).equals(d) || !d.verifyHistory().intact()) {
            throw new IllegalStateException("the history does not replay");
        }
        out.println(d);   // no personal data in toString
        out.println("on time: " + !d.isOverdue(deadlines, d.processingEndedAt()));
        out.println(Dvc4jJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d));
        return d;
    }
}
