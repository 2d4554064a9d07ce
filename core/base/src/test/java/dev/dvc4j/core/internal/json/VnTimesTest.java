package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time codec at the edges of what its fast paths take: the fast parser takes exactly the common shape with valid
 * fields (everything else goes to {@code java.time}, which gives the same instants, so only the fast path itself can
 * show which was taken), the formatter's range, and the lenient fact-file parser's forms, limits and refusals.
 */
class VnTimesTest {

    private static Instant fast(String text) {
        return VnTimes.fast(text.toCharArray(), 0, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-02-13T16:00:00Z",
        "2026-02-13T16:00:00+07:00",
        "2026-02-13T16:00:00-07:00",
        "2026-02-13T16:00:00.1Z",
        "2026-02-13T16:00:00.123456789+07:00",
        "2026-02-13T16:00:00+18:00",
        "2026-02-13T16:00:00-18:00",
        "2026-02-13T16:00:00+05:59",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2024-02-29T12:00:00Z",
        "2000-02-29T12:00:00Z",
        "2026-12-31T23:59:59+07:00",
        "2026-01-01T00:00:00+07:00",
        "2026-04-30T10:00:00Z",
        "2026-06-30T10:00:00Z",
        "2026-09-30T10:00:00Z",
        "2026-11-30T10:00:00Z",
        "2026-02-28T10:00:00Z",
    })
    void theCommonShapeTakesTheFastPathAndMeansWhatJavaTimeReads(String text) {
        Instant expected = OffsetDateTime.parse(text).toInstant();
        assertThat(fast(text)).isEqualTo(expected);
        assertThat(VnTimes.parse(text)).isEqualTo(expected);
        char[] padded = ("[" + text + "]").toCharArray();
        assertThat(VnTimes.fast(padded, 1, text.length())).isEqualTo(expected);
        assertThat(VnTimes.parse(padded, 1, text.length())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-02-13T16:00:00.1234567890Z", // ten fraction digits
        "2026-02-13T16:00:00.Z",
        "2026-02-13T16:00:00+18:01",
        "2026-02-13T16:00:00+05:60",
        "2026-02-13T16:00:00+0700",
        "2026-02-13T16:00:00+07-00",
        "2026-02-13T16:00:00+x7:00",
        "2026-02-13T16:00:00+07:x0",
        "2026-02-13T16:00:00z",
        "2026-02-13T16:00:00Zx",
        "2026-02-13T16:00:00",
        "2026-13-13T16:00:00Z",
        "2026-00-13T16:00:00Z",
        "2026-02-00T16:00:00Z",
        "2026-01-32T16:00:00Z",
        "2026-04-31T16:00:00Z",
        "2026-06-31T16:00:00Z",
        "2026-09-31T16:00:00Z",
        "2026-11-31T16:00:00Z",
        "2023-02-29T16:00:00Z",
        "1900-02-29T16:00:00Z",
        "2026-02-13T24:00:00Z",
        "2026-02-13T16:60:00Z",
        "2026-02-13T16:00:60Z",
        "2026-02-13 16:00:00Z",
        "2026/02-13T16:00:00Z",
        "2026-02/13T16:00:00Z",
        "2026-02-13T16-00:00Z",
        "2026-02-13T16:00-00Z",
        "20x6-02-13T16:00:00Z",
        "2026-0x-13T16:00:00Z",
        "2026-02-1xT16:00:00Z",
        "2026-02-13Tx6:00:00Z",
        "2026-02-13T16:x0:00Z",
        "2026-02-13T16:00:x0Z",
    })
    void everythingElseLeavesTheFastPath(String text) {
        assertThat(fast(text)).isNull();
    }

    @Test
    void javaTimeStillReadsWhatTheFastPathLeaves() {
        assertThat(VnTimes.parse("2026-02-13T16:00+07:00")).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
        assertThat(VnTimes.parse("2026-02-13T16:00:00+07:00:30")).isEqualTo(Instant.parse("2026-02-13T08:59:30Z"));
        assertThatThrownBy(() -> VnTimes.parse("2026-02-30T16:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(VnTimes.parse("2026-02-13T16:00:00.Z".toCharArray(), 0, 21))
                .as("java.time takes a decimal point without digits").isEqualTo(Instant.parse("2026-02-13T16:00:00Z"));
        assertThatThrownBy(() -> VnTimes.parse("2026-02-13T16:00:00+25:00".toCharArray(), 0, 25))
                .isInstanceOf(DateTimeParseException.class);
    }

    private static String jdk(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(7)));
    }

    @Test
    void formatsTheWholeRangeOfFourDigitYearsItselfAndBeyondItAsJavaTimeDoes() {
        Instant first = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.ofHours(7));
        Instant last = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toInstant(ZoneOffset.ofHours(7));
        for (Instant i : new Instant[] {first, last, first.minusSeconds(1), last.plusSeconds(1),
            Instant.parse("2026-02-13T09:00:00.120Z"), Instant.parse("2026-02-13T09:00:00.000000001Z")}) {
            assertThat(VnTimes.format(i)).isEqualTo(jdk(i));
            assertThat(VnTimes.formatEpochSecond(i.getEpochSecond())).isEqualTo(jdk(Instant.ofEpochSecond(i.getEpochSecond())));
            char[] buf = new char[VnTimes.MAX_LENGTH];
            int n = VnTimes.format(i, buf);
            if (n >= 0) {
                assertThat(new String(buf, 0, n)).isEqualTo(jdk(i));
            }
        }
        assertThat(VnTimes.format(first)).isEqualTo("0000-01-01T00:00:00+07:00");
        assertThat(VnTimes.format(last.plusSeconds(1))).isEqualTo("+10000-01-01T00:00:00+07:00");
        assertThat(VnTimes.format(first.minusSeconds(1), new byte[VnTimes.MAX_LENGTH], 0)).isEqualTo(-1);
        assertThat(VnTimes.format(last.plusSeconds(1), new byte[VnTimes.MAX_LENGTH], 0)).isEqualTo(-1);
    }

    private static long lenient(String text) {
        return VnTimes.parseLenientEpochSecond(text);
    }

    @Test
    void theLenientFormsEachMeanTheirInstant() {
        long expected = Instant.parse("2026-02-13T09:00:00Z").getEpochSecond();
        assertThat(lenient("2026-02-13T16:00:00+07:00")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T16:00:00.123+0700")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T09:00:00Z")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T16:00:00")).isEqualTo(expected);
        assertThat(lenient("2026-02-13 16:00:00")).isEqualTo(expected);
        assertThat(lenient("20260213160000")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T02:00:00-07:00")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T02:30:00-0630")).isEqualTo(expected);
        assertThat(lenient("2026-02-14T03:00:00+18:00")).isEqualTo(expected);
        assertThat(lenient("2026-02-13T16:00:00.123456789")).isEqualTo(expected);
        assertThat(lenient("2024-02-29T07:00:00+07:00")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z").getEpochSecond());
        assertThat(lenient("9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        assertThat(lenient("0000-01-01T00:00:00Z")).isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC));
        byte[] slice = "x2026-02-13T16:00:00x".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(VnTimes.parseLenientEpochSecond(slice, 1, 19)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-02-13T16:00:00+18:01",
        "2026-02-13T16:00:00+05:60",
        "2026-02-13T16:00:00.1234567890",
        "2026-02-13T16:00:00.",
        "2026-02-13T16:00:00Zx",
        "2026-02-13T16:00:00+07:000",
        "2026-02-13T16:00:00+07",
        "2026-02-13T16:00:00x",
        "2026-13-13T16:00:00",
        "2026-00-13T16:00:00",
        "2026-02-00T16:00:00",
        "2023-02-29T16:00:00",
        "2026-04-31T16:00:00",
        "2026-02-13T24:00:00",
        "2026-02-13T16:60:00",
        "2026-02-13T16:00:60",
        "2026-02-13X16:00:00",
        "2026/02-13T16:00:00",
        "2026-02/13T16:00:00",
        "2026-02-13T16-00:00",
        "2026-02-13T16:00-00",
        "2026-02-1",
        "20x6-02-13T16:00:00",
        "2026-0:-13T16:00:00",
        "2026-02-13T16:00:0/",
        "2026021316000x",
        "20261313160000",
        "2026-02-13T16:00:00+x7:00",
    })
    void lenientRefusalsNameTheText(String text) {
        assertThatThrownBy(() -> lenient(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Invalid date-time \"" + text + "\"");
    }

    @Test
    void aRefusalShowsAtMost64Characters() {
        String text = "2026-02-13T16:00:00" + "9".repeat(100);
        assertThatThrownBy(() -> lenient(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Invalid date-time \"" + text.substring(0, 64) + "\"");
    }
}
