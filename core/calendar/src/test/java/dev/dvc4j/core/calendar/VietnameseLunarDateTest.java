package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.time4j.PlainDate;
import net.time4j.calendar.CommonElements;
import net.time4j.calendar.VietnameseCalendar;
import org.junit.jupiter.api.Test;

class VietnameseLunarDateTest {

    @Test
    void knownNewYearsAndHungKingsDays() {
        assertThat(VietnameseLunarDate.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(VietnameseLunarDate.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(VietnameseLunarDate.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(VietnameseLunarDate.toSolar(2026, 3, false, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(VietnameseLunarDate.toSolar(2024, 3, false, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(VietnameseLunarDate.toSolar(2023, 3, false, 10)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(VietnameseLunarDate.fromSolar(LocalDate.of(2025, 4, 7))).isEqualTo(new VietnameseLunarDate(2025, 3, false, 10));
    }

    @Test
    void vietnameseNewYearDiffersFromChineseIn1985() {
        // Vietnam reckons at UTC+7: Tết Ất Sửu fell on 1985-01-21, a month before the Chinese New Year (1985-02-20)
        assertThat(VietnameseLunarDate.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    }

    @Test
    void leapMonths() {
        assertThat(VietnameseLunarDate.leapMonth(2023)).isEqualTo(2);
        assertThat(VietnameseLunarDate.leapMonth(2020)).isEqualTo(4);
        assertThat(VietnameseLunarDate.leapMonth(2024)).isZero();
        LocalDate leap = VietnameseLunarDate.toSolar(2023, 2, true, 1);
        assertThat(leap).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(VietnameseLunarDate.fromSolar(leap)).isEqualTo(new VietnameseLunarDate(2023, 2, true, 1));
        assertThat(new VietnameseLunarDate(2023, 2, true, 15).toString()).isEqualTo("15/nhuận 2/2023");
    }

    @Test
    void firstDaysOf1900BelongToLunar1899() {
        VietnameseLunarDate d = VietnameseLunarDate.fromSolar(LocalDate.of(1900, 1, 1));
        assertThat(d.year()).isEqualTo(1899);
        assertThat(d.month()).isEqualTo(12);
        assertThat(d.toSolar()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void rejectsNonexistentDatesAndRange() {
        assertThatThrownBy(() -> new VietnameseLunarDate(2024, 2, true, 1))
                .isInstanceOf(CalendarException.class).hasMessageContaining("does not exist")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("calendar.lunar-date");
        int shortMonth = VietnameseLunarDate.lengthOfMonth(2024, 1, false) == 29 ? 1 : 2;
        assertThatThrownBy(() -> new VietnameseLunarDate(2024, shortMonth, false, 30)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(2024, 13, false, 1)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> new VietnameseLunarDate(2200, 1, false, 1)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> VietnameseLunarDate.fromSolar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(CalendarException.class).hasMessageContaining("outside the range of the lunar calendar supported");
        assertThatThrownBy(() -> VietnameseLunarDate.fromSolar(LocalDate.of(2200, 1, 1))).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> VietnameseLunarDate.leapMonth(1899)).isInstanceOf(CalendarException.class);
        assertThatThrownBy(() -> VietnameseLunarDate.lengthOfMonth(2024, 5, true)).isInstanceOf(CalendarException.class);
    }

    @Test
    void theRangeIsTheSameAtBothEndsInBothDirections() {
        assertThat(VietnameseLunarDate.MIN).isEqualTo(new VietnameseLunarDate(1899, 12, false, 1));
        assertThat(VietnameseLunarDate.MAX).isEqualTo(new VietnameseLunarDate(2199, 11, false, 14));
        assertThat(VietnameseLunarDate.MIN.toSolar()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(VietnameseLunarDate.MAX.toSolar()).isEqualTo(LocalDate.of(2199, 12, 31));
        // the day after the last: lunar 15/11/2199 would be solar 2200-01-01, and the end of lunar 2199 in February 2200
        assertThatThrownBy(() -> new VietnameseLunarDate(2199, 11, false, 15))
                .isInstanceOf(CalendarException.class).hasMessageContaining("outside the supported range")
                .hasMessageContaining("day 14 of month 11 of lunar year 2199").hasMessageContaining("2199-12-31");
        assertThatThrownBy(() -> VietnameseLunarDate.toSolar(2199, 12, false, 30)).isInstanceOf(CalendarException.class);
        // the day before the first does not exist in the tables either
        assertThatThrownBy(() -> new VietnameseLunarDate(1899, 11, false, 30)).isInstanceOf(CalendarException.class);
        // every accepted lunar date converts back to itself
        assertThat(VietnameseLunarDate.fromSolar(VietnameseLunarDate.MAX.toSolar())).isEqualTo(VietnameseLunarDate.MAX);
        assertThat(VietnameseLunarDate.fromSolar(VietnameseLunarDate.MIN.toSolar())).isEqualTo(VietnameseLunarDate.MIN);
    }

    @Test
    void englishMessagesSayLeapMonthInEnglish_vietnameseInVietnamese() {
        assertThatThrownBy(() -> new VietnameseLunarDate(2024, 2, true, 1))
                .isInstanceOf(CalendarException.class)
                .satisfies(e -> {
                    CalendarException c = (CalendarException) e;
                    assertThat(c.text().en()).contains("day 1 of leap month 2 of lunar year 2024").doesNotContain("nhuận");
                    assertThat(c.text().vi()).contains("1/nhuận 2/2024");
                });
        assertThatThrownBy(() -> VietnameseLunarDate.lengthOfMonth(2024, 5, true))
                .satisfies(e -> {
                    CalendarException c = (CalendarException) e;
                    assertThat(c.text().en()).isEqualTo("Lunar leap month 5 of 2024 does not exist");
                    assertThat(c.text().vi()).isEqualTo("Tháng âm lịch nhuận 5 năm 2024 không tồn tại");
                });
    }

    /**
     * Done criterion 2: every solar day 1900–2199 agrees with Time4J, and converts back. Time4J is asked for each of
     * its months (number, leap flag, first day); every day is then checked against that month, so a single day off in
     * either calendar fails the test.
     */
    @Test
    void agreesWithTime4jOnEveryDay1900To2199() {
        LocalDate last = LocalDate.of(2199, 12, 31);
        int checked = 0;
        int months = 0;
        long monthStart = Long.MAX_VALUE;
        long monthEnd = Long.MIN_VALUE;
        int tYear = 0;
        int tMonth = 0;
        boolean tLeap = false;
        for (LocalDate d = LocalDate.of(1900, 1, 1); !d.isAfter(last); d = d.plusDays(1)) {
            long e = d.toEpochDay();
            if (e >= monthEnd || e < monthStart) {
                VietnameseCalendar v = PlainDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                        .transform(VietnameseCalendar.axis());
                tYear = v.getInt(CommonElements.RELATED_GREGORIAN_YEAR);
                tMonth = v.getMonth().getNumber();
                tLeap = v.getMonth().isLeap();
                monthStart = e - v.getDayOfMonth() + 1;
                monthEnd = monthStart + v.lengthOfMonth();
                months++;
            }
            VietnameseLunarDate ours = VietnameseLunarDate.fromSolar(d);
            int tDay = (int) (e - monthStart) + 1;
            if (ours.year() != tYear || ours.month() != tMonth || ours.leap() != tLeap || ours.day() != tDay) {
                throw new AssertionError(d + ": Time4J " + tDay + "/" + (tLeap ? "L" : "") + tMonth + "/" + tYear + ", dvc4j " + ours);
            }
            assertThat(ours.toSolar()).isEqualTo(d);
            checked++;
        }
        assertThat(checked).isEqualTo(109_573);
        assertThat(months).isBetween(3700, 3720);
    }
}
