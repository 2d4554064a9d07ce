package dev.dvc4j.core.dossier;

import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.OnTimeRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.VnTime;
import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dossier (hồ sơ): one application by one applicant for one procedure, as an immutable snapshot derived from its
 * events.
 *
 * <p>Every transition ({@link #receive}, {@link #startProcessing}, {@link #requestSupplement}, …) checks the
 * lifecycle ({@link DossierAction}), appends one hash-chained {@link DossierEvent} and returns a <em>new</em>
 * dossier; this one never changes. A refused transition throws {@link IllegalTransitionException} naming the status,
 * the action and the rule. {@link #replay(List)} rebuilds a dossier from its events and equals the original.
 *
 * <p><b>One rule set.</b> The transitions and the replay of events ({@link #replay}, {@link #replayVerified},
 * {@link #apply(DossierEvent)}, reading the wire format) accept exactly the same histories, because each rule lives
 * once: the rules of an event's own data in the event record's constructor (a rejection states its reasons, a
 * payment request names an obligation above zero, a filing is complete, texts that must be given are not blank), the
 * rules that need the dossier in the one lifecycle fold (the action is allowed in the status, time does not run
 * backwards, a payment does not exceed what is outstanding, an approved result is not returned while fees are
 * outstanding, an apology moves the appointment later). A transition method builds its event and appends it through
 * that fold, so bad input fails with the same exception and code by either path (read from JSON, the same exception
 * is the cause of the {@code WireFormatException}), and the dossier is left unchanged. The due times set at receipt
 * and after a supplement come from the {@link DeadlinePolicy} when a transition makes them and are recorded facts
 * when an event is replayed. A note on a transition's event is given with {@link #noted}.
 *
 * <p><b>Signed heads.</b> The hash chain reveals accidental corruption and edits that were not re-hashed; someone
 * who edits an event and recomputes every later hash and the head produces a history that is intact again. A
 * {@link HeadSignature} made with a key ({@link #sign(HistorySigner, Instant)}, or by a {@link DossierWorkflow} at
 * the statuses its {@link SigningPolicy} names) attests the head at that point, so such an edit of any event it
 * covers is reported by {@link #verifyHistory(TrustedKeys)}. Signatures are kept beside the events: every transition
 * carries them forward, {@link #replay} has none, and {@link #equals} ignores them.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} contains no personal data.
 *
 * <p>On the wire a dossier is an object with its snapshot fields, {@code version}, {@code headHash},
 * {@code events} and, when signed, {@code signatures}; reading replays the events, and rejects a document whose
 * snapshot or head hash disagrees with them, or with a signature over a head the history does not have.
 */
public final class Dossier {

    /**
     * The most head signatures a dossier keeps: far more than any signing policy makes (two signers signing after
     * every event of a long history make a hundred), few enough that verifying a hostile document stays cheap.
     */
    public static final int MAX_SIGNATURES = 1_000;

    private final DossierCode code;
    private final ProcedureCode procedure;
    private final AgencyCode agency;
    private final Applicant applicant;
    private final Channel channel;
    private final ResultDelivery resultDelivery;
    private final ProcessingPeriod period;
    private final String summary;
    private final boolean vneidAuthenticated;
    private final List<SubmittedDocument> documents;
    private final List<Fee> fees;
    private final List<Payment> payments;
    private final List<SupplementRound> supplements;
    private final List<Apology> apologies;
    private final List<ResultDocument> results;
    private final List<String> reasons;
    private final DossierStatus status;
    private final Outcome outcome;
    private final String processingUnit;
    private final ResultDelivery returnedBy;
    private final Instant filedAt;
    private final Instant receivedAt;
    private final Instant originalDueAt;
    private final Instant dueAt;
    private final Instant processedAt;
    private final Instant processingEndedAt;
    private final Instant returnedAt;
    private final List<DossierEvent> events;
    private final String headHash;
    private final List<HeadSignature> signatures;

    private Dossier(State s) {
        this.code = s.code;
        this.procedure = s.procedure;
        this.agency = s.agency;
        this.applicant = s.applicant;
        this.channel = s.channel;
        this.resultDelivery = s.resultDelivery;
        this.period = s.period;
        this.summary = s.summary;
        this.vneidAuthenticated = s.vneidAuthenticated;
        this.documents = s.documents;
        this.fees = s.fees;
        this.payments = s.payments;
        this.supplements = s.supplements;
        this.apologies = s.apologies;
        this.results = s.results;
        this.reasons = s.reasons;
        this.status = s.status;
        this.outcome = s.outcome;
        this.processingUnit = s.processingUnit;
        this.returnedBy = s.returnedBy;
        this.filedAt = s.filedAt;
        this.receivedAt = s.receivedAt;
        this.originalDueAt = s.originalDueAt;
        this.dueAt = s.dueAt;
        this.processedAt = s.processedAt;
        this.processingEndedAt = s.processingEndedAt;
        this.returnedAt = s.returnedAt;
        this.events = s.events;
        this.headHash = s.headHash;
        this.signatures = s.signatures;
    }

    // ------------------------------------------------------------------ creation and replay

    /**
     * Files a new dossier (status {@link DossierStatus#FILED}).
     *
     * @param filing what is filed
     * @return the new dossier, with one {@link Filed} event
     */
    public static Dossier file(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        Filed e = new Filed(filing.at(), filing.actor(), filing.note(), DossierEvent.GENESIS, filing.code(),
                filing.procedure(), filing.agency(), filing.applicant(), filing.channel(), filing.resultDelivery(),
                filing.period(), filing.summary(), filing.vneidAuthenticated(), filing.documents(), filing.fees());
        return State.start(e).freeze();
    }

    /**
     * Rebuilds a dossier from its events. The lifecycle is checked event by event (an impossible history throws
     * {@link IllegalTransitionException}); the hash chain is not, so a host can load a suspect history and ask
     * {@link #verifyHistory()} where it breaks.
     *
     * @param events the history, oldest first, starting with {@link Filed}
     * @return the dossier
     * @throws Dvc4jException if the history is empty, does not start with {@link Filed}, or breaks the lifecycle
     */
    public static Dossier replay(List<? extends DossierEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events == null || events.isEmpty()) {
            throw new Dvc4jException("dossier.empty-history", LocalizedText.of(
                    "Không thể dựng lại hồ sơ từ lịch sử rỗng", "Cannot replay an empty history"));
        }
        if (!(events.get(0) instanceof Filed first)) {
            throw new Dvc4jException("dossier.history-start", LocalizedText.of(
                    "Lịch sử hồ sơ phải bắt đầu bằng sự kiện nộp hồ sơ, nhận được \"%s\"",
                    "A dossier history must start with a filed event, got \"%s\"").formatted(events.get(0).type()));
        }
        State s = State.start(first);
        for (int i = 1; i < events.size(); i++) {
            s.apply(events.get(i), s.code);
        }
        s.headHash = hash(events.get(events.size() - 1)); // for a lone filed event, the hash State.start computed
        s.events = List.copyOf(events);
        return s.freeze();
    }

    /**
     * Replays a history while checking its hash chain link by link, and its head against a stored head hash.
     *
     * @param events the history, oldest first
     * @param expectedHeadHash the stored head hash, or {@code null} to check only the links
     * @return the dossier
     * @throws HistoryException at the first broken link, naming the event
     * @throws IllegalTransitionException if the history breaks the lifecycle
     */
    public static Dossier replayVerified(List<? extends DossierEvent> events, @Nullable String expectedHeadHash) {
        if (events == null || events.isEmpty() || !(events.get(0) instanceof Filed)) {
            return replay(events);
        }
        State s = State.start((Filed) events.get(0));
        for (int i = 1; i < events.size(); i++) {
            DossierEvent e = events.get(i);
            if (!links(e.previousHash(), s.headHash, events.get(i - 1))) {
                throw new HistoryException(brokenLink(i, e));
            }
            s.apply(e, s.code);
            s.headHash = hash(e);
        }
        if (expectedHeadHash != null) {
            String head = anchoredHead(expectedHeadHash, s.headHash, events.get(events.size() - 1));
            if (head == null) {
                throw new HistoryException(headMismatch(events.size() - 1));
            }
            s.headHash = head;
        }
        s.events = List.copyOf(events);
        return s.freeze();
    }

    // ------------------------------------------------------------------ transitions

    /**
     * Receives the dossier and sets its appointment date from the deadline policy.
     *
     * @param at the receipt instant (for postal filings, the signed hand-over)
     * @param actor the receiving officer
     * @param policy the deadline policy
     * @return the received dossier
     */
    public Dossier receive(Instant at, String actor, DeadlinePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        checkBeforePolicy(DossierAction.RECEIVE, at, actor);
        return append(new Received(at, actor, null, headHash, policy.dueAt(at, period)));
    }

    /**
     * Refuses to receive the dossier (form 03).
     *
     * @param at when
     * @param actor the officer
     * @param reason why
     * @return the refused dossier
     */
    public Dossier refuse(Instant at, String actor, String reason) {
        return append(new RefusedAtReception(at, actor, null, headHash, reason));
    }

    /**
     * Transfers the dossier to its processing unit.
     *
     * @param at when
     * @param actor the officer
     * @param unit the processing unit, or {@code null}
     * @return the dossier in processing
     */
    public Dossier startProcessing(Instant at, String actor, @Nullable String unit) {
        return append(new ProcessingStarted(at, actor, null, headHash, unit));
    }

    /**
     * Asks the applicant for a supplement (form 02).
     *
     * @param at when
     * @param actor the officer
     * @param reason what is missing
     * @return the dossier awaiting its supplement
     */
    public Dossier requestSupplement(Instant at, String actor, String reason) {
        return append(new SupplementRequested(at, actor, null, headHash, reason));
    }

    /**
     * Records the complete supplement; the due time is recomputed by the policy (restarted or extended by the
     * interval, depending on its {@link SupplementClock}).
     *
     * @param at when the complete supplement arrived
     * @param actor who recorded it
     * @param added the documents added
     * @param policy the deadline policy
     * @return the dossier back in processing
     */
    public Dossier supplement(Instant at, String actor, List<SubmittedDocument> added, DeadlinePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        checkBeforePolicy(DossierAction.SUPPLEMENT, at, actor);
        SupplementRound open = supplements.get(supplements.size() - 1);
        Instant newDue = policy.dueAfterSupplement(dueAt, open.requestedAt(), at, period);
        return append(new Supplemented(at, actor, null, headHash, added == null ? List.of() : added, newDue));
    }

    /**
     * Asks the applicant to pay financial obligations.
     *
     * @param at when
     * @param actor the officer
     * @param fees the fees, charges or taxes due (at least one above zero; {@code null} or none is refused as
     *             {@code dossier.obligation-amount}, as a replayed event would be)
     * @return the dossier awaiting payment
     */
    public Dossier requestPayment(Instant at, String actor, @Nullable List<Fee> fees) {
        return append(new ObligationRequested(at, actor, null, headHash, fees));
    }

    /**
     * Records a payment. Once a requested financial obligation is fully paid the dossier returns to processing.
     *
     * @param at when
     * @param actor who recorded it
     * @param payment the payment, no more than what is outstanding
     * @return the dossier with the payment
     */
    public Dossier pay(Instant at, String actor, Payment payment) {
        return append(new Paid(at, actor, null, headHash, payment));
    }

    /**
     * Finishes processing with approval.
     *
     * @param at when
     * @param actor the deciding officer
     * @param resultDocuments the result documents issued ({@code null} reads as none)
     * @return the processed dossier
     */
    public Dossier approve(Instant at, String actor, @Nullable List<ResultDocument> resultDocuments) {
        return append(new Processed(at, actor, null, headHash, Outcome.APPROVED, List.of(),
                resultDocuments == null ? List.of() : resultDocuments));
    }

    /**
     * Finishes processing with a reasoned refusal.
     *
     * @param at when
     * @param actor the deciding officer
     * @param reasons the reasons (at least one; {@code null} or none is refused as {@code dossier.rejection-reasons},
     *                as a replayed event would be)
     * @return the processed dossier
     */
    public Dossier reject(Instant at, String actor, @Nullable List<String> reasons) {
        return append(new Processed(at, actor, null, headHash, Outcome.REJECTED, reasons, List.of()));
    }

    /**
     * Returns the result by the delivery method the applicant chose at filing.
     *
     * @param at when
     * @param actor the officer
     * @return the closed dossier
     */
    public Dossier returnResult(Instant at, String actor) {
        return returnResult(at, actor, resultDelivery);
    }

    /**
     * Returns the result by a given delivery method. An approved result cannot be returned while fees are
     * outstanding.
     *
     * @param at when
     * @param actor the officer
     * @param delivery how it is returned
     * @return the closed dossier
     */
    public Dossier returnResult(Instant at, String actor, ResultDelivery delivery) {
        return append(new ResultReturned(at, actor, null, headHash, delivery));
    }

    /**
     * The applicant withdraws the dossier.
     *
     * @param at when
     * @param actor who recorded it
     * @param reason the reason, or {@code null}
     * @return the withdrawn dossier
     */
    public Dossier withdraw(Instant at, String actor, @Nullable String reason) {
        return append(new Withdrawn(at, actor, null, headHash, reason));
    }

    /**
     * Stops processing (notice of stopping).
     *
     * @param at when
     * @param actor the officer
     * @param reason why
     * @return the stopped dossier
     */
    public Dossier stop(Instant at, String actor, String reason) {
        return append(new Stopped(at, actor, null, headHash, reason));
    }

    /**
     * Apologises for lateness and sets a new appointment date (form 04). The new date must be later than the
     * current one.
     *
     * @param at when the apology was sent
     * @param actor the officer
     * @param newDue the new due time
     * @param reason the reason for the delay
     * @return the dossier with the new due time
     */
    public Dossier apologise(Instant at, String actor, Instant newDue, String reason) {
        return append(new Apologised(at, actor, null, headHash, newDue, reason));
    }

    /**
     * Appends an event built elsewhere (for example received from another system), after the same checks a
     * transition makes; the event's {@code previousHash} must be this dossier's {@link #headHash()}.
     *
     * @param event the event
     * @return the dossier after it
     */
    public Dossier apply(DossierEvent event) {
        Objects.requireNonNull(event, "event");
        DossierEvent last = events.get(events.size() - 1);
        if (!event.previousHash().equals(headHash) && !links(event.previousHash(), hash(last), last)) {
            throw new HistoryException(LocalizedText.of(
                    "Sự kiện \"%s\" không nối tiếp hồ sơ %s: mã băm trước không khớp",
                    "Event \"%s\" does not follow dossier %s: its previous hash does not match").formatted(event.type(), code));
        }
        return append(event);
    }

    /**
     * Makes one transition and attaches a free note to the event it appends: the way to give a transition's event
     * the {@link DossierEvent#note() note} that an event received from another system may carry, so that every
     * history {@link #replay(List)} accepts can also be produced through the transitions. The note is part of the
     * event and so of the hash chain; it carries no lifecycle meaning.
     *
     * <pre>{@code
     * Dossier next = dossier.noted("Đã gọi điện báo người nộp", d -> d.receive(at, "officer-1", policy));
     * }</pre>
     *
     * @param note the note, or {@code null} for none
     * @param transition one transition on this dossier, such as {@code d -> d.receive(at, actor, policy)}
     * @return the dossier after the transition, its last event carrying the note
     * @throws Dvc4jException {@code dossier.noted-transition} if the function does not make exactly one transition
     *         from this dossier; otherwise whatever the transition throws
     */
    public Dossier noted(String note, java.util.function.UnaryOperator<Dossier> transition) {
        Objects.requireNonNull(transition, "transition");
        Dossier next = transition.apply(this);
        if (next == null || next.events.size() != events.size() + 1
                || !next.events.get(events.size()).previousHash().equals(headHash)) {
            throw new Dvc4jException("dossier.noted-transition", LocalizedText.of(
                    "Hàm ghi chú phải thực hiện đúng một bước chuyển trên hồ sơ %s",
                    "The noted function must make exactly one transition on dossier %s").formatted(code));
        }
        return append(withNote(next.events.get(events.size()), note));
    }

    /** The same event with another note. */
    private static DossierEvent withNote(DossierEvent e, String n) {
        if (e instanceof Received r) {
            return new Received(r.at(), r.actor(), n, r.previousHash(), r.dueAt());
        } else if (e instanceof RefusedAtReception r) {
            return new RefusedAtReception(r.at(), r.actor(), n, r.previousHash(), r.reason());
        } else if (e instanceof ProcessingStarted p) {
            return new ProcessingStarted(p.at(), p.actor(), n, p.previousHash(), p.unit());
        } else if (e instanceof SupplementRequested r) {
            return new SupplementRequested(r.at(), r.actor(), n, r.previousHash(), r.reason());
        } else if (e instanceof Supplemented s) {
            return new Supplemented(s.at(), s.actor(), n, s.previousHash(), s.documents(), s.dueAt());
        } else if (e instanceof ObligationRequested o) {
            return new ObligationRequested(o.at(), o.actor(), n, o.previousHash(), o.fees());
        } else if (e instanceof Paid p) {
            return new Paid(p.at(), p.actor(), n, p.previousHash(), p.payment());
        } else if (e instanceof Processed p) {
            return new Processed(p.at(), p.actor(), n, p.previousHash(), p.outcome(), p.reasons(), p.results());
        } else if (e instanceof ResultReturned r) {
            return new ResultReturned(r.at(), r.actor(), n, r.previousHash(), r.delivery());
        } else if (e instanceof Withdrawn w) {
            return new Withdrawn(w.at(), w.actor(), n, w.previousHash(), w.reason());
        } else if (e instanceof Stopped s) {
            return new Stopped(s.at(), s.actor(), n, s.previousHash(), s.reason());
        } else if (e instanceof Apologised a) {
            return new Apologised(a.at(), a.actor(), n, a.previousHash(), a.newDueAt(), a.reason());
        }
        throw new IllegalStateException("a transition never appends " + e.type());
    }

    /**
     * For the two transitions that consult the deadline policy (receive, supplement): the event header's rules and
     * the lifecycle's status and time-order rules, checked before the policy is asked, by the very checks the event
     * and the fold apply again when the event is appended. A call that breaks them thus fails as its event would on
     * replay, without the policy seeing an impossible request.
     */
    private void checkBeforePolicy(DossierAction action, Instant at, String actor) {
        DossierEvent.requireHeader(at, actor, headHash);
        State.checkLifecycle(code, status, events.get(events.size() - 1).at(), action, at);
    }

    private static LocalizedText onlyAllowedIn(DossierAction action) {
        return LocalizedText.of("chỉ được thực hiện khi hồ sơ ở trạng thái " + labels(action, true),
                "only allowed when the dossier is " + labels(action, false));
    }

    private static String labels(DossierAction action, boolean vi) {
        List<String> l = new ArrayList<>();
        for (DossierStatus s : action.allowedIn()) {
            l.add(vi ? s.label().vi() : s.label().en());
        }
        return String.join(", ", l);
    }

    private Dossier append(DossierEvent e) {
        State s = State.from(this);
        s.apply(e, code);
        s.events = State.plus(events, e);
        s.headHash = hash(e);
        return s.freeze();
    }

    // ------------------------------------------------------------------ history

    /**
     * The canonical-JSON SHA-256 of an event, as the next event's {@code previousHash} must carry it. The canonical
     * JSON is what {@link Dvc4jJson#canonical()} writes for the event (the {@code type} first, other properties in
     * alphabetical order, nulls left out, no whitespace); it is written here directly into bytes, without Jackson's
     * serializers, because every transition and every verified read hashes.
     *
     * @param event the event
     * @return 64 lower-case hex digits
     */
    public static String hash(DossierEvent event) {
        return CanonicalEvents.hash(Objects.requireNonNull(event, "event"));
    }

    /**
     * Checks this dossier's hash chain.
     *
     * @return the verification
     */
    public HistoryVerification verifyHistory() {
        return verifyHistory(events, null);
    }

    /**
     * Checks a history's hash chain and, if given, that its last event hashes to the head the host stored. Without
     * an anchor a chain cannot reveal an edit of its last event or a cut at its end, so hosts should keep
     * {@link #headHash()} beside the events.
     *
     * @param history the events, oldest first
     * @param expectedHeadHash the stored head hash, or {@code null}
     * @return the verification
     */
    public static HistoryVerification verifyHistory(List<? extends DossierEvent> history,
                                                    @Nullable String expectedHeadHash) {
        if (history.isEmpty()) {
            return new HistoryVerification(false, 0, LocalizedText.of("Lịch sử rỗng", "The history is empty"));
        }
        String previous = DossierEvent.GENESIS;
        for (int i = 0; i < history.size(); i++) {
            DossierEvent e = history.get(i);
            if (i == 0 ? !e.previousHash().equals(previous) : !links(e.previousHash(), previous, history.get(i - 1))) {
                return new HistoryVerification(false, i, brokenLink(i, e));
            }
            previous = hash(e);
        }
        int last = history.size() - 1;
        if (expectedHeadHash != null && anchoredHead(expectedHeadHash, previous, history.get(last)) == null) {
            return new HistoryVerification(false, last, headMismatch(last));
        }
        return HistoryVerification.INTACT;
    }

    /**
     * Whether an event's recorded previous hash is the hash of the event before it: over the current canonical JSON,
     * or — only when that does not match — over the JSON a release before kebab-case wire names wrote (the old
     * spelling, {@code in_person}). So a history written then verifies exactly when its hashes were computed over
     * the old spelling, and any other change still breaks the chain.
     *
     * @param recorded the event's {@code previousHash}
     * @param current the hash of the event before, over the current spelling
     * @param before the event before
     */
    private static boolean links(String recorded, String current, DossierEvent before) {
        return recorded.equals(current) || recorded.equals(CanonicalEvents.legacyHash(before));
    }

    /** The head a stored anchor names: the current hash of the last event, its old-spelling hash, or null. */
    private static String anchoredHead(String expected, String current, DossierEvent last) {
        if (expected.equals(current)) {
            return current;
        }
        String legacy = CanonicalEvents.legacyHash(last);
        return expected.equals(legacy) ? legacy : null;
    }

    private static LocalizedText brokenLink(int i, DossierEvent e) {
        return LocalizedText.of(
                "Chuỗi băm đứt trước sự kiện #%d (\"%s\"): sự kiện trước đó đã bị sửa, hoặc có sự kiện bị xóa hay đảo thứ tự",
                "The hash chain breaks before event #%d (\"%s\"): the event before it was edited, or events were removed or reordered")
                .formatted(i, e.type());
    }

    private static LocalizedText headMismatch(int last) {
        return LocalizedText.of(
                "Sự kiện cuối #%d không khớp mã băm đầu chuỗi đã lưu: sự kiện cuối bị sửa hoặc lịch sử bị cắt/thêm",
                "The last event #%d does not match the stored head hash: it was edited, or the history was cut or extended")
                .formatted(last);
    }

    // ------------------------------------------------------------------ signatures

    /**
     * Signs this dossier's head: the signer attests that the first {@link #version()} events hash to
     * {@link #headHash()}. The signature is verified with the signer's public key before it is kept. The dossier's
     * events do not change; the signature is kept beside them ({@link #signatures()}) and carried forward by every
     * later transition.
     *
     * @param signer the signer (a {@link JdkHistorySigner}, or a host's HSM, token or CA service)
     * @param at the signing time, not before the last event
     * @return the dossier with the signature added
     * @throws HistorySignatureException {@code dossier.signature.broken-chain} if this dossier's hash chain is broken
     *         (a history replayed without verification), {@code dossier.signature.before-head} if {@code at} is before
     *         the last event, {@code dossier.signature.signer-failed} if the signer throws,
     *         {@code dossier.signature.signer-invalid} if what it returns does not verify with its public key
     * @throws SigningKeyException {@code dossier.key.unsupported} if its public key is not Ed25519 or EC P-256
     */
    public Dossier sign(HistorySigner signer, Instant at) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(at, "at");
        HistoryVerification chain = verifyHistory();
        if (!chain.intact()) {
            throw new HistorySignatureException("dossier.signature.broken-chain", LocalizedText.of(
                    "Không ký hồ sơ %s: chuỗi băm của nó bị đứt — %s", "Dossier %s is not signed: its hash chain is broken — %s")
                    .formatted(code, chain.problem().vi()).withEnglish(String.format(
                            "Dossier %s is not signed: its hash chain is broken — %s", code, chain.problem().en())));
        }
        DossierEvent last = events.get(events.size() - 1);
        if (at.isBefore(last.at())) {
            throw beforeHead(events.size(), at, last);
        }
        PublicKey publicKey = Objects.requireNonNull(signer.publicKey(), "signer.publicKey()");
        PublicKey key = Keys.canonical(publicKey);
        SignatureAlgorithm algorithm = Keys.algorithmOf(key);
        String keyId = Keys.keyId(key);
        byte[] message = HeadSignature.message(code, events.size(), headHash, keyId, algorithm, at);
        byte[] signature;
        try {
            signature = signer.sign(message.clone());
        } catch (Exception e) {
            throw new HistorySignatureException("dossier.signature.signer-failed", LocalizedText.of(
                    "Bộ ký của khóa %s không ký được hồ sơ %s", "The signer of key %s failed to sign dossier %s")
                    .formatted(keyId, code), e);
        }
        if (signature == null || !Keys.verify(key, algorithm, message, signature)) {
            throw new HistorySignatureException("dossier.signature.signer-invalid", LocalizedText.of(
                    "Chữ ký do bộ ký của khóa %s trả về không khớp với khóa công khai của nó (thuật toán %s)",
                    "The signature the signer of key %s returned does not verify with its public key (algorithm %s)")
                    .formatted(keyId, algorithm.wireName()));
        }
        return withSignature(new HeadSignature(events.size(), headHash, keyId, algorithm, at,
                Base64.getEncoder().encodeToString(signature)));
    }

    /**
     * Adds a signature made elsewhere (a CA service's answer, one kept in a host's own table), after the checks every
     * signature kept with a dossier passes — the ones reading a dossier applies: it covers no more events than the
     * history has, the head it signs is the history's head at its number of events, it is not dated before that head's
     * last event, and it is not already there. Whether it is cryptographically valid is for
     * {@link #verifyHistory(TrustedKeys)}, which knows the trusted keys.
     *
     * @param signature the signature
     * @return the dossier with the signature added
     * @throws HistorySignatureException {@code dossier.signature.beyond-history}, {@code dossier.signature.head-mismatch},
     *         {@code dossier.signature.before-head} or {@code dossier.signature.duplicate}
     */
    public Dossier withSignature(HeadSignature signature) {
        return withSignatures(List.of(Objects.requireNonNull(signature, "signature")));
    }

    private Dossier withSignatures(List<HeadSignature> added) {
        if (signatures.size() + added.size() > MAX_SIGNATURES) {
            throw new HistorySignatureException("dossier.signature.too-many", LocalizedText.of(
                    "Hồ sơ %s không thể giữ quá %d chữ ký", "Dossier %s cannot keep more than %d signatures")
                    .formatted(code, MAX_SIGNATURES));
        }
        List<HeadSignature> all = new ArrayList<>(signatures);
        Set<HeadSignature> seen = new java.util.HashSet<>(signatures);
        java.util.Map<Integer, String> heads = new java.util.HashMap<>();
        for (HeadSignature s : added) {
            Objects.requireNonNull(s, "signature");
            int index = all.size();
            if (s.version() > events.size()) {
                throw new HistorySignatureException("dossier.signature.beyond-history", LocalizedText.of(
                        "Chữ ký #%d ký %d sự kiện nhưng lịch sử hồ sơ %s chỉ có %d",
                        "Signature #%d signs %d events but the history of dossier %s has only %d")
                        .formatted(index, s.version(), code, events.size()));
            }
            DossierEvent head = events.get(s.version() - 1);
            boolean matches = s.version() == events.size() && s.headHash().equals(headHash)
                    || anchoredHead(s.headHash(), heads.computeIfAbsent(s.version(), v -> hash(head)), head) != null;
            if (!matches) {
                throw new HistorySignatureException("dossier.signature.head-mismatch", LocalizedText.of(
                        "Chữ ký #%d ký một mã băm đầu chuỗi mà %d sự kiện đầu của hồ sơ %s không có",
                        "Signature #%d signs a head hash that the first %d events of dossier %s do not have")
                        .formatted(index, s.version(), code));
            }
            if (s.signedAt().isBefore(head.at())) {
                throw beforeHead(s.version(), s.signedAt(), head);
            }
            if (!seen.add(s)) {
                throw new HistorySignatureException("dossier.signature.duplicate", LocalizedText.of(
                        "Chữ ký #%d lặp lại một chữ ký đã có", "Signature #%d repeats one already there").formatted(index));
            }
            all.add(s);
        }
        State st = State.from(this);
        st.signatures = List.copyOf(all);
        return st.freeze();
    }

    private HistorySignatureException beforeHead(int version, Instant at, DossierEvent head) {
        return new HistorySignatureException("dossier.signature.before-head", LocalizedText.of(
                "Thời điểm ký %s của hồ sơ %s trước sự kiện cuối được ký #%d (%s)",
                "The signing time %s of dossier %s is before the last signed event #%d (%s)")
                .formatted(VnTimes.inMessage(at), code, version - 1, VnTimes.inMessage(head.at())));
    }

    /**
     * The signatures of this dossier's head at the points it was signed, oldest first. Not part of {@link #equals}:
     * a dossier replayed from its events is the same dossier, with none.
     *
     * @return the signatures
     */
    public List<HeadSignature> signatures() {
        return signatures;
    }

    /**
     * Checks this dossier's hash chain and every signature against trusted keys, and says how many events a valid
     * signature covers ({@link #verifyHistory(List, List, TrustedKeys)}).
     *
     * @param trusted the keys whose signatures count
     * @return the verification
     */
    public SignedHistoryVerification verifyHistory(TrustedKeys trusted) {
        return verifyHistory(events, signatures, trusted);
    }

    /**
     * Checks a history's hash chain and every head signature against trusted keys. A signature is
     * {@link SignatureStatus#VALID} when a trusted key made it over this dossier's code and the head the history
     * has, intact, at its number of events; it then covers those events. A history edited before a signed head
     * — even with every later hash and the head recomputed, so that its chain is intact — is reported
     * ({@link SignatureStatus#HEAD_MISMATCH}), as is a signature altered or forged
     * ({@link SignatureStatus#BAD_SIGNATURE}) and a history cut below a signed head
     * ({@link SignatureStatus#MISSING_EVENTS}); events after the last valid signature are not covered
     * ({@link SignedHistoryVerification#firstUncovered()}).
     *
     * @param history the events, oldest first
     * @param signatures the head signatures
     * @param trusted the keys whose signatures count
     * @return the verification
     */
    public static SignedHistoryVerification verifyHistory(List<? extends DossierEvent> history,
                                                          List<HeadSignature> signatures, TrustedKeys trusted) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(trusted, "trusted");
        HistoryVerification chain = verifyHistory(history, null);
        int size = history.size();
        int intact = chain.intact() ? size : chain.firstBadIndex();
        DossierCode code = size > 0 && history.get(0) instanceof Filed f ? f.code() : null;
        List<SignatureCheck> checks = new ArrayList<>(signatures.size());
        int covered = 0;
        for (int i = 0; i < signatures.size(); i++) {
            HeadSignature s = Objects.requireNonNull(signatures.get(i), "signature");
            SignatureCheck c = check(i, s, history, code, intact, trusted);
            if (c.isValid()) {
                covered = Math.max(covered, s.version());
            }
            checks.add(c);
        }
        return new SignedHistoryVerification(chain, checks, covered, size);
    }

    private static SignatureCheck check(int i, HeadSignature s, List<? extends DossierEvent> history, DossierCode code,
                                        int intact, TrustedKeys trusted) {
        PublicKey key = trusted.find(s.keyId()).orElse(null);
        if (key == null) {
            return new SignatureCheck(i, s, SignatureStatus.UNKNOWN_KEY, LocalizedText.of(
                    "Chữ ký #%d do khóa %s ký, khóa này không được tin cậy: nó không bao phủ sự kiện nào",
                    "Signature #%d is by key %s, which is not trusted: it covers no event").formatted(i, s.keyId()));
        }
        SignatureAlgorithm keyAlgorithm = Keys.algorithmOf(key);
        if (keyAlgorithm != s.algorithm()) {
            return new SignatureCheck(i, s, SignatureStatus.BAD_SIGNATURE, LocalizedText.of(
                    "Chữ ký #%d ghi thuật toán %s nhưng khóa tin cậy %s dùng %s",
                    "Signature #%d names the algorithm %s but the trusted key %s is %s")
                    .formatted(i, s.algorithm().wireName(), s.keyId(), keyAlgorithm.wireName()));
        }
        if (code == null) {
            return new SignatureCheck(i, s, SignatureStatus.HEAD_MISMATCH, LocalizedText.of(
                    "Chữ ký #%d (khóa %s): lịch sử không bắt đầu bằng sự kiện nộp hồ sơ nên không có đầu chuỗi nào khớp",
                    "Signature #%d (key %s): the history does not start with a filed event, so no head can match")
                    .formatted(i, s.keyId()));
        }
        if (!Keys.verify(key, s.algorithm(), s.message(code), s.signatureBytes())) {
            return new SignatureCheck(i, s, SignatureStatus.BAD_SIGNATURE, LocalizedText.of(
                    "Chữ ký #%d (khóa %s) sai: chữ ký, hoặc điều nó ký (mã hồ sơ, số sự kiện, mã băm đầu chuỗi, thời điểm), đã bị sửa hoặc giả mạo",
                    "Signature #%d (key %s) does not verify: it, or what it signs (the dossier code, the number of events, the head hash, the time), was altered or forged")
                    .formatted(i, s.keyId()));
        }
        if (s.version() > history.size()) {
            return new SignatureCheck(i, s, SignatureStatus.MISSING_EVENTS, LocalizedText.of(
                    "Chữ ký #%d (khóa %s) hợp lệ cho %d sự kiện nhưng lịch sử chỉ có %d: sự kiện đã bị xóa sau khi ký",
                    "Signature #%d (key %s) is valid over %d events but the history has only %d: events were removed after it was signed")
                    .formatted(i, s.keyId(), s.version(), history.size()));
        }
        DossierEvent head = history.get(s.version() - 1);
        if (s.version() > intact || anchoredHead(s.headHash(), hash(head), head) == null) {
            return new SignatureCheck(i, s, SignatureStatus.HEAD_MISMATCH, LocalizedText.of(
                    "Chữ ký #%d (khóa %s) hợp lệ nhưng %d sự kiện đầu của lịch sử không cho ra mã băm đầu chuỗi được ký: một sự kiện từ #0 đến #%d đã bị sửa (dù mọi mã băm sau đó được tính lại)",
                    "Signature #%d (key %s) is valid but the history's first %d events do not hash to the head it signs: an event from #0 to #%d was altered (even if every later hash was recomputed)")
                    .formatted(i, s.keyId(), s.version(), s.version() - 1));
        }
        return new SignatureCheck(i, s, SignatureStatus.VALID, LocalizedText.of(
                "Chữ ký #%d (khóa %s, %s, %s) hợp lệ: bao phủ sự kiện #0–#%d",
                "Signature #%d (key %s, %s, %s) is valid: it covers events #0–#%d")
                .formatted(i, s.keyId(), s.algorithm().wireName(), VnTimes.inMessage(s.signedAt()), s.version() - 1));
    }

    // ------------------------------------------------------------------ queries

    /** @return the dossier code */
    public DossierCode code() {
        return code;
    }

    /** @return the procedure */
    public ProcedureCode procedure() {
        return procedure;
    }

    /** @return the receiving agency */
    public AgencyCode agency() {
        return agency;
    }

    /** @return the applicant (its {@code toString()} is masked) */
    public Applicant applicant() {
        return applicant;
    }

    /** @return how the dossier was filed */
    public Channel channel() {
        return channel;
    }

    /** @return how the applicant asked for the result */
    public ResultDelivery resultDelivery() {
        return resultDelivery;
    }

    /** @return how the result was actually returned, if it was */
    public Optional<ResultDelivery> returnedBy() {
        return Optional.ofNullable(returnedBy);
    }

    /** @return the procedure's legal processing period, as filed */
    public ProcessingPeriod period() {
        return period;
    }

    /** @return the summary, or {@code null} */
    public String summary() {
        return summary;
    }

    /** @return whether the applicant's account was VNeID-authenticated */
    public boolean vneidAuthenticated() {
        return vneidAuthenticated;
    }

    /** @return every submitted document, including supplements, in order */
    public List<SubmittedDocument> documents() {
        return documents;
    }

    /** @return every fee and obligation due */
    public List<Fee> fees() {
        return fees;
    }

    /** @return every payment */
    public List<Payment> payments() {
        return payments;
    }

    /** @return the supplement rounds, oldest first */
    public List<SupplementRound> supplements() {
        return supplements;
    }

    /** @return the apologies with new appointment dates, oldest first */
    public List<Apology> apologies() {
        return apologies;
    }

    /** @return the result documents (after approval) */
    public List<ResultDocument> results() {
        return results;
    }

    /** @return the reasons of a refusal at reception, a rejection, a withdrawal or a stop */
    public List<String> reasons() {
        return reasons;
    }

    /** @return the current status */
    public DossierStatus status() {
        return status;
    }

    /** @return the outcome once processed */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** @return the processing unit, or {@code null} */
    public String processingUnit() {
        return processingUnit;
    }

    /** @return when it was filed */
    public Instant filedAt() {
        return filedAt;
    }

    /** @return when it was received, or {@code null} */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return the due time set at receipt, or {@code null} before receipt */
    public Instant originalDueAt() {
        return originalDueAt;
    }

    /** @return the current due time (after supplements and apologies), or {@code null} before receipt */
    public Instant dueAt() {
        return dueAt;
    }

    /** @return when processing finished (processed), or {@code null} */
    public Instant processedAt() {
        return processedAt;
    }

    /** @return when processing ended for any reason (processed, refused, withdrawn, stopped), or {@code null} */
    public Instant processingEndedAt() {
        return processingEndedAt;
    }

    /** @return when the result was returned, or {@code null} */
    public Instant returnedAt() {
        return returnedAt;
    }

    /** @return the events, oldest first */
    public List<DossierEvent> events() {
        return events;
    }

    /** @return the number of events; increases by one with each transition */
    public int version() {
        return events.size();
    }

    /** @return the SHA-256 of the last event's canonical JSON; hosts store it to anchor the history */
    public String headHash() {
        return headHash;
    }

    /** @return the actions the lifecycle allows now (empty once terminal) */
    public Set<DossierAction> availableActions() {
        return DossierAction.allowedIn(status);
    }

    /** @return the sum of all fees and obligations */
    public Vnd totalFees() {
        return State.sum(fees, Fee::amount);
    }

    /** @return the sum of all payments */
    public Vnd totalPaid() {
        return State.sum(payments, Payment::amount);
    }

    /** @return fees not yet paid, never negative */
    public Vnd outstanding() {
        return totalFees().minus(totalPaid()).max(Vnd.ZERO);
    }

    /**
     * The portal's {@code DuocThanhToanTrucTuyen} flag: 1 when a payment was made on the national portal, 2 through
     * an own gateway, empty when nothing was paid online.
     *
     * @return the flag
     */
    public OptionalInt onlinePaymentFlag() {
        for (Payment p : payments) {
            if (p.method().isOnline()) {
                return p.method().portalFlag();
            }
        }
        return OptionalInt.empty();
    }

    /** @return whether a supplement request is awaiting its answer */
    public boolean hasOpenSupplement() {
        return !supplements.isEmpty() && supplements.get(supplements.size() - 1).isOpen();
    }

    /**
     * The due time the on-time rule measures against: the one set at receipt, moved only by apologies (form 04) by
     * the extension each granted. Supplements are not in it, because the {@link OnTimeRule} accounts for them itself
     * (by its supplement clock), so a due time already extended for a supplement would count it twice.
     *
     * @return the due time, or {@code null} before receipt
     */
    public Instant baseDueAt() {
        Instant due = originalDueAt;
        if (due == null) {
            return null;
        }
        for (Apology a : apologies) {
            due = due.plus(Duration.between(a.previousDue(), a.newDue()));
        }
        return due;
    }

    /**
     * Whether the dossier is overdue at an instant, by the policy's {@link DeadlinePolicy#onTimeRule() on-time rule}:
     * the one definition of lateness that the statistics' on-time rate also uses. In working time by default: more
     * working time used (to the end of processing, or to {@code now} while open; a pending supplement stops the
     * clock at its request) than allowed from receipt to the {@link #baseDueAt() due time}.
     *
     * @param policy the deadline policy
     * @param now the instant to judge at
     * @return whether it is overdue; {@code false} before receipt
     */
    public boolean isOverdue(DeadlinePolicy policy, Instant now) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        if (receivedAt == null) {
            return false;
        }
        Instant base = baseDueAt();
        Instant ended = processingEndedAt != null ? processingEndedAt : returnedAt;
        return policy.onTimeRule().isLate(receivedAt.getEpochSecond(),
                base == null ? OnTimeRule.NO_TIME : base.getEpochSecond(), period.legalMaxMinutes(),
                ended == null ? OnTimeRule.NO_TIME : ended.getEpochSecond(), now.getEpochSecond(), supplementTimes());
    }

    /**
     * The supplement requests as the {@link OnTimeRule} reads them.
     *
     * @return a view of {@link #supplements()}
     */
    public OnTimeRule.Supplements supplementTimes() {
        List<SupplementRound> rounds = supplements;
        return new OnTimeRule.Supplements() {
            @Override
            public int supplementCount() {
                return rounds.size();
            }

            @Override
            public long supplementRequestedEpochSecond(int i) {
                return rounds.get(i).requestedAt().getEpochSecond();
            }

            @Override
            public long supplementCompletedEpochSecond(int i) {
                Instant c = rounds.get(i).completedAt();
                return c == null ? OnTimeRule.NO_TIME : c.getEpochSecond();
            }
        };
    }

    /**
     * Whether the open dossier will be due within a working-time threshold.
     *
     * @param policy the deadline policy
     * @param now the instant to judge at
     * @param threshold how near counts as nearly due
     * @return whether it is nearly due; {@code false} before receipt and once processing ended
     */
    public boolean isNearlyDue(DeadlinePolicy policy, Instant now, WorkingDuration threshold) {
        return dueAt != null && processingEndedAt == null && policy.isNearlyDue(dueAt, now, threshold);
    }

    // ------------------------------------------------------------------ equality and text

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Dossier d && toWire().withoutSignatures().equals(d.toWire().withoutSignatures()));
    }

    @Override
    public int hashCode() {
        return headHash.hashCode();
    }

    /** The code, procedure, status and version: no personal data. */
    @Override
    public String toString() {
        return "Dossier[" + code + ", procedure=" + procedure + ", status=" + status.wireName() + ", channel="
                + channel.wireName() + ", version=" + events.size() + "]";
    }

    // ------------------------------------------------------------------ wire format

    /**
     * Reads one dossier in dvc4j's wire format from UTF-8 bytes (a document as a host stores it, or one line of a
     * JSON Lines export): the same dossier, and the same errors, as
     * {@code Dvc4jJson.read(source, in, Dossier.class)} over those bytes — the events replayed through the lifecycle,
     * every hash link and the head hash verified, the snapshot compared with the replay — about twice as fast.
     *
     * <p>A document as dvc4j writes it is read straight from its bytes (nothing is decoded to characters first and
     * no Jackson parser is made); anything else — an escaped character, a {@code null}, properties out of the usual
     * place, and every document with a problem — is read by Jackson's data binding ({@link Dvc4jJson#mapper()}), which
     * defines the wire format and tells the problem.
     *
     * @param utf8 the bytes
     * @param offset where the document starts
     * @param length its length in bytes
     * @return the dossier
     * @throws IndexOutOfBoundsException if the range is not within {@code utf8}
     * @throws dev.dvc4j.core.json.WireFormatException if the bytes are not a valid dossier, with its position and
     *         JSON path
     */
    public static Dossier fromJson(byte[] utf8, int offset, int length) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.checkFromIndexSize(offset, length, utf8.length);
        Dossier fast = WireBytes.read(utf8, offset, offset + length);
        return fast != null ? fast
                : Dvc4jJson.read("", new ByteArrayInputStream(utf8, offset, length), Dossier.class);
    }

    /**
     * The wire form; not for direct use.
     *
     * @return the wire record
     */
    @JsonValue
    Wire toWire() {
        return new Wire(code, procedure, agency, applicant, channel, resultDelivery, period, summary, vneidAuthenticated,
                documents, fees, payments, supplements, apologies, results, reasons, status, outcome, processingUnit,
                returnedBy, filedAt, receivedAt, originalDueAt, dueAt, processedAt, processingEndedAt, returnedAt,
                events.size(), headHash, events, signatures.isEmpty() ? null : signatures);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Dossier fromWire(Wire wire) {
        if (wire.events() == null || wire.events().isEmpty()) {
            throw new HistoryException(LocalizedText.of("Hồ sơ không có sự kiện nào", "The dossier has no events"));
        }
        Dossier d = replayVerified(wire.events(), wire.headHash());
        List<HeadSignature> signed = wire.signatures();
        // The replayed dossier holds the very event instances read, so only the snapshot needs comparing.
        Wire derived = d.toWire().withoutEvents();
        wire = wire.withoutEvents();
        if (!derived.equals(wire)) {
            for (RecordComponent rc : Wire.class.getRecordComponents()) {
                try {
                    Object a = rc.getAccessor().invoke(derived);
                    Object b = rc.getAccessor().invoke(wire);
                    if (!Objects.equals(a, b)) {
                        throw new HistoryException(LocalizedText.of(
                                "Trường \"%s\" của hồ sơ không khớp với lịch sử sự kiện",
                                "The dossier's \"%s\" does not match its event history").formatted(rc.getName()));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return signed == null || signed.isEmpty() ? d : d.withSignatures(signed);
    }

    /** The wire form of a dossier: the snapshot, then the events. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "procedure", "agency", "status", "version", "headHash"})
    record Wire(DossierCode code, ProcedureCode procedure, AgencyCode agency, Applicant applicant, Channel channel,
                ResultDelivery resultDelivery, ProcessingPeriod period, String summary, boolean vneidAuthenticated,
                List<SubmittedDocument> documents, List<Fee> fees, List<Payment> payments,
                List<SupplementRound> supplements, List<Apology> apologies, List<ResultDocument> results,
                List<String> reasons, DossierStatus status, Outcome outcome, String processingUnit,
                ResultDelivery returnedBy, @VnTime Instant filedAt, @VnTime Instant receivedAt,
                @VnTime Instant originalDueAt, @VnTime Instant dueAt, @VnTime Instant processedAt,
                @VnTime Instant processingEndedAt, @VnTime Instant returnedAt, int version, String headHash,
                List<DossierEvent> events, List<HeadSignature> signatures) {

        /** @return the snapshot alone */
        Wire withoutEvents() {
            return new Wire(code, procedure, agency, applicant, channel, resultDelivery, period, summary, vneidAuthenticated,
                    documents, fees, payments, supplements, apologies, results, reasons, status, outcome, processingUnit,
                    returnedBy, filedAt, receivedAt, originalDueAt, dueAt, processedAt, processingEndedAt, returnedAt,
                    version, headHash, null, null);
        }

        /** @return the snapshot and the events: what {@link Dossier#equals} compares */
        Wire withoutSignatures() {
            return new Wire(code, procedure, agency, applicant, channel, resultDelivery, period, summary, vneidAuthenticated,
                    documents, fees, payments, supplements, apologies, results, reasons, status, outcome, processingUnit,
                    returnedBy, filedAt, receivedAt, originalDueAt, dueAt, processedAt, processingEndedAt, returnedAt,
                    version, headHash, events, null);
        }
    }

    // ------------------------------------------------------------------ the fold

    /** The mutable fold of events into a snapshot; confined to one call. */
    private static final class State {
        DossierCode code;
        ProcedureCode procedure;
        AgencyCode agency;
        Applicant applicant;
        Channel channel;
        ResultDelivery resultDelivery;
        ProcessingPeriod period;
        String summary;
        boolean vneidAuthenticated;
        List<SubmittedDocument> documents;
        List<Fee> fees;
        List<Payment> payments;
        List<SupplementRound> supplements;
        List<Apology> apologies;
        List<ResultDocument> results;
        List<String> reasons;
        DossierStatus status;
        Outcome outcome;
        String processingUnit;
        ResultDelivery returnedBy;
        Instant filedAt;
        Instant receivedAt;
        Instant originalDueAt;
        Instant dueAt;
        Instant processedAt;
        Instant processingEndedAt;
        Instant returnedAt;
        /** The history: set by the caller once the fold is done (one copy per replay, not one per event). */
        List<DossierEvent> events;
        /** The time of the latest event folded, for the time-order rule. */
        Instant lastAt;
        String headHash;
        /** The head signatures: none for a history replayed from events, carried forward by every transition. */
        List<HeadSignature> signatures;

        static State start(Filed e) {
            if (!DossierEvent.GENESIS.equals(e.previousHash())) {
                throw new HistoryException(LocalizedText.of(
                        "Sự kiện nộp hồ sơ phải có mã băm trước bằng 64 số 0",
                        "The filed event's previous hash must be 64 zeros"));
            }
            State s = new State();
            s.code = e.code();
            s.procedure = e.procedure();
            s.agency = e.agency();
            s.applicant = e.applicant();
            s.channel = e.channel();
            s.resultDelivery = e.resultDelivery();
            s.period = e.period();
            s.summary = e.summary();
            s.vneidAuthenticated = e.vneidAuthenticated();
            s.documents = e.documents();
            s.fees = e.fees();
            s.payments = List.of();
            s.supplements = List.of();
            s.apologies = List.of();
            s.results = List.of();
            s.reasons = List.of();
            s.status = DossierStatus.FILED;
            s.filedAt = e.at();
            s.events = List.of(e);
            s.lastAt = e.at();
            s.headHash = hash(e);
            s.signatures = List.of();
            return s;
        }

        static State from(Dossier d) {
            State s = new State();
            s.code = d.code;
            s.procedure = d.procedure;
            s.agency = d.agency;
            s.applicant = d.applicant;
            s.channel = d.channel;
            s.resultDelivery = d.resultDelivery;
            s.period = d.period;
            s.summary = d.summary;
            s.vneidAuthenticated = d.vneidAuthenticated;
            s.documents = d.documents;
            s.fees = d.fees;
            s.payments = d.payments;
            s.supplements = d.supplements;
            s.apologies = d.apologies;
            s.results = d.results;
            s.reasons = d.reasons;
            s.status = d.status;
            s.outcome = d.outcome;
            s.processingUnit = d.processingUnit;
            s.returnedBy = d.returnedBy;
            s.filedAt = d.filedAt;
            s.receivedAt = d.receivedAt;
            s.originalDueAt = d.originalDueAt;
            s.dueAt = d.dueAt;
            s.processedAt = d.processedAt;
            s.processingEndedAt = d.processingEndedAt;
            s.returnedAt = d.returnedAt;
            s.events = d.events;
            s.lastAt = d.events.get(d.events.size() - 1).at();
            s.headHash = d.headHash;
            s.signatures = d.signatures;
            return s;
        }

        Dossier freeze() {
            return new Dossier(this);
        }

        private IllegalTransitionException refuse(DossierCode dossier, DossierAction action, LocalizedText rule) {
            return new IllegalTransitionException(dossier.toString(), status, action, rule);
        }

        /** The lifecycle's two rules for any action: allowed in the status, and not before the latest event. */
        static void checkLifecycle(DossierCode code, DossierStatus status, Instant last, DossierAction action,
                                   Instant at) {
            if (!action.isAllowedIn(status)) {
                throw new IllegalTransitionException(code.toString(), status, action, onlyAllowedIn(action));
            }
            if (at.isBefore(last)) {
                throw new IllegalTransitionException(code.toString(), status, action, LocalizedText.of(
                        "thời điểm %s trước sự kiện gần nhất (%s)", "the time %s is before the latest event (%s)")
                        .formatted(VnTimes.inMessage(at), VnTimes.inMessage(last)));
            }
        }

        /**
         * Applies one non-first event: <em>the</em> lifecycle check, the only one. Every transition method builds its
         * event (whose constructor holds the rules of the event's own data) and appends it through here, and
         * {@link Dossier#replay}, {@link Dossier#replayVerified}, {@link Dossier#apply(DossierEvent)} and the wire
         * format fold through here, so the two paths accept exactly the same histories and refuse the rest with the
         * same exception. The rules that need the dossier: the action is allowed in the status; the event is not
         * older than the latest one; a payment is no more than what is outstanding; an approved result is not
         * returned while fees are outstanding; an apology's new appointment is later than the current one.
         */
        void apply(DossierEvent e, DossierCode dossier) {
            DossierAction action = actionOf(e);
            if (action == null) {
                throw new HistoryException(LocalizedText.of(
                        "Sự kiện nộp hồ sơ chỉ được là sự kiện đầu tiên", "A filed event can only be the first event"));
            }
            checkLifecycle(dossier, status, lastAt, action, e.at());
            if (e instanceof Received r) {
                receivedAt = r.at();
                originalDueAt = r.dueAt();
                dueAt = r.dueAt();
                status = DossierStatus.RECEIVED;
            } else if (e instanceof RefusedAtReception r) {
                reasons = List.of(r.reason());
                processingEndedAt = r.at();
                status = DossierStatus.REFUSED_AT_RECEPTION;
            } else if (e instanceof ProcessingStarted p) {
                processingUnit = p.unit();
                status = DossierStatus.PROCESSING;
            } else if (e instanceof SupplementRequested r) {
                supplements = plus(supplements, new SupplementRound(r.at(), r.reason(), null, dueAt, null));
                status = DossierStatus.SUPPLEMENT_REQUESTED;
            } else if (e instanceof Supplemented s) {
                List<SupplementRound> l = new ArrayList<>(supplements);
                l.set(l.size() - 1, l.get(l.size() - 1).complete(s.at(), s.dueAt()));
                supplements = List.copyOf(l);
                documents = plusAll(documents, s.documents());
                dueAt = s.dueAt();
                status = DossierStatus.PROCESSING;
            } else if (e instanceof ObligationRequested o) {
                fees = plusAll(fees, o.fees());
                status = DossierStatus.FINANCIAL_OBLIGATION_REQUESTED;
            } else if (e instanceof Paid p) {
                Vnd owed = outstanding();
                if (p.payment().amount().compareTo(owed) > 0) {
                    throw refuse(dossier, action, LocalizedText.of(
                            "số tiền thanh toán %s vượt số còn phải nộp %s", "the payment of %s exceeds the outstanding %s")
                            .formatted(p.payment().amount(), owed));
                }
                payments = plus(payments, p.payment());
                if (status == DossierStatus.FINANCIAL_OBLIGATION_REQUESTED && owed.minus(p.payment().amount()).isZero()) {
                    status = DossierStatus.PROCESSING;
                }
            } else if (e instanceof Processed p) {
                outcome = p.outcome();
                reasons = p.reasons();
                results = p.results();
                processedAt = p.at();
                processingEndedAt = p.at();
                status = DossierStatus.PROCESSED;
            } else if (e instanceof ResultReturned r) {
                if (outcome == Outcome.APPROVED && outstanding().isPositive()) {
                    throw refuse(dossier, action, LocalizedText.of(
                            "còn %s phí, lệ phí chưa nộp", "%s of fees is still outstanding").formatted(outstanding()));
                }
                returnedAt = r.at();
                returnedBy = r.delivery();
                status = DossierStatus.RESULT_RETURNED;
            } else if (e instanceof Withdrawn w) {
                reasons = w.reason() == null ? List.of() : List.of(w.reason());
                processingEndedAt = w.at();
                status = DossierStatus.WITHDRAWN;
            } else if (e instanceof Stopped s) {
                reasons = List.of(s.reason());
                processingEndedAt = s.at();
                status = DossierStatus.STOPPED;
            } else if (e instanceof Apologised a) {
                if (!a.newDueAt().isAfter(dueAt)) {
                    throw refuse(dossier, action, LocalizedText.of(
                            "ngày hẹn mới phải sau ngày hẹn hiện tại", "the new appointment must be later than the current one"));
                }
                apologies = plus(apologies, new Apology(a.at(), a.reason(), dueAt, a.newDueAt()));
                dueAt = a.newDueAt();
            }
            lastAt = e.at();
            events = null; // set by the caller, with headHash: one list copy and one hash per transition
            headHash = null;
        }

        private static DossierAction actionOf(DossierEvent e) {
            if (e instanceof Received) {
                return DossierAction.RECEIVE;
            } else if (e instanceof RefusedAtReception) {
                return DossierAction.REFUSE;
            } else if (e instanceof ProcessingStarted) {
                return DossierAction.START_PROCESSING;
            } else if (e instanceof SupplementRequested) {
                return DossierAction.REQUEST_SUPPLEMENT;
            } else if (e instanceof Supplemented) {
                return DossierAction.SUPPLEMENT;
            } else if (e instanceof ObligationRequested) {
                return DossierAction.REQUEST_PAYMENT;
            } else if (e instanceof Paid) {
                return DossierAction.PAY;
            } else if (e instanceof Processed p) {
                return p.outcome() == Outcome.APPROVED ? DossierAction.APPROVE : DossierAction.REJECT;
            } else if (e instanceof ResultReturned) {
                return DossierAction.RETURN_RESULT;
            } else if (e instanceof Withdrawn) {
                return DossierAction.WITHDRAW;
            } else if (e instanceof Stopped) {
                return DossierAction.STOP;
            } else if (e instanceof Apologised) {
                return DossierAction.APOLOGISE;
            }
            return null;
        }

        /** @return fees not yet paid, never negative */
        Vnd outstanding() {
            return sum(fees, Fee::amount).minus(sum(payments, Payment::amount)).max(Vnd.ZERO);
        }

        private static <T> Vnd sum(List<T> items, java.util.function.Function<T, Vnd> amount) {
            Vnd t = Vnd.ZERO;
            for (T i : items) {
                t = t.plus(amount.apply(i));
            }
            return t;
        }

        static <T> List<T> plus(List<T> list, T item) {
            List<T> l = new ArrayList<>(list.size() + 1);
            l.addAll(list);
            l.add(item);
            return java.util.Collections.unmodifiableList(l);
        }

        private static <T> List<T> plusAll(List<T> list, List<T> items) {
            if (items.isEmpty()) {
                return list;
            }
            List<T> l = new ArrayList<>(list.size() + items.size());
            l.addAll(list);
            l.addAll(items);
            return java.util.Collections.unmodifiableList(l);
        }
    }
}
