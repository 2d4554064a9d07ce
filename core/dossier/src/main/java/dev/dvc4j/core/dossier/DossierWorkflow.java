package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.DossierCodeGenerator;
import dev.dvc4j.core.id.DossierSequenceSource;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.spi.Extensions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dossier lifecycle wired to a {@link dev.dvc4j.core.Dvc4j} runtime: the runtime's clock supplies the time, its
 * {@link CalendarPoints#DEADLINE_POLICY} the due dates and overdue checks, its
 * {@link IdentifierPoints#DOSSIER_SEQUENCE} the dossier codes, its {@link DossierPoints#SIGNERS signers} sign the
 * dossier's head after the transitions its {@link DossierPoints#SIGNING signing policy} names (at reception and when
 * the dossier closes, by default), and every {@link DossierPoints#LISTENERS listener} hears each new event, with the
 * dossier as signed.
 *
 * <p>{@link Dossier}'s own methods take explicit times and policies and stay pure; this class is the convenience a
 * host uses when "now" is the runtime's clock. Immutable and thread-safe.
 */
public final class DossierWorkflow {

    private static final Logger LOG = LoggerFactory.getLogger(DossierWorkflow.class);

    private final Extensions runtime;
    private final DeadlinePolicy policy;
    private final DossierCodeGenerator codes;
    private final DossierSequenceSource sequence;
    private final java.util.Map<String, DossierListener> listeners;
    private final java.util.Map<String, HistorySigner> signers;
    private final SigningPolicy signing;

    private DossierWorkflow(Extensions runtime, DeadlinePolicy policy, DossierSequenceSource sequence,
                            SigningPolicy signing) {
        this.runtime = runtime;
        this.policy = policy;
        this.sequence = sequence;
        this.codes = new DossierCodeGenerator(runtime.clock(), sequence);
        this.listeners = runtime.all(DossierPoints.LISTENERS);
        this.signers = runtime.all(DossierPoints.SIGNERS);
        this.signing = signing;
    }

    /**
     * A workflow on a runtime.
     *
     * @param runtime the runtime
     * @return the workflow
     */
    public static DossierWorkflow of(Extensions runtime) {
        Objects.requireNonNull(runtime, "runtime");
        return new DossierWorkflow(runtime, runtime.get(CalendarPoints.DEADLINE_POLICY),
                runtime.get(IdentifierPoints.DOSSIER_SEQUENCE), runtime.get(DossierPoints.SIGNING));
    }

    /**
     * A workflow on a runtime for one variant (an agency or a province with its own calendar or policy): its
     * deadline policy is {@code runtime.get(CalendarPoints.DEADLINE_POLICY, variant)}, so a calendar contributed for
     * the variant moves its due dates, and its signing policy {@code runtime.get(DossierPoints.SIGNING, variant)}.
     * Use the same variant for its statistics
     * ({@code MeasureSettings.from(runtime, asOf, variant)}) so late means the same in both.
     *
     * @param runtime the runtime
     * @param variant the variant's key
     * @return the workflow
     */
    public static DossierWorkflow of(Extensions runtime, String variant) {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(variant, "variant");
        return new DossierWorkflow(runtime, runtime.get(CalendarPoints.DEADLINE_POLICY, variant),
                runtime.get(IdentifierPoints.DOSSIER_SEQUENCE, variant), runtime.get(DossierPoints.SIGNING, variant));
    }

    /** @return the source of dossier-code sequence numbers in use */
    public DossierSequenceSource sequenceSource() {
        return sequence;
    }

    /** @return the listeners told of each event, by key, in the order they are told */
    public java.util.Map<String, DossierListener> listeners() {
        return listeners;
    }

    /** @return the signers each signed head is signed with, by key, in the order they sign */
    public java.util.Map<String, HistorySigner> signers() {
        return signers;
    }

    /** @return when heads are signed */
    public SigningPolicy signingPolicy() {
        return signing;
    }

    /** @return the deadline policy in use */
    public DeadlinePolicy deadlinePolicy() {
        return policy;
    }

    /** @return the runtime's current instant */
    public Instant now() {
        return runtime.clock().instant();
    }

    /**
     * The next dossier code for an agency, on today's date in Vietnam.
     *
     * @param agency the receiving agency
     * @return the code
     */
    public DossierCode nextCode(AgencyCode agency) {
        return codes.next(agency);
    }

    /**
     * Files a dossier and tells the listeners.
     *
     * @param filing the filing
     * @return the filed dossier
     */
    public Dossier file(Filing filing) {
        Dossier d = Dossier.file(filing);
        if (!signers.isEmpty() && signing.signsAfter(d)) {
            d = signNow(d);
        }
        publish(d, 0);
        return d;
    }

    /**
     * Receives a dossier now, with the default deadline policy.
     *
     * @param dossier the filed dossier
     * @param actor the receiving officer
     * @return the received dossier
     */
    public Dossier receive(Dossier dossier, String actor) {
        return apply(dossier, d -> d.receive(now(), actor, policy));
    }

    /**
     * Records a complete supplement now, recomputing the due date with the default policy.
     *
     * @param dossier the dossier awaiting a supplement
     * @param actor who recorded it
     * @param added the documents added
     * @return the dossier back in processing
     */
    public Dossier supplement(Dossier dossier, String actor, List<SubmittedDocument> added) {
        return apply(dossier, d -> d.supplement(now(), actor, added, policy));
    }

    /**
     * Runs any transition, signs the head if the signing policy asks for it after any event the transition appended
     * (with every signer, at the runtime's time), and tells the listeners of each event it appended.
     *
     * @param dossier the dossier
     * @param transition the transition, e.g. {@code d -> d.approve(wf.now(), "leader", results)}
     * @return the dossier after it
     * @throws HistorySignatureException if a signer fails: the transition is not lost — run it again, or sign later
     *         with {@link #sign(Dossier)} — but no dossier is handed out unsigned where a signature is due
     */
    public Dossier apply(Dossier dossier, UnaryOperator<Dossier> transition) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(transition, "transition");
        Dossier after = transition.apply(dossier);
        if (dueForSignature(dossier, after)) {
            after = signNow(after);
        }
        publish(after, dossier.version());
        return after;
    }

    /**
     * Signs a dossier's head now with every signer, whatever the policy (a host signing on demand, or catching up
     * after a signer failed).
     *
     * @param dossier the dossier
     * @return the dossier with one more signature per signer
     * @throws HistorySignatureException {@code dossier.signature.no-signer} if no signer is contributed, or as
     *         {@link Dossier#sign(HistorySigner, Instant)}
     */
    public Dossier sign(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        if (signers.isEmpty()) {
            throw new HistorySignatureException("dossier.signature.no-signer", LocalizedText.of(
                    "Không có bộ ký nào được đăng ký tại dossier.signers", "No signer is contributed at dossier.signers"));
        }
        return signNow(dossier);
    }

    private Dossier signNow(Dossier dossier) {
        Instant at = now();
        Dossier d = dossier;
        for (HistorySigner signer : signers.values()) {
            d = d.sign(signer, at);
        }
        return d;
    }

    /**
     * Whether the policy asks for a signature after any event a transition appended, each judged with the dossier
     * as it left it (a transition that receives and starts processing at once is signed for its reception).
     */
    private boolean dueForSignature(Dossier before, Dossier after) {
        int from = before.version();
        if (signers.isEmpty() || after.version() <= from) {
            return false;
        }
        if (signing.signsAfter(after)) {
            return true;
        }
        List<DossierEvent> events = after.events();
        if (!events.get(from).previousHash().equals(before.headHash())) {
            return false;
        }
        Dossier step = before;
        for (int i = from; i < events.size() - 1; i++) {
            step = step.apply(events.get(i));
            if (signing.signsAfter(step)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a dossier is overdue now.
     *
     * @param dossier the dossier
     * @return whether it is overdue
     */
    public boolean isOverdue(Dossier dossier) {
        return dossier.isOverdue(policy, now());
    }

    private void publish(Dossier d, int fromIndex) {
        List<DossierEvent> events = d.events();
        for (int i = fromIndex; i < events.size(); i++) {
            for (var l : listeners.entrySet()) {
                try {
                    l.getValue().onEvent(d, events.get(i));
                } catch (RuntimeException e) {
                    LOG.warn("dvc4j listener \"{}\" failed on the {} event of {}: {}", l.getKey(),
                            events.get(i).type(), d, e.toString());
                }
            }
        }
    }
}
