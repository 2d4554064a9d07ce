package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The working-time deadline policy: due times counted on a {@link WorkingCalendar}. Immutable and thread-safe.
 *
 * <p><b>Clock start.</b> A receipt within working time starts the clock at once; a receipt outside working time (an
 * online filing at night, on a weekend or holiday) starts it at the next working session [S: the rule of Circular
 * 87/2021/TT-BTC, applied by analogy]. With a per-procedure {@linkplain #cutOff() cut-off} (e.g. 15:00), a receipt at
 * or after the cut-off on a working day starts at the next working day's first session [S].
 *
 * <p><b>Working periods</b> ({@code 5d}, {@code 4h}): the due time is the clock start plus the working time, landing
 * at the same working-time offset ({@link WorkingCalendar#plus(Instant, WorkingDuration)}).
 *
 * <p><b>Calendar-day periods</b> ({@code 30cd}): the due time is the end of working time on the clock start's date
 * plus N days. When that day is not a working day the deadline moves to the end of the next working day
 * (configurable with {@link #rollCalendarDaysForward(boolean)}; the rule follows Civil Code 2015 Art. 148(5) for
 * time limits ending on a day off [S]); without rolling, it is the end of the standard sessions on that day.
 *
 * <p><b>Supplements.</b> {@link SupplementClock#RESTART} (Decision 45/2016/QĐ-TTg Art. 7(4)): the complete supplement
 * becomes the new receipt, and the full period counts again from it. {@link SupplementClock#SUBTRACT} (the national
 * portal's on-time formula): the working time from the request to the complete supplement is added to the previous
 * due time; for calendar-day periods, the number of days between the two dates is added.
 *
 * <p><b>Apology (form 04).</b> {@link #dueAfterApology(Instant, Instant)} replaces the due time by the new appointment
 * date the agency gave in its apology letter; it must be later than the previous due time.
 */
public final class CalendarDeadlinePolicy implements DeadlinePolicy {

    private final WorkingCalendar calendar;
    private final SupplementClock supplementClock;
    private final LocalTime cutOff;
    private final boolean rollForward;

    /**
     * A policy without cut-off.
     *
     * @param calendar the calendar
     * @param supplementClock what a complete supplement does
     */
    public CalendarDeadlinePolicy(WorkingCalendar calendar, SupplementClock supplementClock) {
        this(calendar, supplementClock, null);
    }

    /**
     * A policy with an optional cut-off.
     *
     * @param calendar the calendar
     * @param supplementClock what a complete supplement does
     * @param cutOff receipts at or after this time of a working day count from the next working day, or {@code null}
     */
    public CalendarDeadlinePolicy(WorkingCalendar calendar, SupplementClock supplementClock,
                                  @Nullable LocalTime cutOff) {
        this(calendar, supplementClock, cutOff, true);
    }

    private CalendarDeadlinePolicy(WorkingCalendar calendar, SupplementClock supplementClock, LocalTime cutOff,
                                   boolean rollForward) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.supplementClock = Objects.requireNonNull(supplementClock, "supplementClock");
        this.cutOff = cutOff;
        this.rollForward = rollForward;
    }

    /**
     * A copy with another cut-off.
     *
     * @param cutOff the cut-off, or {@code null} for none
     * @return the policy
     */
    public CalendarDeadlinePolicy withCutOff(LocalTime cutOff) {
        return new CalendarDeadlinePolicy(calendar, supplementClock, cutOff, rollForward);
    }

    /**
     * A copy that does or does not move a calendar-day deadline ending on a day off to the next working day.
     *
     * @param roll whether to roll forward (default {@code true})
     * @return the policy
     */
    public CalendarDeadlinePolicy rollCalendarDaysForward(boolean roll) {
        return new CalendarDeadlinePolicy(calendar, supplementClock, cutOff, roll);
    }

    /** @return the calendar */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** @return what a complete supplement does */
    public SupplementClock supplementClock() {
        return supplementClock;
    }

    /** @return the cut-off, if any */
    public Optional<LocalTime> cutOff() {
        return Optional.ofNullable(cutOff);
    }

    /** @return whether calendar-day deadlines on a day off move to the next working day */
    public boolean rollsCalendarDaysForward() {
        return rollForward;
    }

    /**
     * When the processing clock starts for a receipt (see the class description).
     *
     * @param receivedAt the receipt instant
     * @return the clock start, always working time or the receipt itself
     */
    public Instant clockStart(Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (cutOff != null) {
            LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
            LocalTime time = receivedAt.atZone(calendar.zone()).toLocalTime();
            if (calendar.isWorkingDay(day) && !time.isBefore(cutOff)) {
                LocalDate next = calendar.workingDayOnOrAfter(day.plusDays(1));
                return calendar.startOfWorkingDay(next);
            }
        }
        return calendar.nextWorkingInstant(receivedAt);
    }

    @Override
    public Instant dueAt(Instant receivedAt, ProcessingPeriod period) {
        Objects.requireNonNull(period, "period");
        Instant start = clockStart(receivedAt);
        if (period.isWorkingTime()) {
            return calendar.plus(start, period.working());
        }
        return calendarDaysDue(start.atZone(calendar.zone()).toLocalDate().plusDays(period.calendarDays()));
    }

    private Instant calendarDaysDue(LocalDate last) {
        if (calendar.isWorkingDay(last)) {
            return calendar.endOfWorkingDay(last);
        }
        if (rollForward) {
            return calendar.endOfWorkingDay(calendar.workingDayOnOrAfter(last));
        }
        LocalTime end = calendar.sessions().get(calendar.sessions().size() - 1).end();
        return last.atTime(end).atZone(calendar.zone()).toInstant();
    }

    @Override
    public Instant dueAfterSupplement(Instant previousDue, Instant requestedAt, Instant completedAt, ProcessingPeriod period) {
        Objects.requireNonNull(previousDue, "previousDue");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(period, "period");
        if (completedAt.isBefore(requestedAt)) {
            throw new CalendarException("calendar.supplement-order", LocalizedText.of(
                    "Thời điểm bổ sung đủ %s trước thời điểm yêu cầu %s", "Supplement completed at %s before it was requested at %s")
                    .formatted(dev.dvc4j.core.internal.json.VnTimes.inMessage(completedAt),
                            dev.dvc4j.core.internal.json.VnTimes.inMessage(requestedAt)));
        }
        return switch (supplementClock) {
            case RESTART -> dueAt(completedAt, period);
            case SUBTRACT -> {
                if (period.isWorkingTime()) {
                    long excluded = calendar.position(completedAt) - calendar.position(requestedAt);
                    if (excluded == 0) {
                        yield previousDue;
                    }
                    yield calendar.atPosition(calendar.position(previousDue) + excluded, previousDue);
                }
                LocalDate from = requestedAt.atZone(calendar.zone()).toLocalDate();
                LocalDate to = completedAt.atZone(calendar.zone()).toLocalDate();
                long extra = to.toEpochDay() - from.toEpochDay();
                yield extra == 0 ? previousDue
                        : calendarDaysDue(previousDue.atZone(calendar.zone()).toLocalDate().plusDays(extra));
            }
        };
    }

    /**
     * The due time after an apology letter with a new appointment (form 04 of Circular 01/2018/TT-VPCP; form 04 of
     * Circular 03/2025/TT-VPCP also asks to extend the time).
     *
     * @param previousDue the due time before the apology
     * @param newDue the new appointment, later than {@code previousDue} and within a working session
     * @return {@code newDue}
     * @throws CalendarException if the new appointment is not later or falls outside working time
     */
    public Instant dueAfterApology(Instant previousDue, Instant newDue) {
        Objects.requireNonNull(previousDue, "previousDue");
        Objects.requireNonNull(newDue, "newDue");
        if (!newDue.isAfter(previousDue)) {
            throw new CalendarException("calendar.apology-not-later", LocalizedText.of(
                    "Ngày hẹn mới %s phải sau ngày hẹn cũ %s", "The new appointment %s must be after the previous due time %s")
                    .formatted(newDue, previousDue));
        }
        if (!calendar.plusMinutes(newDue, 0).equals(newDue)) {
            throw new CalendarException("calendar.non-working-due", LocalizedText.of(
                    "Ngày hẹn mới %s không nằm trong giờ làm việc", "The new appointment %s is outside working time")
                    .formatted(newDue));
        }
        return newDue;
    }

    /**
     * The due time after an apology letter giving a new appointment day: the end of that day's working time.
     *
     * @param previousDue the due time before the apology
     * @param newDate the new appointment day, a working day
     * @return the end of working time on {@code newDate}
     * @throws CalendarException if the day is not a working day or not later than the previous due time
     */
    public Instant dueAfterApology(Instant previousDue, LocalDate newDate) {
        Objects.requireNonNull(newDate, "newDate");
        return dueAfterApology(previousDue, calendar.endOfWorkingDay(newDate));
    }

    /**
     * The due time after an apology letter extending the time by working time.
     *
     * @param previousDue the due time before the apology
     * @param extension the extra working time, not zero
     * @return the extended due time
     */
    public Instant dueAfterApology(Instant previousDue, WorkingDuration extension) {
        Objects.requireNonNull(extension, "extension");
        if (extension.isZero()) {
            throw new CalendarException("calendar.apology-not-later", LocalizedText.of(
                    "Gia hạn phải lớn hơn 0", "An extension must be longer than zero"));
        }
        return calendar.plus(previousDue, extension);
    }

    /** Working time on this policy's calendar, with its supplement clock. */
    @Override
    public OnTimeRule onTimeRule() {
        return new OnTimeRule(calendar, supplementClock);
    }

    @Override
    public boolean isNearlyDue(Instant due, Instant now, WorkingDuration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (now.isAfter(due)) {
            return false;
        }
        long left = calendar.position(due) - calendar.position(now);
        return left <= threshold.toMinutes(calendar.minutesPerDay()) * 60_000L;
    }

    /**
     * The working time left until a due time, zero once it has passed.
     *
     * @param due the due time
     * @param now the instant to judge at
     * @return the remaining working time
     */
    public WorkingDuration remaining(Instant due, Instant now) {
        return calendar.remaining(due, now);
    }

    /**
     * How far past a due time an instant is, in working time.
     *
     * @param due the due time
     * @param now the instant to judge at
     * @return the overdue working time, zero if not yet due
     */
    public WorkingDuration overdueBy(Instant due, Instant now) {
        return calendar.overdueBy(due, now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarDeadlinePolicy p && p.calendar.equals(calendar) && p.supplementClock == supplementClock
                && Objects.equals(p.cutOff, cutOff) && p.rollForward == rollForward;
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, supplementClock, cutOff, rollForward);
    }

    @Override
    public String toString() {
        return "CalendarDeadlinePolicy[" + supplementClock + (cutOff == null ? "" : ", cut-off " + cutOff)
                + (rollForward ? "" : ", no roll-forward") + ", " + calendar + "]";
    }
}
