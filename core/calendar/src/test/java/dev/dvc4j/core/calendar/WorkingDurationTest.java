package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Working durations: the wording in both languages, the compact form, the split into days, and the grammar's limits. */
class WorkingDurationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|0|0|1 working day|1 ngày làm việc|1d",
        "2|0|0|2 working days|2 ngày làm việc|2d",
        "2|3|0|2 working days 3 hours|2 ngày 3 giờ làm việc|2d3h",
        "1|1|1|1 working day 1 hour 1 minute|1 ngày 1 giờ 1 phút làm việc|1d1h1m",
        "1|0|5|1 working day 5 minutes|1 ngày 5 phút làm việc|1d5m",
        "0|1|0|1 hour of working time|1 giờ làm việc|1h",
        "0|2|30|2 hours 30 minutes of working time|2 giờ 30 phút làm việc|2h30m",
        "0|0|1|1 minute of working time|1 phút làm việc|1m",
        "0|0|45|45 minutes of working time|45 phút làm việc|45m",
        "0|0|0|0 minutes of working time|0 phút làm việc|0m",
    })
    void isWordedInBothLanguagesAndWrittenCompactly(int days, int hours, int minutes, String en, String vi,
                                                    String compact) {
        WorkingDuration d = new WorkingDuration(days, hours, minutes);
        assertThat(d.toEnglish()).isEqualTo(en);
        assertThat(d.toVietnamese()).isEqualTo(vi);
        assertThat(d.describe().en()).isEqualTo(en);
        assertThat(d.describe().vi()).isEqualTo(vi);
        assertThat(d).hasToString(compact);
        assertThat(WorkingDuration.parse(compact)).isEqualTo(d);
    }

    @Test
    void comparesByTotalMinutesAtEightHourDays() {
        assertThat(WorkingDuration.ofDays(1).compareTo(WorkingDuration.ofHours(8))).isZero();
        assertThat(WorkingDuration.ofDays(1).compareTo(new WorkingDuration(0, 7, 59))).isPositive();
        assertThat(new WorkingDuration(0, 7, 59).compareTo(WorkingDuration.ofDays(1))).isNegative();
        assertThat(WorkingDuration.ZERO.isZero()).isTrue();
        assertThat(WorkingDuration.ofMinutes(1).isZero()).isFalse();
        assertThat(WorkingDuration.ofHours(1).isZero()).isFalse();
        assertThat(WorkingDuration.ofDays(1).isZero()).isFalse();
    }

    @Test
    void splitsMinutesIntoDaysOfTheGivenLength() {
        assertThat(WorkingDuration.ofMinutes(1000, 480)).isEqualTo(new WorkingDuration(2, 0, 40));
        assertThat(WorkingDuration.ofMinutes(479, 480)).isEqualTo(new WorkingDuration(0, 7, 59));
        assertThat(WorkingDuration.ofMinutes(0, 480)).isEqualTo(WorkingDuration.ZERO);
        assertThat(WorkingDuration.ofMinutes(5, 1)).isEqualTo(WorkingDuration.ofDays(5));
        assertThatThrownBy(() -> WorkingDuration.ofMinutes(-1, 480)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("-1 minutes");
        assertThatThrownBy(() -> WorkingDuration.ofMinutes(5, 0)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("working day of 0 minutes");
    }

    @Test
    void aBareNumberOfUpToSixDigitsIsDays() {
        assertThat(WorkingDuration.parse("123456")).isEqualTo(WorkingDuration.ofDays(123456));
        assertThat(WorkingDuration.parse("7")).isEqualTo(WorkingDuration.ofDays(7));
        assertThatThrownBy(() -> WorkingDuration.parse("1234567")).isInstanceOf(CalendarException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void theTextMayHaveUpTo24Characters() {
        String twentyFour = "0".repeat(22) + "1d";
        assertThat(WorkingDuration.parse(twentyFour)).isEqualTo(WorkingDuration.ofDays(1));
        assertThatThrownBy(() -> WorkingDuration.parse("0" + twentyFour)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "d", "5x", "5d4", "4h2d", "5dd", "h5", "5d 4h x"})
    void malformedTextIsRefusedInBothLanguages(String text) {
        assertThatThrownBy(() -> WorkingDuration.parse(text)).isInstanceOfSatisfying(CalendarException.class, e -> {
            assertThat(e.code()).isEqualTo("calendar.duration-format");
            assertThat(e.text().vi()).contains("không hợp lệ");
            assertThat(e.text().en()).contains("is malformed");
        });
    }
}
