package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The fast time codec against the JDK's ISO formatter, its oracle. */
class VnTimesProperties {

    @Property(tries = 2000)
    void formatEqualsTheJdkIsoFormatter(@ForAll @LongRange(min = -2_208_988_800L, max = 7_258_118_400L) long seconds,
                                        @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                        @ForAll @IntRange(min = 0, max = 3) int precision) {
        int n = switch (precision) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1_000 * 1_000;
            default -> nanos;
        };
        Instant i = Instant.ofEpochSecond(seconds, n);
        String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.ofHours(7)));
        assertThat(VnTimes.format(i)).isEqualTo(expected);
        assertThat(VnTimes.parse(expected)).isEqualTo(i);
        assertThat(parseSlice(expected)).isEqualTo(i);
        assertThat(VnTimes.parse(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.UTC)))).isEqualTo(i);
        assertThat(VnTimes.parse(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.ofHoursMinutes(-5, -30))))).isEqualTo(i);
    }

    @Test
    void formatEqualsTheJdkAtTheEdgesOfFourDigitYears() {
        for (String local : new String[] {"0000-01-01T00:00:00", "0000-01-01T06:59:59.5", "-0001-12-31T23:59:59",
                "9999-12-31T23:59:59.999999999", "+10000-01-01T00:00:00", "1969-12-31T23:59:59.1", "2026-02-13T16:00:00"}) {
            Instant i = java.time.LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(7));
            String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.ofHours(7)));
            assertThat(VnTimes.format(i)).as(local).isEqualTo(expected);
            char[] buf = new char[VnTimes.MAX_LENGTH];
            int n = VnTimes.format(i, buf);
            assertThat(n < 0 ? VnTimes.format(i) : new String(buf, 0, n)).as(local).isEqualTo(expected);
        }
    }

    @Property(tries = 2000)
    void epochDayEqualsTheJdk(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                              @ForAll @IntRange(min = 1, max = 31) int day) {
        int d = Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth());
        assertThat(VnTimes.epochDay(year, month, d)).isEqualTo(java.time.LocalDate.of(year, month, d).toEpochDay());
    }

    @Property(tries = 3000)
    void everyDayOfYearsZeroTo9999FormatsAsTheJdk(@ForAll @LongRange(min = -719_528, max = 2_932_896) long epochDay,
                                                  @ForAll @IntRange(min = 0, max = 86_399) int second) {
        Instant i = Instant.ofEpochSecond(epochDay * 86_400 + second - 7 * 3600);
        String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.ofHours(7)));
        byte[] buf = new byte[VnTimes.MAX_LENGTH + 3];
        int n = VnTimes.format(i, buf, 3);
        assertThat(new String(buf, 3, n, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(VnTimes.format(i)).isEqualTo(expected);
    }

    @Test
    void leapDaysFollowTheGregorianRules() {
        for (String ok : new String[] {"2000-02-29T00:00:00Z", "2024-02-29T23:59:59+07:00", "0000-02-29T00:00:00Z",
                "9999-12-31T23:59:59Z", "0000-01-01T00:00:00+07:00"}) {
            assertThat(VnTimes.parse(ok)).as(ok).isEqualTo(java.time.OffsetDateTime.parse(ok).toInstant());
            assertThat(parseSlice(ok)).as(ok).isEqualTo(java.time.OffsetDateTime.parse(ok).toInstant());
        }
        for (String bad : new String[] {"1900-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z"}) {
            assertThatThrownBy(() -> VnTimes.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    /** Parses the text from the middle of a larger buffer, as the JSON reader does. */
    static Instant parseSlice(String text) {
        String padded = "{\"at\":\"" + text + "\",\"x\":1}";
        return VnTimes.parse(padded.toCharArray(), 7, text.length());
    }

    @Test
    void malformedTimesAreRejected() {
        for (String bad : new String[] {"2026-02-30T10:00:00+07:00", "2026-13-01T10:00:00+07:00", "2026-02-13T24:00:00+07:00",
                "2026-02-13T10:00:00", "2026-02-13 10:00:00+07:00", "2026-02-13T10:00:00+7:00", "hôm qua", "",
                "2026-02-13T10:00:00+0700", "2026-02-13T10:00:00+18:30", "2026-02-13T10:00:00*07:00"}) {
            assertThatThrownBy(() -> VnTimes.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> parseSlice(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void offsetsReachEighteenHoursAndNoFurther() {
        for (String ok : new String[] {"2026-02-13T10:00:00+18:00", "2026-02-13T10:00:00-18:00", "2026-02-13T10:00:00-00:00"}) {
            assertThat(VnTimes.parse(ok)).as(ok).isEqualTo(OffsetDateTime.parse(ok).toInstant());
            assertThat(VnTimes.parseLenientEpochSecond(ok)).as(ok).isEqualTo(OffsetDateTime.parse(ok).toEpochSecond());
        }
        for (String bad : new String[] {"2026-02-13T10:00:00+18:01", "2026-02-13T10:00:00-1801", "2026-02-13T10:00:00+19:00"}) {
            assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    // ------------------------------------------------------------------ whole seconds: statistics fact files

    @Property(tries = 1000)
    void appendEqualsTheJdkIsoFormatterAtWholeSeconds(
            @ForAll @LongRange(min = -62_200_000_000L, max = 253_500_000_000L) long epochSecond) {
        Instant t = Instant.ofEpochSecond(epochSecond);
        StringBuilder sb = new StringBuilder("x");
        VnTimes.append(sb, epochSecond);
        String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.ofHours(7)));
        assertThat(sb.toString()).isEqualTo("x" + expected);
        assertThat(VnTimes.formatEpochSecond(epochSecond)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void lenientParsingReadsWhatJavaTimeWrites(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
                                               @ForAll @IntRange(min = -12, max = 14) int offsetHours,
                                               @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant t = Instant.ofEpochSecond(epochSecond);
        OffsetDateTime odt = t.atOffset(ZoneOffset.ofHours(offsetHours));
        assertThat(VnTimes.parseLenientEpochSecond(odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))).isEqualTo(epochSecond);
        String fraction = odt.withNano(nanos).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxx"));
        assertThat(lenientSlice(fraction)).as(fraction).isEqualTo(epochSecond);
        StringBuilder vn = new StringBuilder();
        VnTimes.append(vn, epochSecond);
        assertThat(OffsetDateTime.parse(vn).toInstant()).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond(vn.toString())).isEqualTo(epochSecond);
        OffsetDateTime local = t.atOffset(ZoneOffset.ofHours(7));
        assertThat(VnTimes.parseLenientEpochSecond(local.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")))).isEqualTo(epochSecond);
        assertThat(lenientSlice(local.toLocalDateTime().toString().length() == 16
                ? local.toLocalDateTime() + ":00" : local.toLocalDateTime().toString())).isEqualTo(epochSecond);
        assertThat(VnTimes.parseLenientEpochSecond(local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")))).isEqualTo(epochSecond);
    }

    @Property(tries = 1000)
    void localCalendarArithmeticEqualsTheJdk(@ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long epochSecond) {
        LocalDate day = Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.ofHours(7)).toLocalDate();
        assertThat(VnTimes.localEpochDay(epochSecond)).isEqualTo(day.toEpochDay());
        YearMonth ym = YearMonth.from(day);
        assertThat(VnTimes.monthIndex(day.toEpochDay())).isEqualTo(ym.getYear() * 12L + ym.getMonthValue() - 1);
        assertThat(LocalDate.ofEpochDay(VnTimes.weekStart(day.toEpochDay())))
                .isEqualTo(day.minus(day.getDayOfWeek().getValue() - 1, ChronoUnit.DAYS));
    }

    @Test
    void lenientParsingAcceptsFractionsZuluColonlessOffsetsAndLocalForms() {
        long t = Instant.parse("2026-02-13T09:00:00Z").getEpochSecond();
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00+07:00")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T09:00:00.123456Z")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00+0700")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13 16:00:00")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("2026-02-13T16:00:00.5")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("20260213160000")).isEqualTo(t);
        assertThat(VnTimes.parseLenientEpochSecond("20240229160000")).isEqualTo(Instant.parse("2024-02-29T09:00:00Z").getEpochSecond());
    }

    @Test
    void lenientParsingRejectsWhatNamesNoRealDateTime() {
        for (String bad : new String[] {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-02-13T24:00:00Z",
            "2026-02-13", "2026/02/13T10:00:00Z", "2026-02-13T10:00:00+7", "2026022916000x", "20250229160000",
            "2026-02-13T10:00:00.Z", "2026-02-13T10:00:00.1234567890Z", "2026-02-13T10:00:00+07:0", "2026-02-13x10:00:00",
            "2026-02-13T10:00:00 ", "-026-02-13T10:00:00Z", "2026021316000", "202602131600000", "", "hôm qua"}) {
            assertThatThrownBy(() -> VnTimes.parseLenientEpochSecond(bad)).as(bad)
                    .isInstanceOf(DateTimeParseException.class).hasMessageContaining(bad);
        }
    }

    /** Parses leniently from the middle of a larger buffer, as the fact readers do. */
    static long lenientSlice(String text) {
        String padded = "\"x\":\"" + text + "\",";
        byte[] bytes = padded.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return VnTimes.parseLenientEpochSecond(bytes, 5, text.length());
    }
}
