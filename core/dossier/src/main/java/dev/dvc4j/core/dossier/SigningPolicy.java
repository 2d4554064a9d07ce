package dev.dvc4j.core.dossier;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a {@link DossierWorkflow} signs a dossier's head with its {@link DossierPoints#SIGNERS signers}: asked after
 * each event a transition appends, with the dossier as that event left it. If it answers yes for any of them, the
 * workflow signs the head once the transition is done (so the signature covers every event appended). Contribute one
 * at {@link DossierPoints#SIGNING}; the default, {@link #DEFAULT}, signs at reception and whenever the dossier
 * closes. With no signer contributed, nothing is signed whatever the policy.
 *
 * <p>Implementations must be pure functions of the dossier and thread-safe.
 */
@FunctionalInterface
public interface SigningPolicy {

    /**
     * The default: after the dossier is received (the appointment is set: "đã tiếp nhận") and after it reaches a
     * terminal status — result returned, refused at reception, withdrawn, stopped — so every closed dossier's history
     * is covered whichever way it closed.
     */
    SigningPolicy DEFAULT = afterStatuses(DossierStatus.RECEIVED, DossierStatus.RESULT_RETURNED,
            DossierStatus.REFUSED_AT_RECEPTION, DossierStatus.WITHDRAWN, DossierStatus.STOPPED);

    /**
     * Whether to sign after an event.
     *
     * @param dossier the dossier as the event left it (its last event is the one just appended)
     * @return whether its head is to be signed
     */
    boolean signsAfter(Dossier dossier);

    /**
     * Signs after any event that leaves the dossier in one of some statuses.
     *
     * @param statuses the statuses (none: never sign)
     * @return the policy
     */
    static SigningPolicy afterStatuses(DossierStatus... statuses) {
        Objects.requireNonNull(statuses, "statuses");
        Set<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
        for (DossierStatus s : statuses) {
            set.add(Objects.requireNonNull(s, "status"));
        }
        return new AfterStatuses(Collections.unmodifiableSet(set));
    }

    /** @return a policy that signs after every event */
    static SigningPolicy afterEveryEvent() {
        return afterStatuses(DossierStatus.values());
    }

    /** @return a policy that never signs */
    static SigningPolicy never() {
        return afterStatuses();
    }

    /**
     * The policy of {@link #afterStatuses}.
     *
     * @param statuses the statuses after which it signs
     */
    record AfterStatuses(Set<DossierStatus> statuses) implements SigningPolicy {

        /** Copies the statuses. */
        public AfterStatuses {
            statuses = Collections.unmodifiableSet(statuses.isEmpty() ? EnumSet.noneOf(DossierStatus.class) : EnumSet.copyOf(statuses));
        }

        @Override
        public boolean signsAfter(Dossier dossier) {
            return statuses.contains(dossier.status());
        }
    }
}
