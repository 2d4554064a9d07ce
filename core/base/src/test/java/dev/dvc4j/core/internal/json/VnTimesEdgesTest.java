package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/**
 * The time codec at its edges: every digit of the lenient forms refused on both sides of the digits, offsets at
 * their limits, the first and last instants of four-digit years, the last day of a 400-year era, and the fast path
 * telling its own shape apart.
 */
class VnTimesEdgesTest {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private static Instant fast(String text) {
        return VnTimes.fast(text.toCharArray(), 0, text.length());
    }

    private static long vn(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(VN);
    }

    @Test
    void everyDigitOfTheLenientFormsRefusesACharacterJustBelowOrAboveTheDigits() {
        String portal = "20260213160000";
        String iso = "2026-02-13T16:00:00";
        assertThat(VnTimes.parseLenientEpochSecond(portal)).isEqualTo(vn(2026, 2, 13, 16, 0, 0));
        assertThat(VnTimes.parseLenientEpochSecond(iso)).isEqualTo(vn(2026, 2, 13, 16, 0, 0));
        for (String text : new String[] {portal, iso}) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    continue;
                }
                for (char c : new char[] {'/', ':'}) {
                    String bad = text.substring(0, i) + c + text.substring(i + 1);
                    assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond(bad)).as(bad)
                            .isInstanceOf(DateTimeParseException.class).hasMessage("Invalid date-time \"" + bad + "\"");
                }
            }
        }
    }

    @Test
    void lenientOffsetsWithOrWithoutAColonAfterAFraction() {
        long t = vn(2026, 2, 13, 16, 0, 0);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00.5+07:00")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T14:30:00.123+05:30")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T14:30:00+0530")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T03:30:00-05:30")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T09:01:00+00:01")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T14:01:00+05:59")).as("08:02 UTC").isEqualTo(t - 58 * 60);
        assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond("2026-02-13T14:01:00+05:60")).isInstanceOf(DateTimeParseException.class);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00+18:00")).isEqualTo(t + 7 * 3600 - 18 * 3600);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00-1800")).isEqualTo(t + 7 * 3600 + 18 * 3600);
        assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00+18:01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00.5+07:0")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00+07-00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theFastPathTakesExactlyItsShape() {
        assertThat(fast("2026-02-13T09:00:00Z")).as("the shortest, twenty characters").isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(VnTimes.fast("2026-02-13T09:00:00".toCharArray(), 0, 19)).as("nineteen: no offset").isNull();
        assertThat(fast("2026-02-13T16:00:00.123456789+07:00")).as("the longest, thirty-five")
                .isEqualTo(Instant.parse("2026-02-13T09:00:00.123456789Z"));
        assertThat(fast("2026-02-13T16:00:00.1234567890+07:00")).as("ten fraction digits").isNull();
        assertThat(fast("2026-02-13T16:00:00.05+07:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00.05Z"));
        assertThat(fast("2026-02-13T16:00:00.99+07:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00.99Z"));
        assertThat(fast("2026-02-13T09:30:00+00:30")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(fast("2026-02-13T14:59:00+05:59")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(fast("2026-02-13T14:59:00+05:60")).isNull();
        assertThat(fast("2026-02-14T03:00:00+18:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(fast("2026-02-12T15:00:00-18:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(fast("2026-02-14T03:01:00+18:01")).isNull();
        assertThat(fast("2026-02-13T03:30:00-05:30")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        // what the fast path leaves, java.time reads or refuses
        assertThat(VnTimes.parse("2026-02-13T16:00+07:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThatThrownBy(() -> VnTimes.parse("2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> VnTimes.parse("")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> VnTimes.parse((String) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        char[] padded = "xx2026-02-13T16:00+07:00yy".toCharArray();
        assertThat(VnTimes.parse(padded, 2, 22)).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
    }

    @Test
    void theFormattersWriteYearsZeroTo9999ThemselvesAndNoOthers() {
        Instant first = OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, VN).toInstant();
        Instant last = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, VN).toInstant();
        char[] buf = new char[VnTimes.MAX_LENGTH];
        assertThat(VnTimes.format(first, buf)).isEqualTo(25);
        assertThat(new String(buf, 0, 25)).isEqualTo("0000-01-01T00:00:00+07:00");
        assertThat(VnTimes.format(first.minusSeconds(1), buf)).isEqualTo(-1);
        assertThat(VnTimes.format(last, buf)).isEqualTo(25);
        assertThat(new String(buf, 0, 25)).isEqualTo("9999-12-31T23:59:59+07:00");
        assertThat(VnTimes.format(last.plusSeconds(1), buf)).isEqualTo(-1);
        assertThat(VnTimes.format(first.minusSeconds(1))).isEqualTo("-0001-12-31T23:59:59+07:00");
        assertThat(VnTimes.format(last.plusSeconds(1))).isEqualTo("+10000-01-01T00:00:00+07:00");
        assertThat(VnTimes.formatEpochSecond(first.getEpochSecond() - 1)).isEqualTo("-0001-12-31T23:59:59+07:00");
        assertThat(VnTimes.formatEpochSecond(last.getEpochSecond() + 1)).isEqualTo("+10000-01-01T00:00:00+07:00");
        assertThat(VnTimes.formatEpochSecond(first.getEpochSecond())).isEqualTo("0000-01-01T00:00:00+07:00");
        assertThat(VnTimes.formatEpochSecond(last.getEpochSecond())).isEqualTo("9999-12-31T23:59:59+07:00");
        assertThat(VnTimeSerializer.format(last.plusSeconds(1))).isEqualTo("+10000-01-01T00:00:00+07:00");
    }

    @Test
    void theLastDayOfFourHundredYearEras() {
        for (int year : new int[] {0, 400, 1600, 2000, 2400}) {
            Instant leap = OffsetDateTime.of(year, 2, 29, 12, 0, 0, 0, VN).toInstant();
            String expected = String.format("%04d-02-29T12:00:00+07:00", year);
            assertThat(VnTimes.format(leap)).isEqualTo(expected);
            assertThat(VnTimes.formatEpochSecond(leap.getEpochSecond())).isEqualTo(expected);
            assertThat(VnTimes.format(leap.plusSeconds(86_400))).isEqualTo(String.format("%04d-03-01T12:00:00+07:00", year));
            assertThat(VnTimes.monthIndex(VnTimes.localEpochDay(leap.getEpochSecond()))).isEqualTo(year * 12L + 1);
        }
    }

    @Test
    void anInstantInAMessageIsInVietnamTimeOrAsItIs() {
        assertThat(VnTimes.inMessage(null)).isEqualTo("null");
        assertThat(VnTimes.inMessage(Instant.parse("2026-02-13T09:00:00Z"))).isEqualTo("2026-02-13T16:00:00+07:00");
        assertThat(VnTimes.inMessage(Instant.MAX)).as("too far for a date at +07:00").isEqualTo(Instant.MAX.toString());
    }
}
