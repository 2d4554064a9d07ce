package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.stats.internal.FastTime;
import dev.dvc4j.stats.internal.VnDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FastTimeProperties {

    @Property(tries = 500)
    void parsesWhatJavaTimeFormats(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
                                   @ForAll @LongRange(min = -12, max = 14) long offsetHours) {
        Instant t = Instant.ofEpochSecond(epochSecond);
        OffsetDateTime odt = t.atOffset(ZoneOffset.ofHours((int) offsetHours));
        String iso = odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(FastTime.parse(iso)).isEqualTo(epochSecond);
        String vn = FastTime.format(epochSecond);
        assertThat(OffsetDateTime.parse(vn).toInstant()).isEqualTo(t);
        assertThat(FastTime.parse(vn)).isEqualTo(epochSecond);
        String portal = t.atOffset(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        assertThat(FastTime.parse(portal)).isEqualTo(epochSecond);
        LocalDate day = t.atOffset(ZoneOffset.ofHours(7)).toLocalDate();
        assertThat(VnDates.epochDay(epochSecond)).isEqualTo(day.toEpochDay());
        YearMonth ym = YearMonth.from(day);
        assertThat(VnDates.monthIndex(day.toEpochDay())).isEqualTo(ym.getYear() * 12L + ym.getMonthValue() - 1);
        assertThat(LocalDate.ofEpochDay(VnDates.weekStart(day.toEpochDay())))
                .isEqualTo(day.minus(day.getDayOfWeek().getValue() - 1, ChronoUnit.DAYS));
    }

    @Test
    void acceptsFractionsZuluAndLocalForms() {
        long t = Instant.parse("2026-02-13T09:00:00Z").getEpochSecond();
        assertThat(FastTime.parse("2026-02-13T16:00:00+07:00")).isEqualTo(t);
        assertThat(FastTime.parse("2026-02-13T09:00:00.123456Z")).isEqualTo(t);
        assertThat(FastTime.parse("2026-02-13T16:00:00+0700")).isEqualTo(t);
        assertThat(FastTime.parse("2026-02-13 16:00:00")).isEqualTo(t);
        assertThat(FastTime.parse("20260213160000")).isEqualTo(t);
    }

    @Test
    void rejectsInvalidDates() {
        for (String bad : new String[] {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-02-13T24:00:00Z",
            "2026-02-13", "2026/02/13T10:00:00Z", "2026-02-13T10:00:00+7", "2026022916000x", "20250229160000",
            "2026-02-13T10:00:00.Z"}) {
            assertThatThrownBy(() -> FastTime.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(FastTime.parse("20240229160000")).isEqualTo(Instant.parse("2024-02-29T09:00:00Z").getEpochSecond());
    }
}
