package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.filed;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's rules hold alike for the transition methods and for replay: each gap found between them is pinned
 * here by path — the transition, {@link Dossier#replay}, {@link Dossier#apply(DossierEvent)} and the wire format —
 * with the same exception, code and text, and the dossier unchanged.
 */
class OneRuleSetTest {

    /** The API refusal and each replay path's refusal: the same class, code and bilingual text. */
    private static Dvc4jException sameRefusal(ThrowingCallable api, ThrowingCallable... replays) {
        Throwable a = catchThrowable(api);
        assertThat(a).as("the transition").isInstanceOf(Dvc4jException.class);
        Dvc4jException expected = (Dvc4jException) a;
        for (ThrowingCallable replay : replays) {
            Throwable r = catchThrowable(replay);
            assertThat(r).as("a replay path").isNotNull();
            assertThat(r.getClass()).isEqualTo(expected.getClass());
            assertThat(((Dvc4jException) r).code()).isEqualTo(expected.code());
            assertThat(((Dvc4jException) r).text()).isEqualTo(expected.text());
        }
        return expected;
    }

    /** Reading JSON: the wire exception, whose cause is the very refusal the other paths give. */
    private static void wireRefuses(String json, Dvc4jException expected) {
        Throwable t = catchThrowable(() -> Dvc4jJson.read(json, Dossier.class));
        assertThat(t).isInstanceOf(WireFormatException.class);
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root.getClass()).isEqualTo(expected.getClass());
        assertThat(((Dvc4jException) root).code()).isEqualTo(expected.code());
        assertThat(((Dvc4jException) root).text()).isEqualTo(expected.text());
    }

    private static List<DossierEvent> plus(List<DossierEvent> events, DossierEvent e) {
        List<DossierEvent> l = new ArrayList<>(events);
        l.add(e);
        return l;
    }

    // ------------------------------------------------------------------ gap: a rejection without reasons

    @Test
    void aRejectionWithoutReasonsIsRefusedByEveryPath() {
        Dossier received = filed().receive(t(1), "o", POLICY);
        String before = received.headHash();
        for (List<String> why : Arrays.asList(List.<String>of(), List.of(" "), Arrays.asList("lý do", null), null)) {
            Dvc4jException e = sameRefusal(() -> received.reject(t(2), "leader", why),
                    () -> received.apply(new Processed(t(2), "leader", null, before, Outcome.REJECTED, why, List.of())),
                    () -> Dossier.replay(plus(received.events(),
                            new Processed(t(2), "leader", null, before, Outcome.REJECTED, why, List.of()))));
            assertThat(e.code()).isEqualTo("dossier.rejection-reasons");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("must state its reasons");
        }
        assertThat(received.headHash()).isEqualTo(before);
        // the fold once took this event: a rejected dossier with no reason at all
        String json = Dvc4jJson.write(received.reject(t(2), "leader", List.of("Không đủ điều kiện")))
                .replace("\"reasons\":[\"Không đủ điều kiện\"]", "\"reasons\":[]");
        wireRefuses(json, catchRefusal(() -> received.reject(t(2), "leader", List.of())));
        // a rejection with reasons passes every path
        Dossier rejected = received.reject(t(2), "leader", List.of("Không đủ điều kiện"));
        assertThat(Dossier.replay(rejected.events())).isEqualTo(rejected);
        assertThat(Dvc4jJson.read(Dvc4jJson.write(rejected), Dossier.class)).isEqualTo(rejected);
    }

    private static Dvc4jException catchRefusal(ThrowingCallable c) {
        return (Dvc4jException) catchThrowable(c);
    }

    // ------------------------------------------------------------------ gap: decisions the API cannot make

    @Test
    void anApprovalWithReasonsOrARejectionWithResultsIsRefusedOnReplay() {
        Dossier received = filed().receive(t(1), "o", POLICY);
        String head = received.headHash();
        // the transitions cannot make these: approve takes no reasons, reject no results
        Dvc4jException approvalWithReason = catchRefusal(() -> received.apply(new Processed(t(2), "l", null, head,
                Outcome.APPROVED, List.of("lý do"), List.of())));
        assertThat(approvalWithReason.code()).isEqualTo("dossier.processed-outcome");
        assertThat(approvalWithReason.getMessage(Locale.ENGLISH)).contains("An approval carries no refusal reasons");
        Dvc4jException rejectionWithResult = catchRefusal(() -> Dossier.replay(plus(received.events(), new Processed(t(2),
                "l", null, head, Outcome.REJECTED, List.of("lý do"), List.of(new ResultDocument(null, "KQ", false, null))))));
        assertThat(rejectionWithResult.code()).isEqualTo("dossier.processed-outcome");
        assertThat(rejectionWithResult.getMessage(Locale.forLanguageTag("vi"))).contains("không có giấy tờ kết quả");
        String approved = Dvc4jJson.write(received.approve(t(2), "l", List.of()));
        wireRefuses(approved.replace("\"reasons\":[]", "\"reasons\":[\"lý do\"]"), approvalWithReason);
        // the boundary on the other side: an approval without reasons and with results passes
        assertThatCode(() -> received.apply(new Processed(t(2), "l", null, head, Outcome.APPROVED, List.of(),
                List.of(new ResultDocument(null, "KQ", false, null))))).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------ gap: an obligation of zero

    @Test
    void aPaymentRequestOfNothingIsRefusedByEveryPath() {
        Dossier processing = filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null);
        String head = processing.headHash();
        Fee zero = new Fee("P0", "Phí", Vnd.ZERO, FeeKind.CHARGE);
        for (List<Fee> obligations : Arrays.asList(List.of(zero), List.<Fee>of(), null)) {
            Dvc4jException e = sameRefusal(() -> processing.requestPayment(t(3), "o", obligations),
                    () -> processing.apply(new ObligationRequested(t(3), "o", null, head, obligations)),
                    () -> Dossier.replay(plus(processing.events(), new ObligationRequested(t(3), "o", null, head, obligations))));
            assertThat(e.code()).isEqualTo("dossier.obligation-amount");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("at least one obligation above zero");
        }
        String json = Dvc4jJson.write(processing.requestPayment(t(3), "o",
                List.of(new Fee("P1", "Phí", Vnd.of(20_000), FeeKind.CHARGE))));
        wireRefuses(json.replace("\"amount\":20000", "\"amount\":0"),
                catchRefusal(() -> processing.requestPayment(t(3), "o", List.of(zero))));
        // one obligation above zero beside a zero one is enough
        assertThat(processing.requestPayment(t(3), "o", List.of(zero, new Fee("P1", "Phí", Vnd.of(1), FeeKind.CHARGE)))
                .status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED);
    }

    // ------------------------------------------------------------------ gap: returning an unpaid approved result

    @Test
    void anApprovedResultWithFeesOutstandingCannotBeReturnedByAnyPath() {
        Dossier approved = filed().receive(t(1), "o", POLICY).approve(t(2), "l", List.of());
        ResultReturned returned = new ResultReturned(t(3), "o", null, approved.headHash(), ResultDelivery.COUNTER);
        Dvc4jException e = sameRefusal(() -> approved.returnResult(t(3), "o", ResultDelivery.COUNTER),
                () -> approved.apply(returned),
                () -> Dossier.replay(plus(approved.events(), returned)),
                () -> Dossier.replayVerified(plus(approved.events(), returned), null));
        assertThat(e).isInstanceOf(IllegalTransitionException.class);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("50,000 VND of fees is still outstanding");
        assertThat(approved.status()).isEqualTo(DossierStatus.PROCESSED);
        // once paid, both paths return it; a rejected dossier is returned with fees outstanding by both
        Dossier paid = approved.pay(t(3), "c", new Payment(Vnd.of(50_000), PaymentMethod.CASH, null));
        Dossier viaApi = paid.returnResult(t(4), "o", ResultDelivery.COUNTER);
        assertThat(Dossier.replay(viaApi.events())).isEqualTo(viaApi);
        Dossier rejected = filed().receive(t(1), "o", POLICY).reject(t(2), "l", List.of("lý do"));
        Dossier rejectedReturned = rejected.returnResult(t(3), "o");
        assertThat(rejectedReturned.outstanding()).isEqualTo(Vnd.of(50_000));
        assertThat(Dossier.replay(rejectedReturned.events())).isEqualTo(rejectedReturned);
    }

    // ------------------------------------------------------------------ the rules that were checked twice

    @Test
    void overpaymentAndAnEarlierAppointmentAreRefusedAlikeByBothPaths() {
        Dossier received = filed().receive(t(1), "o", POLICY);
        Payment tooMuch = new Payment(Vnd.of(60_000), PaymentMethod.CASH, null);
        sameRefusal(() -> received.pay(t(2), "c", tooMuch),
                () -> received.apply(new Paid(t(2), "c", null, received.headHash(), tooMuch)));
        sameRefusal(() -> received.apologise(t(2), "o", received.dueAt(), "x"),
                () -> Dossier.replay(plus(received.events(),
                        new Apologised(t(2), "o", null, received.headHash(), received.dueAt(), "x"))));
        sameRefusal(() -> received.startProcessing(t(0), "o", null),
                () -> received.apply(new ProcessingStarted(t(0), "o", null, received.headHash(), null)));
    }

    // ------------------------------------------------------------------ gap: missing parts and times

    @Test
    void anIncompleteFilingIsRefusedWithOneCodeWhetherFiledOrReplayed() {
        Filed f = (Filed) filed().events().get(0);
        Dvc4jException e = sameRefusal(
                () -> new Filing(f.code(), f.procedure(), f.agency(), f.applicant(), null, f.resultDelivery(), f.period(),
                        null, false, List.of(), List.of(), f.at(), " ", null),
                () -> Dossier.replay(List.of(new Filed(f.at(), " ", null, DossierEvent.GENESIS, f.code(), f.procedure(),
                        f.agency(), f.applicant(), null, f.resultDelivery(), f.period(), null, false, List.of(), List.of()))));
        assertThat(e.code()).isEqualTo("dossier.filing-incomplete");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("channel, actor");
        com.fasterxml.jackson.databind.node.ObjectNode tree = Dvc4jJson.mapper().valueToTree(filed());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("events").get(0)).remove("channel");
        wireRefuses(tree.toString(), catchRefusal(() -> new Filing(f.code(), f.procedure(), f.agency(), f.applicant(),
                null, f.resultDelivery(), f.period(), null, false, List.of(), List.of(), f.at(), "portal", null)));
    }

    @Test
    void aTransitionWithoutATimeOrActorFailsAsItsEventWouldOnReplay() {
        Dossier d = filed();
        Dvc4jException noTime = sameRefusal(() -> d.receive(null, "o", POLICY),
                () -> d.apply(new Received(null, "o", null, d.headHash(), t(5))));
        assertThat(noTime.code()).isEqualTo("dossier.event-time");
        sameRefusal(() -> d.refuse(null, "o", "r"), () -> new RefusedAtReception(null, "o", null, d.headHash(), "r"));
        Dossier processing = d.receive(t(1), "o", POLICY).startProcessing(t(2), "o", null)
                .requestSupplement(t(3), "o", "thiếu");
        Dvc4jException noActor = sameRefusal(() -> processing.supplement(t(4), " ", List.of(), POLICY),
                () -> new Supplemented(t(4), " ", null, processing.headHash(), List.of(), t(9)));
        assertThat(noActor.code()).isEqualTo("dossier.event-actor");
        sameRefusal(() -> processing.stop(t(4), "o", " "), () -> new Stopped(t(4), "o", null, processing.headHash(), " "));
        assertThat(processing.version()).isEqualTo(4);
    }

    // ------------------------------------------------------------------ gap: notes

    @Test
    void aNoteOnATransitionsEventIsProducibleAndReplays() {
        Dossier d = filed();
        Dossier noted = d.noted("Đã gọi điện", x -> x.receive(t(1), "o", POLICY));
        assertThat(noted.events().get(1).note()).isEqualTo("Đã gọi điện");
        assertThat(noted.dueAt()).isEqualTo(d.receive(t(1), "o", POLICY).dueAt());
        assertThat(noted.headHash()).isNotEqualTo(d.receive(t(1), "o", POLICY).headHash());
        Received received = (Received) noted.events().get(1);
        assertThat(d.apply(new Received(received.at(), received.actor(), "Đã gọi điện", d.headHash(), received.dueAt())))
                .isEqualTo(noted);
        assertThat(Dossier.replay(noted.events())).isEqualTo(noted);
        assertThat(d.noted(null, x -> x.receive(t(1), "o", POLICY))).isEqualTo(d.receive(t(1), "o", POLICY));
        // anything but exactly one transition from this dossier is refused
        for (java.util.function.UnaryOperator<Dossier> wrong : List.<java.util.function.UnaryOperator<Dossier>>of(
                x -> x, x -> x.receive(t(1), "o", POLICY).startProcessing(t(2), "o", null), x -> null)) {
            assertThat(catchRefusal(() -> d.noted("n", wrong)).code()).isEqualTo("dossier.noted-transition");
        }
        // a refused transition stays refused with its own error
        assertThat(catchThrowable(() -> d.noted("n", x -> x.approve(t(1), "l", List.of()))))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
