package dev.dvc4j.core.calendar;

import java.time.Instant;

/**
 * Computes due times. A dossier asks its policy at receipt and when a supplement is complete, and stores the
 * answer in its events, so replaying a history never needs the policy again.
 *
 * <p>Implementations must be immutable and thread-safe. The working-time implementation is
 * {@link CalendarDeadlinePolicy}, the runtime's default at {@link CalendarPoints#DEADLINE_POLICY};
 * {@link SimpleDeadlinePolicy} is a wall-clock fallback for hosts that ask for it.
 */
public interface DeadlinePolicy {

    /**
     * The due time of a dossier received at an instant.
     *
     * @param receivedAt the receipt instant (for postal filings, the signed hand-over)
     * @param period the procedure's legal processing period
     * @return the due time
     */
    Instant dueAt(Instant receivedAt, ProcessingPeriod period);

    /**
     * The due time once a supplement is complete.
     *
     * @param previousDue the due time before the supplement
     * @param requestedAt when the supplement was requested
     * @param completedAt when the complete supplement arrived
     * @param period the procedure's legal processing period
     * @return the new due time
     */
    Instant dueAfterSupplement(Instant previousDue, Instant requestedAt, Instant completedAt, ProcessingPeriod period);

    /**
     * How lateness is judged under this policy: the {@link OnTimeRule} with the working-time measure and supplement
     * clock its due dates use. A dossier's overdue check ({@code Dossier.isOverdue(policy, now)}) and the statistics'
     * on-time rate both ask it, so they agree.
     *
     * @return the rule
     */
    OnTimeRule onTimeRule();

    /**
     * Whether a due time is not yet passed but will be within a threshold of working time (processing near
     * expiry: "sắp đến hạn").
     *
     * @param due the due time
     * @param now the instant to judge at
     * @param threshold how close counts as near, in working time
     * @return whether it is nearly due
     */
    boolean isNearlyDue(Instant due, Instant now, WorkingDuration threshold);
}
