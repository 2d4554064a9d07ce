package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.money.Vnd;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of event refuses a header without a time, without an actor, or with a previous hash that is not 64
 * lower-case hex digits, and each kind that needs a reason refuses a blank one, in both languages.
 */
class EventHeaderRefusalsTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String HASH = "0".repeat(64);

    /** A header: time, actor, previous hash. */
    private record Header(Instant at, String actor, String hash) {
    }

    static Stream<Arguments> kinds() {
        Filed filed = DossierLifecycleTest.filed().events().get(0) instanceof Filed f ? f : null;
        Payment payment = new Payment(Vnd.of(1), PaymentMethod.CASH, null);
        return Stream.<java.util.Map.Entry<String, Function<Header, DossierEvent>>>of(
                java.util.Map.entry("received", h -> new Received(h.at(), h.actor(), null, h.hash(), AT)),
                java.util.Map.entry("refused", h -> new RefusedAtReception(h.at(), h.actor(), null, h.hash(), "r")),
                java.util.Map.entry("processing", h -> new ProcessingStarted(h.at(), h.actor(), null, h.hash(), null)),
                java.util.Map.entry("supplement-requested", h -> new SupplementRequested(h.at(), h.actor(), null, h.hash(), "r")),
                java.util.Map.entry("supplemented", h -> new Supplemented(h.at(), h.actor(), null, h.hash(), List.of(), AT)),
                java.util.Map.entry("obligation", h -> new ObligationRequested(h.at(), h.actor(), null, h.hash(), List.of(
                        new Fee("P", "Phí", Vnd.of(1), FeeKind.CHARGE)))),
                java.util.Map.entry("paid", h -> new Paid(h.at(), h.actor(), null, h.hash(), payment)),
                java.util.Map.entry("processed", h -> new Processed(h.at(), h.actor(), null, h.hash(), Outcome.REJECTED,
                        List.of("r"), List.of())),
                java.util.Map.entry("returned", h -> new ResultReturned(h.at(), h.actor(), null, h.hash(), ResultDelivery.COUNTER)),
                java.util.Map.entry("withdrawn", h -> new Withdrawn(h.at(), h.actor(), null, h.hash(), null)),
                java.util.Map.entry("stopped", h -> new Stopped(h.at(), h.actor(), null, h.hash(), "r")),
                java.util.Map.entry("apologised", h -> new Apologised(h.at(), h.actor(), null, h.hash(), AT, "r")),
                java.util.Map.entry("filed", h -> new Filed(h.at(), h.actor(), null, h.hash(), filed.code(), filed.procedure(),
                        filed.agency(), filed.applicant(), filed.channel(), filed.resultDelivery(), filed.period(),
                        filed.summary(), filed.vneidAuthenticated(), filed.documents(), filed.fees())))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aGoodHeaderIsAccepted_andEachBadPartIsRefused(String kind, Function<Header, DossierEvent> make) {
        DossierEvent ok = make.apply(new Header(AT, "officer", HASH));
        assertThat(ok.at()).isEqualTo(AT);
        assertThat(ok.actor()).isEqualTo("officer");
        if (kind.equals("filed")) {
            // a filing's time and actor are checked first, by the filing's completeness rule
            assertThatThrownBy(() -> make.apply(new Header(null, "officer", HASH)))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> assertThat(e.code()).isEqualTo("dossier.filing-incomplete"));
            assertThatThrownBy(() -> make.apply(new Header(AT, " ", HASH)))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> assertThat(e.code()).isEqualTo("dossier.filing-incomplete"));
        } else {
            assertThatThrownBy(() -> make.apply(new Header(null, "officer", HASH)))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                        assertThat(e.code()).isEqualTo("dossier.event-time");
                        assertThat(e.text().en()).isEqualTo("An event needs a time");
                        assertThat(e.text().vi()).isEqualTo("Sự kiện thiếu thời điểm");
                    });
            assertThatThrownBy(() -> make.apply(new Header(AT, " ", HASH)))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                        assertThat(e.code()).isEqualTo("dossier.event-actor");
                        assertThat(e.text().en()).isEqualTo("An event needs an actor");
                        assertThat(e.text().vi()).isEqualTo("Sự kiện thiếu người thực hiện");
                    });
        }
        assertThatThrownBy(() -> make.apply(new Header(AT, "officer", "A".repeat(64))))
                .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.event-hash");
                    assertThat(e.text().en()).isEqualTo("An event's previous hash must be 64 lower-case hex digits");
                });
        assertThatThrownBy(() -> make.apply(new Header(AT, "officer", "0".repeat(63))))
                .isInstanceOfSatisfying(Dvc4jException.class, e -> assertThat(e.code()).isEqualTo("dossier.event-hash"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void aReasonThatMustBeGivenIsRefusedWhenBlank(Function<String, DossierEvent> make) {
        assertThat(make.apply("Lý do")).isNotNull();
        assertThatThrownBy(() -> make.apply(" ")).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.event-text");
            assertThat(e.text().en()).isEqualTo("An event needs a non-blank reason");
            assertThat(e.text().vi()).isEqualTo("Sự kiện thiếu nội dung bắt buộc: reason");
        });
    }

    static Stream<Function<String, DossierEvent>> reasons() {
        return Stream.of(r -> new RefusedAtReception(AT, "a", null, HASH, r),
                r -> new SupplementRequested(AT, "a", null, HASH, r),
                r -> new Stopped(AT, "a", null, HASH, r),
                r -> new Apologised(AT, "a", null, HASH, AT, r));
    }
}
