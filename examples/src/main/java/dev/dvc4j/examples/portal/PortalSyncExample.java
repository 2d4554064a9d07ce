package dev.dvc4j.examples.portal;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalClient;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.portal.SyncResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Synchronises dossiers with the national portal: maps them ({@link PortalMapper}), sends the dossiers
 * ({@code DongBoHoSoMC}) and then their progress ({@code CapNhatTienDoHoSoMC}) with {@link JavaHttpPortalClient}.
 *
 * <pre>
 * java dev.dvc4j.examples.portal.PortalSyncExample https://adapter.example.vn/sync [dossier.json ...]
 * </pre>
 *
 * <p>Without dossier files it sends one built-in demonstration dossier. The exit code is 0 when the portal accepted
 * both requests.
 */
public final class PortalSyncExample {

    private PortalSyncExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the endpoint, then dossier JSON files
     * @throws IOException if a file cannot be read or the portal cannot be reached
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PortalSyncExample <endpoint-url> [dossier.json ...]");
            System.exit(2);
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            dossiers.add(Dvc4jJson.mapper().readValue(Files.readString(Path.of(args[i])), Dossier.class));
        }
        if (dossiers.isEmpty()) {
            dossiers.add(demoDossier());
        }
        System.exit(run(JavaHttpPortalClient.create(URI.create(args[0])), PortalMapper.defaults(), dossiers, System.out));
    }

    /**
     * Sends the dossiers, then their progress.
     *
     * @param client the client
     * @param mapper the mapper
     * @param dossiers the dossiers
     * @param out where to report (no personal data is printed)
     * @return 0 if the portal accepted both requests, 1 otherwise
     * @throws IOException if the portal cannot be reached
     */
    public static int run(PortalClient client, PortalMapper mapper, List<Dossier> dossiers, PrintStream out) throws IOException {
        SyncRequest sync = mapper.syncRequest(dossiers, false);
        SyncResponse first = client.send(sync);
        out.println(sync + " -> error_code " + first.errorCode() + ": " + first.message());
        if (!first.isSuccess()) {
            return 1;
        }
        SyncRequest progress = mapper.progressRequest(dossiers, false);
        SyncResponse second = client.send(progress);
        out.println(progress + " -> error_code " + second.errorCode() + ": " + second.message());
        return second.isSuccess() ? 0 : 1;
    }

    /** @return a dossier filed online, received, approved with an electronic result and returned */
    static Dossier demoDossier() {
        SimpleDeadlinePolicy policy = new SimpleDeadlinePolicy(SupplementClock.RESTART);
        Instant t0 = Instant.parse("2026-02-10T02:00:00Z");
        return Dossier.file(Filing.builder()
                        .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                        .procedure(ProcedureCode.parse("1.002859"))
                        .agency(AgencyCode.parse("000.00.21.H42"))
                        .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null,
                                new Contact(PhoneNumber.parse("0912345678"), null), null))
                        .channel(Channel.ONLINE).resultDelivery(ResultDelivery.ONLINE)
                        .period(ProcessingPeriod.workingDays(5)).summary("Cấp phù hiệu xe tải").vneidAuthenticated(true)
                        .document(new SubmittedDocument("TP1", "Giấy đăng ký xe", "a".repeat(64), true, false, false))
                        .fee(new Fee("LP1", "Lệ phí cấp phù hiệu", Vnd.of(50_000), FeeKind.FEE))
                        .at(t0).actor("portal").build())
                .pay(t0.plus(Duration.ofMinutes(5)), "citizen", new Payment(Vnd.of(50_000), PaymentMethod.NATIONAL_PORTAL, "TX1"))
                .receive(t0.plus(Duration.ofHours(1)), "officer-1", policy)
                .approve(t0.plus(Duration.ofHours(30)), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
                .returnResult(t0.plus(Duration.ofHours(31)), "officer-1");
    }
}
