package dev.dvc4j.core.portal;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.DeadlinePolicy;
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
import dev.dvc4j.core.money.Vnd;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Shared test data: one dossier through its whole life, and the golden resources. */
final class PortalFixtures {

    /** 09:00 on 10 Feb 2026 in Hà Nội, plus half a second the payload must drop. */
    static final Instant T0 = Instant.parse("2026-02-10T02:00:00.500Z");
    static final DeadlinePolicy POLICY = new SimpleDeadlinePolicy(SupplementClock.RESTART);
    static final String DIGEST = "a".repeat(64);
    static final ProcedureDirectory DIRECTORY = ProcedureDirectory.of(Map.of(ProcedureCode.parse("1.002859"),
            new ProcedureInfo("Cấp phù hiệu xe ô tô kinh doanh vận tải", "G12", "Đường bộ")));

    private PortalFixtures() {
    }

    static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** An instant from local time in Vietnam, through an independent path (ISO offset text). */
    static Instant vn(String localIso) {
        return OffsetDateTime.parse(localIso + "+07:00").toInstant();
    }

    static Dossier filed() {
        return filed("000.00.21.H42-260210-0001");
    }

    static Dossier filed(String code) {
        return Dossier.file(Filing.builder()
                .code(DossierCode.parse(code))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), LocalDate.of(1995, 3, 1),
                        new Contact(PhoneNumber.parse("0912345678"), "an@example.vn"), new Address("42", "18070", "12 Trần Phú")))
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5))
                .summary("Cấp phù hiệu xe tải")
                .vneidAuthenticated(true)
                .document(new SubmittedDocument("TP1", "Giấy đăng ký xe", DIGEST, true, false, false))
                .fee(new Fee("LP1", "Lệ phí cấp phù hiệu", Vnd.of(50_000), FeeKind.FEE))
                .at(T0).actor("portal").build());
    }

    /** The whole life: receipt, supplement, payment request, online payment, approval, postal return. */
    static Dossier returned() {
        return filed()
                .receive(t(1), "officer-1", POLICY)
                .startProcessing(t(2), "officer-1", "Phòng Quản lý vận tải")
                .requestSupplement(t(3), "officer-2", "Thiếu bản sao giấy đăng ký")
                .supplement(t(5), "citizen", List.of(new SubmittedDocument("TP2", "Bản sao giấy đăng ký", DIGEST, true, true, false)), POLICY)
                .requestPayment(t(6), "officer-2", List.of(new Fee("P1", "Phí thẩm định", Vnd.of(20_000), FeeKind.CHARGE)))
                .pay(t(7), "citizen", new Payment(Vnd.of(70_000), PaymentMethod.NATIONAL_PORTAL, "TX1"))
                .approve(t(8), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
                .returnResult(t(9), "officer-1");
    }

    static String resource(String name) {
        try (InputStream in = PortalFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
