package dev.dvc4j.core.calendar;

import java.io.Serializable;
import java.util.Objects;

/**
 * The one definition of "late" and "on time" in dvc4j: a dossier's overdue check and the statistics' on-time rate
 * (formula 2.1 of Decision 766/QĐ-TTg) both ask this rule, so a report's late count and the dossiers' overdue flags
 * cannot disagree. Every {@link DeadlinePolicy} names its rule ({@link DeadlinePolicy#onTimeRule()}): the same
 * working-time measure and supplement clock its due dates use.
 *
 * <p>For a received dossier, measured at an instant {@code asOf}:
 * <ol>
 *   <li>The end is when processing ended (processed, refused, stopped, withdrawn), else when the result was returned;
 *       with neither, or one after {@code asOf}, the dossier is <b>open</b> and measured at {@code asOf}. A dossier
 *       received after {@code asOf} is not measured at all.</li>
 *   <li>Supplement requests made before the end: one still open at the end makes the request time the end (the clock
 *       waits for the applicant, and the dossier counts as open); more than one open makes the dossier late.</li>
 *   <li>Time allowed: the working time from receipt to the due time (the one set at receipt, moved only by apologies
 *       with a new appointment date); with no due time, the procedure's legal maximum; with neither, the dossier is
 *       <b>unmeasured</b>.</li>
 *   <li>Time used: {@link SupplementClock#SUBTRACT} — the working time from receipt to the end minus each completed
 *       supplement interval; {@link SupplementClock#RESTART} — the working time from the last completed supplement
 *       (or receipt) to the end.</li>
 *   <li><b>Late</b> when used &gt; allowed, in whole working minutes of the rule's {@link WorkingTimeMeasure};
 *       <b>early</b> when finished (not open) and used ≤ allowed − an early margin; otherwise <b>on time</b>.</li>
 * </ol>
 *
 * <p>The primitive form {@link #measure} allocates nothing (statistics call it once per dossier); its result is
 * decoded with the static predicates. Immutable, thread-safe and {@link Serializable} (with a serializable measure).
 *
 * @param measure how working time is counted
 * @param supplementClock what a completed supplement does to the clock
 */
public record OnTimeRule(WorkingTimeMeasure measure, SupplementClock supplementClock) implements Serializable {

    /** A time that is absent (not received, not ended, no due time, no completion). */
    public static final long NO_TIME = Long.MIN_VALUE;

    private static final long USED_MASK = (1L << 47) - 1;
    private static final long MEASURED = 1L << 48;
    private static final long OPEN = 1L << 49;
    private static final long LATE = 1L << 50;
    private static final long EARLY = 1L << 51;
    private static final long ENDED = 1L << 52;
    private static final long COUNTED = 1L << 53;

    /** Requires both parts. */
    public OnTimeRule {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(supplementClock, "supplementClock");
    }

    /**
     * The supplement requests of a dossier, in the order they were made, as epoch seconds.
     */
    public interface Supplements {
        /** No supplement request. */
        Supplements NONE = new Supplements() {
            @Override
            public int supplementCount() {
                return 0;
            }

            @Override
            public long supplementRequestedEpochSecond(int i) {
                throw new IndexOutOfBoundsException(i);
            }

            @Override
            public long supplementCompletedEpochSecond(int i) {
                throw new IndexOutOfBoundsException(i);
            }
        };

        /** @return how many requests */
        int supplementCount();

        /**
         * @param i the request's index
         * @return when it was requested
         */
        long supplementRequestedEpochSecond(int i);

        /**
         * @param i the request's index
         * @return when the complete supplement arrived, or {@link #NO_TIME} while open
         */
        long supplementCompletedEpochSecond(int i);
    }

    /**
     * Measures a dossier. Times are epoch seconds or {@link #NO_TIME}.
     *
     * @param received when it was received ({@link #NO_TIME}: not received, so not measured)
     * @param due the due time set at receipt and moved only by apologies, or {@link #NO_TIME}
     * @param legalMaxMinutes the procedure's legal maximum in working minutes, or negative if unknown
     * @param ended when processing ended, else when the result was returned, or {@link #NO_TIME}
     * @param asOf the instant of measurement
     * @param supplements the supplement requests
     * @param earlyMarginMinutes how far under the allowed time a finished dossier must be to count as early
     * @return the result, decoded with {@link #isCounted(long)}, {@link #isMeasured(long)}, {@link #isLate(long)},
     *         {@link #isEarly(long)}, {@link #isOpen(long)}, {@link #hasEnded(long)} and {@link #usedMinutes(long)}
     */
    public long measure(long received, long due, long legalMaxMinutes, long ended, long asOf, Supplements supplements,
                        long earlyMarginMinutes) {
        if (received == NO_TIME) {
            return 0;
        }
        long end = ended;
        boolean open = end == NO_TIME || end > asOf;
        if (open) {
            end = asOf;
        }
        if (end < received) {
            return 0; // received after the moment of measurement: nothing to measure yet
        }
        int count = supplements.supplementCount();
        int openRequests = 0;
        long firstOpen = 0;
        for (int i = 0; i < count; i++) {
            long req = supplements.supplementRequestedEpochSecond(i);
            long done = supplements.supplementCompletedEpochSecond(i);
            if (req < end && (done == NO_TIME || done > end) && openRequests++ == 0) {
                firstOpen = req;
            }
        }
        boolean waiting = false;
        if (openRequests == 1) {
            end = Math.max(firstOpen, received);
            waiting = true;
        }
        boolean subtract = supplementClock == SupplementClock.SUBTRACT;
        long supplementMinutes = 0;
        long restartFrom = received;
        for (int i = 0; i < count; i++) {
            long req = supplements.supplementRequestedEpochSecond(i);
            long done = supplements.supplementCompletedEpochSecond(i);
            if (req >= end || done == NO_TIME || done > end) {
                continue;
            }
            if (subtract) {
                supplementMinutes += measure.minutesBetween(Math.max(req, received), Math.max(done, received));
            } else if (done > restartFrom) {
                restartFrom = done;
            }
        }
        long used = subtract
                ? Math.max(0, measure.minutesBetween(received, end) - supplementMinutes)
                : Math.max(0, measure.minutesBetween(restartFrom, end));
        long r = COUNTED | Math.min(used, USED_MASK);
        if (!open) {
            r |= ENDED;
        }
        long allowed;
        if (due != NO_TIME) {
            allowed = due > received ? measure.minutesBetween(received, due) : 0;
        } else if (legalMaxMinutes >= 0) {
            allowed = legalMaxMinutes;
        } else {
            return r;
        }
        r |= MEASURED;
        boolean stillOpen = open || waiting;
        if (stillOpen) {
            r |= OPEN;
        }
        if (openRequests > 1 || used > allowed) {
            r |= LATE;
        } else if (!stillOpen && used <= allowed - earlyMarginMinutes) {
            r |= EARLY;
        }
        return r;
    }

    /**
     * Whether a dossier measured as a whole is late at an instant: the check behind a dossier's overdue flag.
     *
     * @param received when it was received, or {@link #NO_TIME}
     * @param due the due time set at receipt and moved only by apologies, or {@link #NO_TIME}
     * @param legalMaxMinutes the legal maximum in working minutes, or negative
     * @param ended when processing ended (else the result was returned), or {@link #NO_TIME}
     * @param asOf the instant of judgement
     * @param supplements the supplement requests
     * @return whether late
     */
    public boolean isLate(long received, long due, long legalMaxMinutes, long ended, long asOf, Supplements supplements) {
        return isLate(measure(received, due, legalMaxMinutes, ended, asOf, supplements, 0));
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether the dossier was received by the moment of measurement (so it counts at all)
     */
    public static boolean isCounted(long result) {
        return (result & COUNTED) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether its allowed time is known (a due time or a legal maximum)
     */
    public static boolean isMeasured(long result) {
        return (result & MEASURED) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether late
     */
    public static boolean isLate(long result) {
        return (result & LATE) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether finished early
     */
    public static boolean isEarly(long result) {
        return (result & EARLY) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether still open (not ended by the moment of measurement, or waiting for one supplement)
     */
    public static boolean isOpen(long result) {
        return (result & OPEN) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return whether processing ended (or the result was returned) by the moment of measurement
     */
    public static boolean hasEnded(long result) {
        return (result & ENDED) != 0;
    }

    /**
     * @param result a result of {@link #measure}
     * @return the working minutes used
     */
    public static long usedMinutes(long result) {
        return result & USED_MASK;
    }
}
