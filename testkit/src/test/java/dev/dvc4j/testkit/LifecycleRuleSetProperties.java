package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.OnTimeRule;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.dossier.Apologised;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filed;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.HistoryException;
import dev.dvc4j.core.dossier.ObligationRequested;
import dev.dvc4j.core.dossier.Outcome;
import dev.dvc4j.core.dossier.Paid;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.Processed;
import dev.dvc4j.core.dossier.ProcessingStarted;
import dev.dvc4j.core.dossier.Received;
import dev.dvc4j.core.dossier.RefusedAtReception;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.ResultReturned;
import dev.dvc4j.core.dossier.Stopped;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.Supplemented;
import dev.dvc4j.core.dossier.SupplementRequested;
import dev.dvc4j.core.dossier.Withdrawn;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The lifecycle is one rule set: whatever replays can be made through the transitions, whatever the transitions make
 * replays to the same dossier, a step refused on one path is refused on the other with the same exception, and a
 * mutated history is refused with a typed error rather than read with another meaning.
 */
class LifecycleRuleSetProperties {

    static final DeadlinePolicy POLICY = new SimpleDeadlinePolicy(SupplementClock.SUBTRACT);

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers(POLICY);
    }

    @Provide
    Arbitrary<Filing> filings() {
        return DossierArbitraries.filings();
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(16);
    }

    // ------------------------------------------------------------------ (b) the two directions

    @Property(tries = 300)
    void everyHistoryTheTransitionsMakeReplaysToAnEqualDossier(@ForAll("dossiers") Dossier d) {
        assertThat(Dossier.replay(d.events())).isEqualTo(d);
        Dossier verified = Dossier.replayVerified(d.events(), d.headHash());
        assertThat(verified).isEqualTo(d);
        assertThat(verified.headHash()).isEqualTo(d.headHash());
        assertThat(Dvc4jJson.read(Dvc4jJson.write(d), Dossier.class)).isEqualTo(d);
        assertThat(rebuild(d.events())).isEqualTo(d);
    }

    /**
     * Random steps, most of them allowed and some not, with the edge values of every rule (zero amounts, blank and
     * missing texts, times running backwards, due times on either side). Each step is taken by both paths — the
     * transition method and {@link Dossier#apply(DossierEvent)} of the event built from the same data — which must
     * agree: the same dossier, or the same exception. The history that results then replays, and is rebuilt by the
     * transitions alone to the same dossier and head hash.
     */
    @Property(tries = 400)
    void whateverReplaysTheTransitionsCanMakeAndBothPathsRefuseAlike(@ForAll("filings") Filing filing,
                                                                     @ForAll("choices") List<Integer> choices,
                                                                     @ForAll long seed) {
        Random random = new Random(seed);
        Dossier d = Dossier.file(filing);
        for (int choice : choices) {
            Step step = Step.random(d, choice, random);
            Throwable byApi = null;
            Dossier viaApi = null;
            try {
                viaApi = step.viaTransition(d);
            } catch (RuntimeException e) {
                byApi = e;
            }
            Throwable byEvent = null;
            Dossier viaEvent = null;
            DossierEvent event = null;
            try {
                event = step.event(d.headHash());
                viaEvent = d.apply(event);
            } catch (RuntimeException e) {
                byEvent = e;
            }
            if (step.expressibleByTransition()) {
                if (byApi == null) {
                    assertThat(byEvent).as("%s: the transition took it, the fold did not", step).isNull();
                    assertThat(viaEvent).isEqualTo(viaApi);
                    assertThat(viaEvent.headHash()).isEqualTo(viaApi.headHash());
                } else {
                    assertThat(byEvent).as("%s: the fold took what the transition refused (%s)", step, byApi).isNotNull();
                    sameRefusal(byApi, byEvent);
                }
            } else {
                assertThat(byEvent).as("%s: the fold took what no transition can make", step).isInstanceOf(Dvc4jException.class);
            }
            if (byEvent == null) {
                d = viaEvent;
            } else if (event != null && random.nextInt(4) == 0) {
                // keep one refused event at the end: the whole history must then be refused by replay too
                List<DossierEvent> refused = new ArrayList<>(d.events());
                refused.add(event);
                sameRefusal(byEvent, catchThrowable(() -> Dossier.replay(refused)));
                break;
            }
        }
        Dossier replayed = Dossier.replay(d.events());
        assertThat(replayed).isEqualTo(d);
        Dossier rebuilt = rebuild(d.events());
        assertThat(rebuilt).isEqualTo(d);
        assertThat(rebuilt.headHash()).isEqualTo(d.headHash());
        assertThat(Dvc4jJson.read(Dvc4jJson.write(d), Dossier.class)).isEqualTo(d);
    }

    // ------------------------------------------------------------------ (c) mutated histories

    enum Mutation { DROP, DUPLICATE, SWAP, ALTER_ACTOR, ALTER_TIME, ALTER_NOTE }

    @Property(tries = 400)
    void aMutatedHistoryIsRefusedWithATypedErrorNeverReadWithAnotherMeaning(
            @ForAll("dossiers") Dossier d, @ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 64) int pick) {
        List<DossierEvent> mutated = mutate(d.events(), mutation, pick);
        if (mutated == null) {
            return; // nothing to swap in a one-event history
        }
        // as stored, with its head hash: always refused, by replayVerified and by the wire format
        Throwable verified = catchThrowable(() -> Dossier.replayVerified(mutated, d.headHash()));
        assertThat(verified).as("%s at %d", mutation, pick).isInstanceOf(Dvc4jException.class);
        ObjectNode tree = Dvc4jJson.mapper().valueToTree(d);
        tree.set("events", Dvc4jJson.mapper().valueToTree(new EventList(mutated)).get("events"));
        assertThat(catchThrowable(() -> Dvc4jJson.read(tree.toString(), Dossier.class)))
                .isInstanceOf(WireFormatException.class);
        // replayed without its chain checked: a typed refusal, or a history whose chain no longer verifies
        Throwable plain = catchThrowable(() -> Dossier.replay(mutated));
        if (plain == null) {
            assertThat(Dossier.verifyHistory(mutated, d.headHash()).intact()).isFalse();
        } else {
            assertThat(plain).isInstanceOf(Dvc4jException.class);
        }
        // re-chained by someone who recomputes every hash: refused with a typed error, or a history the transitions
        // could have made (so it means what it says), and never one that passes for the original
        List<DossierEvent> rechained = rechain(mutated);
        Throwable forged = catchThrowable(() -> Dossier.replay(rechained));
        if (forged == null) {
            Dossier f = Dossier.replay(rechained);
            assertThat(rebuild(rechained)).isEqualTo(f);
            assertThat(catchThrowable(() -> Dossier.replayVerified(rechained, d.headHash())))
                    .isInstanceOf(HistoryException.class);
        } else {
            assertThat(forged).isInstanceOf(Dvc4jException.class);
        }
    }

    /** Carries a list of events to Jackson with its element type, so each event is written with its type. */
    record EventList(List<DossierEvent> events) {
    }

    private static List<DossierEvent> mutate(List<DossierEvent> events, Mutation m, int pick) {
        List<DossierEvent> l = new ArrayList<>(events);
        int i = pick % l.size();
        switch (m) {
            case DROP -> l.remove(i);
            case DUPLICATE -> l.add(i, l.get(i));
            case SWAP -> {
                if (l.size() < 2) {
                    return null;
                }
                int j = pick % (l.size() - 1);
                l.set(j, events.get(j + 1));
                l.set(j + 1, events.get(j));
            }
            case ALTER_ACTOR -> l.set(i, Events.with(l.get(i), "actor", l.get(i).actor() + "-x"));
            case ALTER_TIME -> l.set(i, Events.with(l.get(i), "at", l.get(i).at().minus(Duration.ofHours(1 + pick))));
            case ALTER_NOTE -> l.set(i, Events.with(l.get(i), "note", l.get(i).note() == null ? "sửa" : null));
        }
        return l;
    }

    private static List<DossierEvent> rechain(List<DossierEvent> events) {
        List<DossierEvent> l = new ArrayList<>(events.size());
        String previous = DossierEvent.GENESIS;
        for (DossierEvent e : events) {
            DossierEvent c = Events.with(e, "previousHash", previous);
            l.add(c);
            previous = Dossier.hash(c);
        }
        return l;
    }

    // ------------------------------------------------------------------ rebuilding through the transitions

    /** Calls the transitions with each event's data; due times come from a policy that answers the recorded one. */
    static Dossier rebuild(List<DossierEvent> events) {
        Filed f = (Filed) events.get(0);
        Dossier d = Dossier.file(new Filing(f.code(), f.procedure(), f.agency(), f.applicant(), f.channel(),
                f.resultDelivery(), f.period(), f.summary(), f.vneidAuthenticated(), f.documents(), f.fees(), f.at(),
                f.actor(), f.note()));
        for (DossierEvent e : events.subList(1, events.size())) {
            d = d.noted(e.note(), x -> transition(x, e));
        }
        return d;
    }

    private static Dossier transition(Dossier d, DossierEvent e) {
        Instant at = e.at();
        String actor = e.actor();
        if (e instanceof Received r) {
            return d.receive(at, actor, answering(r.dueAt()));
        } else if (e instanceof RefusedAtReception r) {
            return d.refuse(at, actor, r.reason());
        } else if (e instanceof ProcessingStarted p) {
            return d.startProcessing(at, actor, p.unit());
        } else if (e instanceof SupplementRequested r) {
            return d.requestSupplement(at, actor, r.reason());
        } else if (e instanceof Supplemented s) {
            return d.supplement(at, actor, s.documents(), answering(s.dueAt()));
        } else if (e instanceof ObligationRequested o) {
            return d.requestPayment(at, actor, o.fees());
        } else if (e instanceof Paid p) {
            return d.pay(at, actor, p.payment());
        } else if (e instanceof Processed p) {
            return p.outcome() == Outcome.APPROVED ? d.approve(at, actor, p.results()) : d.reject(at, actor, p.reasons());
        } else if (e instanceof ResultReturned r) {
            return d.returnResult(at, actor, r.delivery());
        } else if (e instanceof Withdrawn w) {
            return d.withdraw(at, actor, w.reason());
        } else if (e instanceof Stopped s) {
            return d.stop(at, actor, s.reason());
        } else if (e instanceof Apologised a) {
            return d.apologise(at, actor, a.newDueAt(), a.reason());
        }
        throw new AssertionError("no transition makes " + e.type());
    }

    /** A deadline policy whose due times are the recorded ones. */
    static DeadlinePolicy answering(Instant due) {
        return new DeadlinePolicy() {
            @Override
            public Instant dueAt(Instant receivedAt, ProcessingPeriod period) {
                return due;
            }

            @Override
            public Instant dueAfterSupplement(Instant previousDue, Instant requestedAt, Instant completedAt,
                                              ProcessingPeriod period) {
                return due;
            }

            @Override
            public OnTimeRule onTimeRule() {
                return POLICY.onTimeRule();
            }

            @Override
            public boolean isNearlyDue(Instant dueAt, Instant now, WorkingDuration threshold) {
                return POLICY.isNearlyDue(dueAt, now, threshold);
            }
        };
    }

    private static void sameRefusal(Throwable expected, Throwable actual) {
        assertThat(expected).isInstanceOf(Dvc4jException.class);
        assertThat(actual).isNotNull();
        assertThat(actual.getClass()).as("%s vs %s", expected, actual).isEqualTo(expected.getClass());
        assertThat(((Dvc4jException) actual).code()).isEqualTo(((Dvc4jException) expected).code());
        assertThat(((Dvc4jException) actual).text()).isEqualTo(((Dvc4jException) expected).text());
    }

    // ------------------------------------------------------------------ random steps

    /** One proposed step, as data both paths take. */
    record Step(String kind, Instant at, String actor, String note, String text, Instant due, List<Fee> fees,
                Payment payment, Outcome outcome, List<String> reasons, List<ResultDocument> results,
                ResultDelivery delivery, List<SubmittedDocument> documents) {

        static final String[] KINDS = {"received", "refused-at-reception", "processing-started", "supplement-requested",
                "supplemented", "obligation-requested", "paid", "processed", "result-returned", "withdrawn", "stopped",
                "apologised"};
        static final SubmittedDocument DOC = new SubmittedDocument("TP9", "Bổ sung", "b".repeat(64), true, false, false);

        static Step random(Dossier d, int choice, Random r) {
            List<String> allowed = new ArrayList<>();
            for (var a : d.availableActions()) {
                allowed.add(switch (a) {
                    case RECEIVE -> "received";
                    case REFUSE -> "refused-at-reception";
                    case START_PROCESSING -> "processing-started";
                    case REQUEST_SUPPLEMENT -> "supplement-requested";
                    case SUPPLEMENT -> "supplemented";
                    case REQUEST_PAYMENT -> "obligation-requested";
                    case PAY -> "paid";
                    case APPROVE, REJECT -> "processed";
                    case RETURN_RESULT -> "result-returned";
                    case WITHDRAW -> "withdrawn";
                    case STOP -> "stopped";
                    case APOLOGISE -> "apologised";
                });
            }
            String kind = !allowed.isEmpty() && r.nextInt(5) > 0 ? allowed.get(Math.floorMod(choice, allowed.size()))
                    : KINDS[Math.floorMod(choice, KINDS.length)];
            Instant last = d.events().get(d.events().size() - 1).at();
            Instant at = r.nextInt(12) == 0 ? last.minusSeconds(1 + r.nextInt(3600))
                    : r.nextInt(12) == 0 ? last : last.plus(Duration.ofMinutes(1 + r.nextInt(7 * 24 * 60)));
            String actor = r.nextInt(20) == 0 ? " " : "officer-" + r.nextInt(3);
            String note = r.nextInt(4) == 0 ? (r.nextBoolean() ? "Ghi chú" : "") : null;
            String text = switch (r.nextInt(10)) {
                case 0 -> null;
                case 1 -> " ";
                default -> "Lý do " + r.nextInt(3);
            };
            Instant base = d.dueAt() != null ? d.dueAt() : at;
            Instant due = switch (r.nextInt(4)) {
                case 0 -> base;
                case 1 -> base.minusSeconds(60);
                default -> base.plus(Duration.ofDays(1 + r.nextInt(10)));
            };
            Vnd owed = d.outstanding();
            List<Fee> fees = switch (r.nextInt(5)) {
                case 0 -> List.of();
                case 1 -> List.of(new Fee("P0", "Phí", Vnd.ZERO, FeeKind.CHARGE));
                case 2 -> List.of(new Fee("P0", "Phí", Vnd.ZERO, FeeKind.CHARGE), new Fee("P1", "Lệ phí", Vnd.of(1), FeeKind.FEE));
                default -> List.of(new Fee("P" + r.nextInt(9), "Phí thẩm định", Vnd.of(1_000L * (1 + r.nextInt(100))), FeeKind.OTHER));
            };
            long amount = switch (r.nextInt(4)) {
                case 0 -> owed.dong() + 1;
                case 1 -> 1;
                default -> Math.max(1, owed.dong());
            };
            Payment payment = new Payment(Vnd.of(amount), PaymentMethod.values()[r.nextInt(PaymentMethod.values().length)],
                    r.nextBoolean() ? "TX" + r.nextInt(99) : null);
            Outcome outcome = r.nextBoolean() ? Outcome.APPROVED : Outcome.REJECTED;
            List<String> reasons = switch (r.nextInt(6)) {
                case 0 -> List.of();
                case 1 -> List.of(" ");
                case 2 -> List.of("Không đủ điều kiện", "Thiếu giấy tờ");
                default -> outcome == Outcome.APPROVED ? List.of() : List.of("Không đủ điều kiện");
            };
            List<ResultDocument> results = r.nextInt(3) == 0 == (outcome == Outcome.APPROVED) ? List.of()
                    : List.of(new ResultDocument(r.nextBoolean() ? "KQ-1" : null, "Kết quả", r.nextBoolean(), null));
            ResultDelivery delivery = ResultDelivery.values()[r.nextInt(ResultDelivery.values().length)];
            List<SubmittedDocument> documents = r.nextBoolean() ? List.of() : List.of(DOC);
            return new Step(kind, at, actor, note, text, due, fees, payment, outcome, reasons, results, delivery, documents);
        }

        /** Whether a transition method can express this step (approve takes no reasons, reject no results). */
        boolean expressibleByTransition() {
            return !kind.equals("processed") || (outcome == Outcome.APPROVED ? reasons.isEmpty() : results.isEmpty());
        }

        Dossier viaTransition(Dossier d) {
            return d.noted(note, x -> switch (kind) {
                case "received" -> x.receive(at, actor, answering(due));
                case "refused-at-reception" -> x.refuse(at, actor, text);
                case "processing-started" -> x.startProcessing(at, actor, text);
                case "supplement-requested" -> x.requestSupplement(at, actor, text);
                case "supplemented" -> x.supplement(at, actor, documents, answering(due));
                case "obligation-requested" -> x.requestPayment(at, actor, fees);
                case "paid" -> x.pay(at, actor, payment);
                case "processed" -> outcome == Outcome.APPROVED ? x.approve(at, actor, results) : x.reject(at, actor, reasons);
                case "result-returned" -> x.returnResult(at, actor, delivery);
                case "withdrawn" -> x.withdraw(at, actor, text);
                case "stopped" -> x.stop(at, actor, text);
                case "apologised" -> x.apologise(at, actor, due, text);
                default -> throw new AssertionError(kind);
            });
        }

        DossierEvent event(String previousHash) {
            return switch (kind) {
                case "received" -> new Received(at, actor, note, previousHash, due);
                case "refused-at-reception" -> new RefusedAtReception(at, actor, note, previousHash, text);
                case "processing-started" -> new ProcessingStarted(at, actor, note, previousHash, text);
                case "supplement-requested" -> new SupplementRequested(at, actor, note, previousHash, text);
                case "supplemented" -> new Supplemented(at, actor, note, previousHash, documents, due);
                case "obligation-requested" -> new ObligationRequested(at, actor, note, previousHash, fees);
                case "paid" -> new Paid(at, actor, note, previousHash, payment);
                case "processed" -> new Processed(at, actor, note, previousHash, outcome, reasons, results);
                case "result-returned" -> new ResultReturned(at, actor, note, previousHash, delivery);
                case "withdrawn" -> new Withdrawn(at, actor, note, previousHash, text);
                case "stopped" -> new Stopped(at, actor, note, previousHash, text);
                case "apologised" -> new Apologised(at, actor, note, previousHash, due, text);
                default -> throw new AssertionError(kind);
            };
        }
    }

    /** Copies of events with one component changed, through the record's canonical constructor. */
    static final class Events {
        private Events() {
        }

        static DossierEvent with(DossierEvent e, String component, Object value) {
            try {
                var components = e.getClass().getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(e);
                }
                return (DossierEvent) e.getClass().getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
    }
}
