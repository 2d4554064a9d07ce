package dev.dvc4j.core.dossier;

import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DossierLifecycleTest {

    static final Instant T0 = Instant.parse("2026-02-10T02:00:00Z"); // 09:00 in Hà Nội
    static final DeadlinePolicy POLICY = new SimpleDeadlinePolicy(SupplementClock.RESTART);
    static final String DIGEST = "a".repeat(64);

    static Dossier filed() {
        return Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), LocalDate.of(1995, 3, 1),
                        new Contact(PhoneNumber.parse("0912345678"), "an@example.vn"), new Address("42", "18070", "12 Trần Phú")))
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5))
                .summary("Cấp phù hiệu xe tải")
                .document(new SubmittedDocument("TP1", "Giấy đăng ký xe", DIGEST, true, false, false))
                .fee(new Fee("LP1", "Lệ phí cấp phù hiệu", Vnd.of(50_000), FeeKind.FEE))
                .at(T0).actor("portal").build());
    }

    static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void fullLifecycleToResultReturned() {
        Dossier d = filed()
                .receive(t(1), "officer-1", POLICY)
                .startProcessing(t(2), "officer-1", "Phòng Quản lý vận tải")
                .requestSupplement(t(3), "officer-2", "Thiếu bản sao giấy đăng ký")
                .supplement(t(5), "citizen", List.of(new SubmittedDocument("TP2", "Bản sao", DIGEST, true, false, false)), POLICY)
                .requestPayment(t(6), "officer-2", List.of(new Fee("P1", "Phí thẩm định", Vnd.of(20_000), FeeKind.CHARGE)))
                .pay(t(7), "citizen", new Payment(Vnd.of(70_000), PaymentMethod.NATIONAL_PORTAL, "TX1"))
                .approve(t(8), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
                .returnResult(t(9), "officer-1");

        assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(d.status().isTerminal()).isTrue();
        assertThat(d.availableActions()).isEmpty();
        assertThat(d.version()).isEqualTo(9);
        assertThat(d.outstanding()).isEqualTo(Vnd.ZERO);
        assertThat(d.onlinePaymentFlag()).hasValue(1);
        assertThat(d.documents()).hasSize(2);
        assertThat(d.supplements()).singleElement().satisfies(s -> {
            assertThat(s.requestedAt()).isEqualTo(t(3));
            assertThat(s.completedAt()).isEqualTo(t(5));
        });
        // RESTART: the 5 (wall-clock) days count again from the complete supplement
        assertThat(d.dueAt()).isEqualTo(t(5).plus(Duration.ofDays(5)));
        assertThat(d.originalDueAt()).isEqualTo(t(1).plus(Duration.ofDays(5)));
        assertThat(d.returnedBy()).contains(ResultDelivery.POSTAL);
        assertThat(Dossier.replay(d.events())).isEqualTo(d);
        assertThat(d.verifyHistory().intact()).isTrue();
    }

    @Test
    void illegalTransitionNamesStatusActionAndRuleAndChangesNothing() {
        Dossier d = filed();
        String before = d.headHash();
        assertThatThrownBy(() -> d.approve(t(1), "leader", List.of()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(DossierStatus.FILED);
                    assertThat(e.action()).isEqualTo(DossierAction.APPROVE);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Newly filed").contains("approve")
                            .contains("only allowed when the dossier is Received, Processing");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("Mới đăng ký").contains("phê duyệt");
                });
        assertThat(d.headHash()).isEqualTo(before);
        assertThat(d.status()).isEqualTo(DossierStatus.FILED);
        assertThat(d.version()).isEqualTo(1);
    }

    @Test
    void resultCannotBeReturnedWhileFeesAreOutstanding() {
        Dossier processed = filed().receive(t(1), "o", POLICY).approve(t(2), "l", List.of());
        assertThatThrownBy(() -> processed.returnResult(t(3), "o"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("50,000 VND of fees is still outstanding");
        assertThat(processed.pay(t(3), "c", new Payment(Vnd.of(50_000), PaymentMethod.CASH, null))
                .returnResult(t(4), "o").status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    @Test
    void overpaymentAndTimeTravelAreRefused() {
        Dossier d = filed();
        assertThatThrownBy(() -> d.pay(t(1), "c", new Payment(Vnd.of(60_000), PaymentMethod.CASH, null)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("exceeds the outstanding 50,000 VND");
        assertThatThrownBy(() -> d.receive(T0.minusSeconds(1), "o", POLICY))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("before the latest event");
    }

    @Test
    void withdrawalAndStopEndProcessing() {
        Dossier w = filed().withdraw(t(1), "citizen", "Nộp nhầm");
        assertThat(w.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(w.processingEndedAt()).isEqualTo(t(1));
        Dossier s = filed().receive(t(1), "o", POLICY).stop(t(2), "o", "Trùng hồ sơ");
        assertThat(s.status()).isEqualTo(DossierStatus.STOPPED);
        assertThatThrownBy(() -> filed().stop(t(1), "o", "x")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void apologyMovesTheDueTimeLaterOnly() {
        Dossier r = filed().receive(t(1), "o", POLICY);
        Dossier a = r.apologise(t(2), "o", r.dueAt().plus(Duration.ofDays(2)), "Chờ xác minh");
        assertThat(a.dueAt()).isEqualTo(r.dueAt().plus(Duration.ofDays(2)));
        assertThat(a.apologies()).hasSize(1);
        assertThatThrownBy(() -> r.apologise(t(2), "o", r.dueAt(), "x")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void jsonRoundTripIsExact() throws Exception {
        Dossier d = filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null);
        String json = Dvc4jJson.mapper().writeValueAsString(d);
        assertThat(json).contains("\"type\":\"citizen\"").contains("\"filedAt\":\"2026-02-10T09:00:00+07:00\"")
                .contains("\"amount\":50000").contains("\"status\":\"processing\"");
        Dossier back = Dvc4jJson.mapper().readValue(json, Dossier.class);
        assertThat(back).isEqualTo(d);
        assertThat(back.headHash()).isEqualTo(d.headHash());
    }

    @Test
    void toStringHidesPersonalData() {
        Dossier d = filed();
        assertThat(d.toString()).doesNotContain("042095001234").doesNotContain("Nguyễn");
        assertThat(d.applicant().toString()).doesNotContain("042095001234").doesNotContain("0912345678")
                .doesNotContain("Nguyễn Văn An").doesNotContain("an@example.vn").doesNotContain("Trần Phú")
                .contains("0420******34");
    }

    @Test
    void editedReorderedOrDroppedEventsAreCaught() {
        Dossier d = filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null)
                .requestSupplement(t(3), "o", "x").supplement(t(4), "c", List.of(), POLICY);
        List<DossierEvent> ev = d.events();
        // edit the second event's note
        List<DossierEvent> edited = new ArrayList<>(ev);
        Received r = (Received) ev.get(1);
        edited.set(1, new Received(r.at(), r.actor(), "sửa", r.previousHash(), r.dueAt()));
        assertThat(Dossier.verifyHistory(edited, d.headHash()).firstBad()).hasValue(2);
        // drop an event
        List<DossierEvent> dropped = new ArrayList<>(ev);
        dropped.remove(2);
        assertThat(Dossier.verifyHistory(dropped, d.headHash()).intact()).isFalse();
        // reorder
        List<DossierEvent> swapped = new ArrayList<>(ev);
        swapped.set(2, ev.get(3));
        swapped.set(3, ev.get(2));
        assertThat(Dossier.verifyHistory(swapped, d.headHash()).firstBad()).hasValue(2);
        // cut the tail: only the stored head reveals it
        assertThat(Dossier.verifyHistory(ev.subList(0, 4), null).intact()).isTrue();
        assertThat(Dossier.verifyHistory(ev.subList(0, 4), d.headHash()).intact()).isFalse();
        assertThat(Dossier.verifyHistory(ev, d.headHash()).intact()).isTrue();
    }

    @Test
    void tamperedJsonIsRejectedWithItsReason() throws Exception {
        Dossier d = filed().receive(t(1), "o", POLICY);
        String json = Dvc4jJson.mapper().writeValueAsString(d);
        String tampered = json.replace("\"status\":\"received\"", "\"status\":\"processed\"");
        assertThatThrownBy(() -> Dvc4jJson.mapper().readValue(tampered, Dossier.class))
                .hasRootCauseInstanceOf(HistoryException.class)
                .rootCause().hasMessageContaining("\"status\" does not match its event history");
        String editedEvent = json.replace("\"actor\":\"o\"", "\"actor\":\"x\"");
        assertThatThrownBy(() -> Dvc4jJson.mapper().readValue(editedEvent, Dossier.class))
                .rootCause().isInstanceOf(HistoryException.class).hasMessageContaining("head hash");
    }
}
