package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Working time at sub-minute precision (seconds and milliseconds inside a working minute, at the edges of sessions)
 * and at the edges of the calendar's range.
 */
class WorkingPositionsTest {

    static final WorkingCalendar CAL = WorkingCalendar.vietnam();

    /** Monday 2024-04-22, a working day, at a local time with seconds and milliseconds. */
    static Instant monday(int h, int min, int s, int ms) {
        return LocalDateTime.of(2024, 4, 22, h, min, s, ms * 1_000_000).atZone(Dvc4j.VIETNAM).toInstant();
    }

    @Test
    void sessionsAreHalfOpenToTheMillisecond() {
        assertThat(CAL.isWorkingTime(monday(7, 29, 59, 999))).isFalse();
        assertThat(CAL.isWorkingTime(monday(7, 30, 0, 0))).isTrue();
        assertThat(CAL.isWorkingTime(monday(11, 29, 59, 999))).isTrue();
        assertThat(CAL.isWorkingTime(monday(11, 30, 0, 0))).isFalse();
        assertThat(CAL.isWorkingTime(monday(12, 59, 59, 999))).isFalse();
        assertThat(CAL.isWorkingTime(monday(13, 0, 0, 0))).isTrue();
        assertThat(CAL.nextWorkingInstant(monday(11, 30, 0, 1))).isEqualTo(monday(13, 0, 0, 0));
        assertThat(CAL.nextWorkingInstant(monday(7, 29, 59, 999))).isEqualTo(monday(7, 30, 0, 0));
        assertThat(CAL.nextWorkingInstant(monday(9, 15, 30, 250))).isEqualTo(monday(9, 15, 30, 250));
    }

    @Test
    void wholeMinutesAreCountedTruncatingTowardZero() {
        assertThat(CAL.workingMinutesBetween(monday(9, 0, 0, 0), monday(9, 0, 59, 999))).isZero();
        assertThat(CAL.workingMinutesBetween(monday(9, 0, 0, 0), monday(9, 1, 0, 0))).isEqualTo(1);
        assertThat(CAL.workingMinutesBetween(monday(9, 0, 30, 500), monday(9, 2, 30, 499))).isEqualTo(1);
        assertThat(CAL.workingMinutesBetween(monday(9, 1, 0, 0), monday(9, 0, 0, 1))).isZero();
        assertThat(CAL.workingMinutesBetween(monday(9, 2, 0, 500), monday(9, 0, 0, 0))).isEqualTo(-2);
        // 30 s before lunch and 30 s after it make one working minute
        assertThat(CAL.workingMinutesBetween(monday(11, 29, 30, 0), monday(13, 0, 30, 0))).isEqualTo(1);
        assertThat(CAL.workingMinutesBetween(monday(11, 29, 30, 0), monday(13, 0, 29, 999))).isZero();
        assertThat(CAL.workingTimeBetween(monday(11, 29, 30, 0), monday(13, 0, 30, 0)))
                .isEqualTo(WorkingDuration.ofMinutes(1));
    }

    @Test
    void epochSecondsCountLikeInstants() {
        long a = monday(11, 29, 30, 0).getEpochSecond();
        assertThat(CAL.minutesBetween(a, monday(13, 0, 30, 0).getEpochSecond())).isEqualTo(1);
        assertThat(CAL.minutesBetween(a, monday(13, 0, 29, 0).getEpochSecond())).isZero();
        assertThat(CAL.minutesBetween(monday(13, 0, 30, 0).getEpochSecond(), a)).isEqualTo(-1);
        assertThat(CAL.minutesBetween(monday(9, 0, 0, 0).getEpochSecond(), monday(10, 0, 59, 0).getEpochSecond()))
                .isEqualTo(60);
        assertThat(CAL.minutesBetween(monday(9, 0, 0, 0), monday(10, 0, 59, 0))).isEqualTo(60);
    }

    @Test
    void addingMinutesKeepsTheSecondsAndMillisecondsOfTheStart() {
        assertThat(CAL.plusMinutes(monday(9, 0, 30, 500), 1)).isEqualTo(monday(9, 1, 30, 500));
        assertThat(CAL.plusMinutes(monday(11, 29, 30, 0), 1)).isEqualTo(monday(13, 0, 30, 0));
        assertThat(CAL.plusMinutes(monday(11, 29, 59, 999), 1)).isEqualTo(monday(13, 0, 59, 999));
        assertThat(CAL.plusMinutes(monday(11, 29, 0, 0), 1)).as("the session's closing instant").isEqualTo(monday(11, 30, 0, 0));
        assertThat(CAL.plusMinutes(monday(11, 30, 0, 0), 0)).isEqualTo(monday(11, 30, 0, 0));
        assertThat(CAL.plusMinutes(monday(11, 30, 0, 1), 0)).isEqualTo(monday(13, 0, 0, 0));
        assertThatThrownBy(() -> CAL.plusMinutes(monday(9, 0, 0, 0), -1)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("cannot be negative: -1");
    }

    @Test
    void remainingAndOverdueTruncateToWholeMinutes() {
        Instant due = monday(10, 0, 0, 0);
        assertThat(CAL.remaining(due, monday(9, 59, 0, 500))).isEqualTo(WorkingDuration.ZERO);
        assertThat(CAL.remaining(due, monday(9, 58, 59, 0))).isEqualTo(WorkingDuration.ofMinutes(1));
        assertThat(CAL.overdueBy(due, monday(10, 0, 59, 999))).isEqualTo(WorkingDuration.ZERO);
        assertThat(CAL.overdueBy(due, monday(10, 1, 0, 0))).isEqualTo(WorkingDuration.ofMinutes(1));
    }

    static Instant local(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(Dvc4j.VIETNAM).toInstant();
    }

    @Test
    void theRangeIncludesItsFirstAndLastSecondAndNothingBeyond() {
        Instant first = local(1900, 1, 1, 0, 0, 0);
        Instant last = local(2199, 12, 31, 23, 59, 59);
        assertThat(CAL.isWorkingTime(first)).isFalse();
        assertThat(CAL.isWorkingTime(last)).isFalse();
        assertThatThrownBy(() -> CAL.isWorkingTime(first.minusSeconds(1))).isInstanceOf(CalendarException.class)
                .hasMessageContaining("outside the calendar's range (1900-01-01 – 2199-12-31)");
        assertThatThrownBy(() -> CAL.isWorkingTime(last.plusSeconds(1))).isInstanceOf(CalendarException.class);
        assertThat(CAL.minutesBetween(first.getEpochSecond(), first.getEpochSecond())).isZero();
        assertThat(CAL.minutesBetween(last.getEpochSecond(), last.getEpochSecond())).isZero();
        assertThatThrownBy(() -> CAL.minutesBetween(first.getEpochSecond() - 1, first.getEpochSecond()))
                .isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> CAL.minutesBetween(last.getEpochSecond(), last.getEpochSecond() + 1))
                .isInstanceOf(CalendarException.class);
        assertThatCode(() -> CAL.isWorkingDay(LocalDate.of(1900, 1, 1))).doesNotThrowAnyException();
        assertThatCode(() -> CAL.isWorkingDay(LocalDate.of(2199, 12, 31))).doesNotThrowAnyException();
        assertThatThrownBy(() -> CAL.isWorkingDay(LocalDate.of(1899, 12, 31))).isInstanceOf(CalendarException.class)
                .hasMessageContaining("Date 1899-12-31 is outside the calendar's range");
        assertThatThrownBy(() -> CAL.isWorkingDay(LocalDate.of(2200, 1, 1))).isInstanceOf(CalendarException.class);
    }
}
