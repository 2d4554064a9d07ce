package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PortalTimeProperties {

    private static final DateTimeFormatter JDK = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.ofHours(7));

    @Property(tries = 500)
    void roundTripKeepsWholeSecondsAndAgreesWithTheJdkFormatter(
            @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_799L) long epochSecond,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant i = Instant.ofEpochSecond(epochSecond, nanos);
        String text = PortalTime.format(i);
        assertThat(text).hasSize(14).isEqualTo(JDK.format(i));
        assertThat(PortalTime.parse(text)).isEqualTo(Instant.ofEpochSecond(epochSecond));
    }
}
