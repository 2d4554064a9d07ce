package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A wall-clock deadline policy with no calendar: a working day counts as 24 hours of elapsed time, a working hour
 * as one hour, and weekends and holidays are ignored. It exists for hosts and tests that need due times without a
 * calendar; real deployments use {@code CalendarDeadlinePolicy}, which counts working time.
 *
 * @param supplementClock what a completed supplement does to the clock
 */
public record SimpleDeadlinePolicy(SupplementClock supplementClock) implements DeadlinePolicy {

    /** Requires a supplement clock. */
    public SimpleDeadlinePolicy {
        Objects.requireNonNull(supplementClock, "supplementClock");
    }

    @Override
    public Instant dueAt(Instant receivedAt, ProcessingPeriod period) {
        return receivedAt.plus(wallClock(period));
    }

    @Override
    public Instant dueAfterSupplement(Instant previousDue, Instant requestedAt, Instant completedAt, ProcessingPeriod period) {
        if (completedAt.isBefore(requestedAt)) {
            throw new CalendarException("calendar.supplement-order", LocalizedText.of(
                    "Thời điểm bổ sung đủ %s trước thời điểm yêu cầu %s", "Supplement completed at %s before it was requested at %s")
                    .formatted(dev.dvc4j.core.internal.json.VnTimes.inMessage(completedAt),
                            dev.dvc4j.core.internal.json.VnTimes.inMessage(requestedAt)));
        }
        return switch (supplementClock) {
            case RESTART -> dueAt(completedAt, period);
            case SUBTRACT -> previousDue.plus(Duration.between(requestedAt, completedAt));
        };
    }

    /** Elapsed wall-clock time with this policy's supplement clock. */
    @Override
    public OnTimeRule onTimeRule() {
        return new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, supplementClock);
    }

    @Override
    public boolean isNearlyDue(Instant due, Instant now, WorkingDuration threshold) {
        return !now.isAfter(due) && !now.plus(wallClock(ProcessingPeriod.working(threshold))).isBefore(due);
    }

    private static Duration wallClock(ProcessingPeriod period) {
        if (!period.isWorkingTime()) {
            return Duration.ofDays(period.calendarDays());
        }
        WorkingDuration w = period.working();
        return Duration.ofDays(w.days()).plusHours(w.hours()).plusMinutes(w.minutes());
    }
}
