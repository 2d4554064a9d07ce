package dev.dvc4j.examples;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Address;
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
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.dossier.DossierPostage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The README's example: file a dossier, take it through its lifecycle, check its history, price its postage. */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * Runs the example and prints what the README shows.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().build();    // immutable; share it across threads
        DeadlinePolicy deadlines = dvc4j.get(CalendarPoints.DEADLINE_POLICY); // working time on the runtime's calendar
        Instant t0 = Instant.parse("2026-02-10T09:00:00+07:00");

        Dossier d = Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, Contact.NONE,
                        new Address("42", "18073", "Số 1 Trần Phú")))          // Hà Tĩnh: province and commune codes
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5))
                .at(t0).actor("portal")
                .build());

        d = d.receive(t0.plusSeconds(3_600), "officer-1", deadlines)          // due date in working time
             .startProcessing(t0.plusSeconds(7_200), "officer-1", "Phòng Quản lý vận tải")
             .approve(t0.plusSeconds(90_000), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
             .returnResult(t0.plusSeconds(93_600), "officer-1");

        System.out.println("Status:  " + d.status() + " (portal code " + d.status().portalCode() + ")");
        System.out.println("Due:     " + d.dueAt().atZone(Dvc4j.VIETNAM).toLocalDateTime());
        System.out.println("Replay:  " + Dossier.replay(d.events()).equals(d));  // the events are the truth
        System.out.println("Chain:   " + d.verifyHistory().intact());            // each event hashes its predecessor
        System.out.println("JSON:    " + Dvc4jJson.write(d).length() + " characters of the documented wire format");

        PostalQuote q = PostalCalculator.from(dvc4j)                            // the result goes back by post
                .quote(DossierPostage.request(d, new Address("42", "18070", null), 80, null));
        System.out.println(q.describe(Locale.ENGLISH));
    }
}
