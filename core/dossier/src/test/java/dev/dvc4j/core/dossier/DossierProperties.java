package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.testkit.DossierArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the dossier aggregate over arbitrary legal histories (foundation issue, done-means 2). */
class DossierProperties {

    static final DeadlinePolicy POLICY = new SimpleDeadlinePolicy(SupplementClock.SUBTRACT);

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers(POLICY);
    }

    @Property(tries = 300)
    void replayingTheEventsReproducesTheDossier(@ForAll("dossiers") Dossier d) {
        Dossier replayed = Dossier.replay(d.events());
        assertThat(replayed).isEqualTo(d);
        assertThat(replayed.headHash()).isEqualTo(d.headHash());
        assertThat(replayed.status()).isEqualTo(d.status());
        assertThat(replayed.dueAt()).isEqualTo(d.dueAt());
    }

    @Property(tries = 300)
    void jsonRoundTripIsIdentity(@ForAll("dossiers") Dossier d) throws Exception {
        String json = Dvc4jJson.mapper().writeValueAsString(d);
        Dossier back = Dvc4jJson.mapper().readValue(json, Dossier.class);
        assertThat(back).isEqualTo(d);
        assertThat(Dvc4jJson.mapper().writeValueAsString(back)).isEqualTo(json);
    }

    @Property(tries = 300)
    void eachHashIsTheSha256OfJacksonsCanonicalJson(@ForAll("dossiers") Dossier d) throws Exception {
        // Dossier.hash writes the canonical form by hand; Jackson's canonical mapper is its oracle.
        var canonical = Dvc4jJson.canonical().writerFor(DossierEvent.class);
        String previous = DossierEvent.GENESIS;
        for (DossierEvent e : d.events()) {
            assertThat(e.previousHash()).isEqualTo(previous);
            previous = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(canonical.writeValueAsBytes(e)));
            assertThat(Dossier.hash(e)).as(e.type()).isEqualTo(previous);
        }
        assertThat(d.headHash()).isEqualTo(previous);
    }

    @Property(tries = 300)
    void everyIllegalTransitionThrowsAndLeavesTheDossierUnchanged(@ForAll("dossiers") Dossier d) throws Exception {
        String before = Dvc4jJson.mapper().writeValueAsString(d);
        EnumSet<DossierAction> illegal = EnumSet.allOf(DossierAction.class);
        illegal.removeAll(d.availableActions());
        Instant at = d.events().get(d.events().size() - 1).at().plus(Duration.ofHours(1));
        for (DossierAction action : illegal) {
            assertThatThrownBy(() -> attempt(d, action, at))
                    .as("%s in %s", action, d.status())
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.status()).isEqualTo(d.status());
                    });
        }
        assertThat(Dvc4jJson.mapper().writeValueAsString(d)).isEqualTo(before);
        assertThat(d.status().isTerminal()).isEqualTo(d.availableActions().isEmpty());
    }

    @Property(tries = 200)
    void editingAnyEventIsCaught(@ForAll("dossiers") Dossier d, @ForAll @IntRange(min = 0, max = 50) int pick) {
        List<DossierEvent> events = new ArrayList<>(d.events());
        int i = pick % events.size();
        events.set(i, withActor(events.get(i), events.get(i).actor() + "-edited"));
        assertThat(Dossier.verifyHistory(events, d.headHash()).intact()).isFalse();
    }

    @Property(tries = 200)
    void droppingAnyEventIsCaught(@ForAll("dossiers") Dossier d, @ForAll @IntRange(min = 0, max = 50) int pick) {
        List<DossierEvent> events = new ArrayList<>(d.events());
        events.remove(pick % events.size());
        assertThat(Dossier.verifyHistory(events, d.headHash()).intact()).isFalse();
    }

    @Property(tries = 200)
    void reorderingAnyTwoEventsIsCaught(@ForAll("dossiers") Dossier d, @ForAll @IntRange(min = 0, max = 50) int pick) {
        List<DossierEvent> events = new ArrayList<>(d.events());
        if (events.size() < 2) {
            return;
        }
        int i = pick % (events.size() - 1);
        DossierEvent a = events.get(i);
        events.set(i, events.get(i + 1));
        events.set(i + 1, a);
        assertThat(Dossier.verifyHistory(events, d.headHash()).intact()).isFalse();
        assertThat(Dossier.verifyHistory(d.events(), d.headHash()).intact()).isTrue();
    }

    private static Dossier attempt(Dossier d, DossierAction action, Instant at) {
        return switch (action) {
            case RECEIVE -> d.receive(at, "o", POLICY);
            case REFUSE -> d.refuse(at, "o", "r");
            case START_PROCESSING -> d.startProcessing(at, "o", null);
            case REQUEST_SUPPLEMENT -> d.requestSupplement(at, "o", "r");
            case SUPPLEMENT -> d.supplement(at, "o", List.of(), POLICY);
            case REQUEST_PAYMENT -> d.requestPayment(at, "o", List.of(new Fee("F", "Phí", Vnd.of(1000), FeeKind.CHARGE)));
            case PAY -> d.pay(at, "o", new Payment(Vnd.of(1), PaymentMethod.CASH, null));
            case APPROVE -> d.approve(at, "o", List.of());
            case REJECT -> d.reject(at, "o", List.of("r"));
            case RETURN_RESULT -> d.returnResult(at, "o");
            case WITHDRAW -> d.withdraw(at, "o", null);
            case STOP -> d.stop(at, "o", "r");
            case APOLOGISE -> d.apologise(at, "o", at.plus(Duration.ofDays(400)), "r");
        };
    }

    /** The same event with another actor: an edit that keeps the record valid. */
    private static DossierEvent withActor(DossierEvent e, String actor) {
        try {
            var components = e.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals("actor") ? actor : components[i].getAccessor().invoke(e);
            }
            return (DossierEvent) e.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }
}
