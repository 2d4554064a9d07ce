package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalTimeTest {

    @Test
    void writesLocalTimeInVietnam() {
        assertThat(PortalTime.format(Instant.parse("2026-02-10T02:00:00Z"))).isEqualTo("20260210090000");
        // 17:30 UTC on New Year's Eve is already 00:30 on 1 January in Vietnam
        assertThat(PortalTime.format(Instant.parse("2025-12-31T17:30:05Z"))).isEqualTo("20260101003005");
    }

    @Test
    void dropsTheFractionOfASecondWithoutRounding() {
        Instant i = Instant.parse("2026-02-10T02:00:59.999Z");
        assertThat(PortalTime.format(i)).isEqualTo("20260210090059");
        assertThat(PortalTime.parse(PortalTime.format(i))).isEqualTo(Instant.parse("2026-02-10T02:00:59Z"))
                .isEqualTo(PortalTime.truncate(i));
    }

    @Test
    void readsLocalTimeInVietnam() {
        assertThat(PortalTime.parse("20260302081500")).isEqualTo(Instant.parse("2026-03-02T01:15:00Z"));
    }

    @Test
    void honoursTheZonesHistoricalOffset() {
        // Asia/Ho_Chi_Minh was +08:00 from 1960 until 13 June 1975
        assertThat(PortalTime.parse("19700101120000")).isEqualTo(Instant.parse("1970-01-01T04:00:00Z"));
        assertThat(PortalTime.parse("19760101120000")).isEqualTo(Instant.parse("1976-01-01T05:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026021009000", "202602100900000", "2026-02-10 09:00", "20261301090000",
            "20260230090000", "20260210240000", "20260210096000", "2026021009000Z", "２0260210090000"})
    void rejectsAnythingButFourteenDigitsOfARealDateTime(String text) {
        assertThatThrownBy(() -> PortalTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void rejectsNullAndYearsItCannotWrite() {
        assertThatThrownBy(() -> PortalTime.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> PortalTime.format(Instant.parse("+10000-01-01T00:00:00Z"))).isInstanceOf(DateTimeException.class);
        assertThat(PortalTime.truncate(null)).isNull();
    }

    @Test
    void writesEveryYearFromZeroToNineThousandNineHundredNinetyNine_andRefusesTheYearsEitherSide() {
        assertThat(PortalTime.format(Instant.parse("0000-06-01T00:00:00Z"))).startsWith("00000601");
        assertThat(PortalTime.format(Instant.parse("9999-06-01T00:00:00Z"))).isEqualTo("99990601070000");
        assertThatThrownBy(() -> PortalTime.format(Instant.parse("-0001-06-01T00:00:00Z")))
                .isInstanceOf(DateTimeException.class).hasMessage("year -1 cannot be written as yyyyMMddHHmmss");
        assertThatThrownBy(() -> PortalTime.format(Instant.parse("+10000-06-01T00:00:00Z")))
                .isInstanceOf(DateTimeException.class).hasMessage("year 10000 cannot be written as yyyyMMddHHmmss");
    }
}
