package dev.dvc4j.core.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lunar table at the edges of its range and of the meridians in use, checked on both sides of each edge. */
class LunarTableTest {

    private static final LunarTable TABLE = LunarTable.instance();

    @Test
    void theMeridianChangesOn1954July1AndOn1968January1() {
        long switch1954 = LocalDate.of(1954, 7, 1).toEpochDay();
        long switch1968 = LocalDate.of(1968, 1, 1).toEpochDay();
        assertThat(LunarTable.offsetSeconds(switch1954 - 1)).isEqualTo(7 * 3600 + 10 * 60 + 20);
        assertThat(LunarTable.offsetSeconds(switch1954)).isEqualTo(8 * 3600);
        assertThat(LunarTable.offsetSeconds(switch1968 - 1)).isEqualTo(8 * 3600);
        assertThat(LunarTable.offsetSeconds(switch1968)).isEqualTo(7 * 3600);
    }

    private static int year(int packed) {
        return packed >> 16;
    }

    private static int month(int packed) {
        return (packed >> 8) & 255;
    }

    private static int day(int packed) {
        return packed & 127;
    }

    @Test
    void everySolarDayFrom1900To2199ConvertsAndTheDaysBeyondDoNot() {
        long first = LunarTable.MIN_SOLAR.toEpochDay();
        long last = LunarTable.MAX_SOLAR.toEpochDay();
        int atFirst = TABLE.fromEpochDay(first);
        assertThat(year(atFirst)).isEqualTo(1899);
        assertThat(month(atFirst)).isEqualTo(12);
        int atLast = TABLE.fromEpochDay(last);
        assertThat(TABLE.toEpochDay(year(atLast), month(atLast), (atLast & 128) != 0, day(atLast))).isEqualTo(last);
        assertThat(TABLE.toEpochDay(year(atFirst), month(atFirst), false, day(atFirst))).isEqualTo(Long.MIN_VALUE)
                .as("lunar 1899 is before the table's first year");
    }

    @Test
    void theFirstDayOfAMonthIsDayOneAndTheDayBeforeItEndsThePreviousMonth() {
        long tet2026 = LocalDate.of(2026, 2, 17).toEpochDay();
        int tet = TABLE.fromEpochDay(tet2026);
        assertThat(year(tet)).isEqualTo(2026);
        assertThat(month(tet)).isEqualTo(1);
        assertThat(day(tet)).isEqualTo(1);
        int eve = TABLE.fromEpochDay(tet2026 - 1);
        assertThat(year(eve)).isEqualTo(2025);
        assertThat(month(eve)).isEqualTo(12);
        assertThat(day(eve)).isEqualTo(TABLE.monthLength(2025, 12, false));
        assertThat(TABLE.toEpochDay(2026, 1, false, 1)).isEqualTo(tet2026);
    }

    @Test
    void daysOutsideTheirMonthAndMonthsOutsideOneToTwelveDoNotExist() {
        int length = TABLE.monthLength(2026, 1, false);
        assertThat(length).isBetween(29, 30);
        assertThat(TABLE.toEpochDay(2026, 1, false, length)).isNotEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.toEpochDay(2026, 1, false, length + 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.toEpochDay(2026, 1, false, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.toEpochDay(2026, 0, false, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.toEpochDay(2026, 13, false, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.toEpochDay(2026, 12, false, 1)).isNotEqualTo(Long.MIN_VALUE);
        assertThat(TABLE.monthLength(2026, 13, false)).isZero();
        assertThat(TABLE.monthLength(2026, 3, true)).as("2026 has no leap third month").isZero();
    }

    @Test
    void leapMonthsOfTheFirstAndLastYearsAndNoneOutside() {
        assertThat(TABLE.leapMonth(1900)).isEqualTo(8);
        assertThat(TABLE.leapMonth(2023)).isEqualTo(2);
        assertThat(TABLE.leapMonth(2026)).isZero();
        assertThat(TABLE.monthLength(2023, 2, true)).isBetween(29, 30);
        assertThat(TABLE.leapMonth(1899)).isZero();
        assertThat(TABLE.leapMonth(2200)).isZero();
        assertThat(TABLE.monthLength(1899, 12, false)).isZero();
        assertThat(TABLE.monthLength(2200, 1, false)).isZero();
        assertThat(TABLE.monthLength(1900, 1, false)).isBetween(29, 30);
        assertThat(TABLE.monthLength(2199, 12, false)).isBetween(29, 30);
    }

    @Test
    void theTableEndsAtItsLastMonth() {
        long beyond = LocalDate.of(2200, 12, 31).toEpochDay() + 60;
        assertThatThrownBy(() -> TABLE.fromEpochDay(beyond)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out of table: " + beyond);
        long before = LocalDate.of(1898, 1, 1).toEpochDay();
        assertThatThrownBy(() -> TABLE.fromEpochDay(before)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TABLE.retainedBytes()).isBetween(30_000L, 40_000L);
    }
}
