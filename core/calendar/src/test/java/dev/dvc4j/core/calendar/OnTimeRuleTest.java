package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The one definition of late and on time, each rule asserted on both sides of its boundary. */
class OnTimeRuleTest {

    private static final long H = 3_600;
    private static final long T0 = 1_800_000_000L;
    private static final long NO = OnTimeRule.NO_TIME;

    private static final OnTimeRule RESTART = new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, SupplementClock.RESTART);
    private static final OnTimeRule SUBTRACT = new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, SupplementClock.SUBTRACT);

    /** Supplement requests as pairs (requested, completed or NO_TIME). */
    private static OnTimeRule.Supplements supplements(long... pairs) {
        return new OnTimeRule.Supplements() {
            @Override
            public int supplementCount() {
                return pairs.length / 2;
            }

            @Override
            public long supplementRequestedEpochSecond(int i) {
                return pairs[2 * i];
            }

            @Override
            public long supplementCompletedEpochSecond(int i) {
                return pairs[2 * i + 1];
            }
        };
    }

    private static long measure(OnTimeRule rule, long due, long ended, long asOf, OnTimeRule.Supplements s) {
        return rule.measure(T0, due, -1, ended, asOf, s, 60);
    }

    @Test
    void lateIsOneWholeMinuteOverTheAllowedTime() {
        long due = T0 + 10 * H;
        assertThat(OnTimeRule.isLate(measure(RESTART, due, due, due, OnTimeRule.Supplements.NONE))).isFalse();
        assertThat(OnTimeRule.isLate(measure(RESTART, due, due + 59, due + 59, OnTimeRule.Supplements.NONE)))
                .as("59 seconds over is not a whole minute").isFalse();
        assertThat(OnTimeRule.isLate(measure(RESTART, due, due + 60, due + 60, OnTimeRule.Supplements.NONE))).isTrue();
        long finished = measure(RESTART, due, due - H, due + 100 * H, OnTimeRule.Supplements.NONE);
        assertThat(OnTimeRule.usedMinutes(finished)).isEqualTo(9 * 60);
        assertThat(OnTimeRule.hasEnded(finished)).isTrue();
        assertThat(OnTimeRule.isOpen(finished)).isFalse();
        assertThat(OnTimeRule.isMeasured(finished)).isTrue();
        assertThat(OnTimeRule.isCounted(finished)).isTrue();
    }

    @Test
    void anOpenDossierIsMeasuredAtTheMomentOfMeasurement() {
        long due = T0 + 10 * H;
        long open = measure(RESTART, due, NO, due + 60, OnTimeRule.Supplements.NONE);
        assertThat(OnTimeRule.isOpen(open)).isTrue();
        assertThat(OnTimeRule.hasEnded(open)).isFalse();
        assertThat(OnTimeRule.isLate(open)).isTrue();
        assertThat(OnTimeRule.isLate(measure(RESTART, due, NO, due, OnTimeRule.Supplements.NONE))).isFalse();
        // Ended after the moment of measurement: still open then.
        long later = measure(RESTART, due, due + 5 * H, due - H, OnTimeRule.Supplements.NONE);
        assertThat(OnTimeRule.isOpen(later)).isTrue();
        assertThat(OnTimeRule.isLate(later)).isFalse();
        assertThat(OnTimeRule.usedMinutes(later)).isEqualTo(9 * 60);
    }

    @Test
    void earlyNeedsTheMarginAndAnEnd() {
        long due = T0 + 10 * H;
        assertThat(OnTimeRule.isEarly(measure(RESTART, due, due - 60 * 60, due + H, OnTimeRule.Supplements.NONE)))
                .as("exactly the margin under").isTrue();
        assertThat(OnTimeRule.isEarly(measure(RESTART, due, due - 59 * 60, due + H, OnTimeRule.Supplements.NONE))).isFalse();
        assertThat(OnTimeRule.isEarly(measure(RESTART, due, NO, T0 + H, OnTimeRule.Supplements.NONE)))
                .as("an open dossier is never early").isFalse();
    }

    @Test
    void withoutADueTimeTheLegalMaximumIsAllowedElseItIsUnmeasured() {
        long legal = RESTART.measure(T0, NO, 600, T0 + 10 * H, T0 + 20 * H, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isMeasured(legal)).isTrue();
        assertThat(OnTimeRule.isLate(legal)).isFalse();
        assertThat(OnTimeRule.isLate(RESTART.measure(T0, NO, 599, T0 + 10 * H, T0 + 20 * H, OnTimeRule.Supplements.NONE, 0)))
                .isTrue();
        long unknown = RESTART.measure(T0, NO, -1, T0 + 10 * H, T0 + 20 * H, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isCounted(unknown)).isTrue();
        assertThat(OnTimeRule.isMeasured(unknown)).isFalse();
        assertThat(OnTimeRule.usedMinutes(unknown)).as("used time is still known for the average").isEqualTo(600);
    }

    @Test
    void aDossierNotReceivedOrReceivedAfterTheMomentIsNotCounted() {
        assertThat(RESTART.measure(NO, T0, -1, NO, T0, OnTimeRule.Supplements.NONE, 0)).isZero();
        long future = RESTART.measure(T0, T0 + H, -1, NO, T0 - 1, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isCounted(future)).isFalse();
        assertThat(OnTimeRule.isCounted(RESTART.measure(T0, T0 + H, -1, NO, T0, OnTimeRule.Supplements.NONE, 0))).isTrue();
    }

    @Test
    void oneOpenSupplementStopsTheClockAtItsRequestTwoMakeItLate() {
        long due = T0 + 10 * H;
        long waiting = measure(RESTART, due, NO, due + 100 * H, supplements(T0 + 2 * H, NO));
        assertThat(OnTimeRule.isLate(waiting)).isFalse();
        assertThat(OnTimeRule.isOpen(waiting)).isTrue();
        assertThat(OnTimeRule.usedMinutes(waiting)).isEqualTo(120);
        long twoOpen = measure(RESTART, due, NO, T0 + 5 * H, supplements(T0 + H, NO, T0 + 2 * H, NO));
        assertThat(OnTimeRule.isLate(twoOpen)).isTrue();
        // A request completed after the moment of measurement is still open at that moment.
        long completedLater = measure(RESTART, due, NO, T0 + 5 * H, supplements(T0 + H, T0 + 50 * H));
        assertThat(OnTimeRule.usedMinutes(completedLater)).isEqualTo(60);
        // A request made after the end does not count.
        long after = measure(RESTART, due, T0 + 3 * H, due, supplements(T0 + 4 * H, NO));
        assertThat(OnTimeRule.usedMinutes(after)).isEqualTo(180);
        assertThat(OnTimeRule.isOpen(after)).isFalse();
    }

    @Test
    void restartCountsFromTheLastSupplementSubtractRemovesTheIntervals() {
        long due = T0 + 10 * H;
        OnTimeRule.Supplements s = supplements(T0 + H, T0 + 5 * H, T0 + 6 * H, T0 + 8 * H);
        long ended = T0 + 12 * H;
        assertThat(OnTimeRule.usedMinutes(measure(RESTART, due, ended, due + 100 * H, s))).isEqualTo(4 * 60);
        assertThat(OnTimeRule.usedMinutes(measure(SUBTRACT, due, ended, due + 100 * H, s))).isEqualTo((12 - 4 - 2) * 60);
        assertThat(OnTimeRule.isLate(measure(RESTART, due, ended, due + 100 * H, s))).isFalse();
        assertThat(OnTimeRule.isLate(measure(SUBTRACT, due, ended, due + 100 * H, s))).isFalse();
        assertThat(OnTimeRule.isLate(measure(SUBTRACT, due, T0 + 16 * H + 60, due + 100 * H, s))).isTrue();
        assertThat(OnTimeRule.isLate(measure(SUBTRACT, due, T0 + 16 * H, due + 100 * H, s))).isFalse();
    }

    @Test
    void aDueTimeBeforeReceiptAllowsNothing() {
        assertThat(OnTimeRule.isLate(RESTART.measure(T0, T0 - H, -1, T0 + 60, T0 + H, OnTimeRule.Supplements.NONE, 0))).isTrue();
        assertThat(OnTimeRule.isLate(RESTART.measure(T0, T0 - H, -1, T0 + 59, T0 + H, OnTimeRule.Supplements.NONE, 0))).isFalse();
    }

    @Test
    void onACalendarOnlyWorkingTimeCounts() {
        OnTimeRule rule = new OnTimeRule(WorkingCalendar.vietnam(), SupplementClock.RESTART);
        long friday17 = LocalDateTime.of(2026, 10, 9, 17, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        long received = LocalDateTime.of(2026, 10, 9, 9, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        long saturday = LocalDateTime.of(2026, 10, 10, 10, 0).atZone(Dvc4j.VIETNAM).toEpochSecond();
        long monday = LocalDateTime.of(2026, 10, 12, 7, 31).atZone(Dvc4j.VIETNAM).toEpochSecond();
        // Finished on Saturday after a Friday 17:00 due time: no working time passed since, so not late.
        assertThat(rule.isLate(received, friday17, -1, saturday, saturday, OnTimeRule.Supplements.NONE)).isFalse();
        assertThat(rule.isLate(received, friday17, -1, monday, monday, OnTimeRule.Supplements.NONE)).isTrue();
        assertThat(new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, SupplementClock.RESTART)
                .isLate(received, friday17, -1, saturday, saturday, OnTimeRule.Supplements.NONE)).isTrue();
    }

    @Test
    void theRuleNeedsBothPartsAndSerializesWithItsCalendar() throws Exception {
        assertThatThrownBy(() -> new OnTimeRule(null, SupplementClock.RESTART)).hasMessageContaining("measure");
        assertThatThrownBy(() -> new OnTimeRule(WorkingTimeMeasure.WALL_CLOCK, null)).hasMessageContaining("supplementClock");
        WorkingCalendar custom = WorkingCalendar.vietnam().toBuilder().weeklyRestDays(java.time.DayOfWeek.SUNDAY).build();
        for (OnTimeRule rule : new OnTimeRule[] {RESTART, new OnTimeRule(WorkingCalendar.vietnam(), SupplementClock.SUBTRACT),
                new OnTimeRule(custom, SupplementClock.RESTART)}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(rule);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                OnTimeRule back = (OnTimeRule) in.readObject();
                assertThat(back).isEqualTo(rule);
                if (rule.measure() == WorkingCalendar.vietnam() || rule.measure() == WorkingTimeMeasure.WALL_CLOCK) {
                    assertThat(back.measure()).as("singletons stay singletons").isSameAs(rule.measure());
                }
            }
        }
    }

    // Boundaries of the measure's own comparisons, each on both sides.

    @Test
    void endingAtTheMomentOfMeasurementHasEnded() {
        long due = T0 + 10 * H;
        long endedThen = measure(RESTART, due, due - H, due - H, OnTimeRule.Supplements.NONE);
        assertThat(OnTimeRule.hasEnded(endedThen)).isTrue();
        assertThat(OnTimeRule.isOpen(endedThen)).isFalse();
        long endsASecondLater = measure(RESTART, due, due - H + 1, due - H, OnTimeRule.Supplements.NONE);
        assertThat(OnTimeRule.hasEnded(endsASecondLater)).isFalse();
        assertThat(OnTimeRule.isOpen(endsASecondLater)).isTrue();
    }

    @Test
    void aRequestMadeAtTheEndIsNotPendingAndOneMadeBeforeItIs() {
        long due = T0 + 10 * H;
        long end = T0 + 4 * H;
        long atTheEnd = measure(RESTART, due, NO, end, supplements(end, NO));
        assertThat(OnTimeRule.isOpen(atTheEnd)).isTrue();
        assertThat(OnTimeRule.usedMinutes(atTheEnd)).isEqualTo(4 * 60);
        long before = measure(RESTART, due, NO, end, supplements(end - H, NO));
        assertThat(OnTimeRule.usedMinutes(before)).as("the clock stops at the pending request").isEqualTo(3 * 60);
        // processed, then a request after the end: nothing pending, the dossier has ended
        long ended = measure(RESTART, due, end, end + H, supplements(end, NO));
        assertThat(OnTimeRule.isOpen(ended)).isFalse();
        assertThat(OnTimeRule.usedMinutes(ended)).isEqualTo(4 * 60);
    }

    @Test
    void aSupplementCompletedAtTheEndIsCompleteAndOneCompletedAfterItIsPending() {
        long due = T0 + 10 * H;
        long end = T0 + 4 * H;
        long completedAtEnd = measure(RESTART, due, end, end, supplements(T0 + H, end));
        assertThat(OnTimeRule.isOpen(completedAtEnd)).isFalse();
        assertThat(OnTimeRule.usedMinutes(completedAtEnd)).as("the clock restarted at the end").isZero();
        long completedLater = measure(RESTART, due, end, end, supplements(T0 + H, end + 1));
        assertThat(OnTimeRule.isOpen(completedLater)).as("waiting for the supplement").isTrue();
        assertThat(OnTimeRule.usedMinutes(completedLater)).isEqualTo(60);
        long subtracted = SUBTRACT.measure(T0, due, -1, end, end, supplements(T0 + H, end), 0);
        assertThat(OnTimeRule.usedMinutes(subtracted)).isEqualTo(60);
    }

    @Test
    void aRoundRequestedAndCompletedAtTheEndDoesNotRestartTheClock() {
        long due = T0 + 10 * H;
        long end = T0 + 4 * H;
        long r = measure(RESTART, due, end, end, supplements(end, end));
        assertThat(OnTimeRule.usedMinutes(r)).isEqualTo(4 * 60);
        assertThat(OnTimeRule.usedMinutes(SUBTRACT.measure(T0, due, -1, end, end, supplements(end, end), 0)))
                .isEqualTo(4 * 60);
    }

    @Test
    void aLegalMaximumOfZeroIsMeasuredAndANegativeOneIsUnknown() {
        long zero = RESTART.measure(T0, NO, 0, T0 + H, T0 + H, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isMeasured(zero)).isTrue();
        assertThat(OnTimeRule.isLate(zero)).isTrue();
        long unknown = RESTART.measure(T0, NO, -1, T0 + H, T0 + H, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isMeasured(unknown)).isFalse();
        assertThat(OnTimeRule.isCounted(unknown)).isTrue();
        assertThat(OnTimeRule.isLate(unknown)).isFalse();
        long sixty = RESTART.measure(T0, NO, 60, T0 + H, T0 + H, OnTimeRule.Supplements.NONE, 0);
        assertThat(OnTimeRule.isLate(sixty)).isFalse();
        assertThat(OnTimeRule.isLate(RESTART.measure(T0, NO, 59, T0 + H, T0 + H, OnTimeRule.Supplements.NONE, 0)))
                .isTrue();
    }
}
