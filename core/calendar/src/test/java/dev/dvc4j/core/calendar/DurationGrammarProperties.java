package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WorkingDuration#parse(String)} and {@link ProcessingPeriod#parse(String)} are hand-written scanners; the
 * grammar they implement is written here once more as regular expressions, the oracle.
 */
class DurationGrammarProperties {

    static final Pattern DAYS = Pattern.compile("\\d{1,6}");
    static final Pattern PARTS = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?");
    static final Pattern CALENDAR_DAYS = Pattern.compile("\\d{1,5}cd");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789dhmcD H").ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(12)
                        .flatMap(d -> Arbitraries.of("d", "h", "m", "cd", "", "dh", "d1h", "h1m", "m1d").map(u -> d + u)),
                Arbitraries.of("5d", "2d4h30m", "4h", "30m", "1d1m", "30cd", "000007", "1234567", "5d5d", "h", "d",
                        " 5 D ", "", "99999999999d", "1".repeat(25) + "d", "0d0h0m", "12cd3", "123456cd"));
    }

    @Property(tries = 3000)
    void workingDurationScannerMatchesTheGrammar(@ForAll("texts") String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher m = PARTS.matcher(s);
        if (DAYS.matcher(s).matches()) {
            assertThat(WorkingDuration.parse(text)).isEqualTo(WorkingDuration.ofDays(Integer.parseInt(s)));
        } else if (s.isEmpty() || !m.matches() || s.length() > 24) {
            assertThatThrownBy(() -> WorkingDuration.parse(text)).as(text).isInstanceOf(CalendarException.class)
                    .hasMessageContaining("malformed");
        } else {
            int[] p = new int[3];
            try {
                for (int i = 0; i < 3; i++) {
                    p[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
                }
            } catch (NumberFormatException e) {
                assertThatThrownBy(() -> WorkingDuration.parse(text)).as(text).isInstanceOf(CalendarException.class)
                        .hasMessageContaining("too large");
                return;
            }
            assertThat(WorkingDuration.parse(text)).as(text).isEqualTo(new WorkingDuration(p[0], p[1], p[2]));
        }
    }

    @Property(tries = 2000)
    void processingPeriodScannerMatchesTheGrammar(@ForAll("texts") String text) {
        String s = text.strip();
        if (CALENDAR_DAYS.matcher(s).matches()) {
            assertThat(ProcessingPeriod.parse(text))
                    .isEqualTo(ProcessingPeriod.calendarDays(Integer.parseInt(s.substring(0, s.length() - 2))));
            return;
        }
        WorkingDuration expected;
        try {
            expected = WorkingDuration.parse(s);
        } catch (CalendarException e) {
            assertThatThrownBy(() -> ProcessingPeriod.parse(text)).isInstanceOf(CalendarException.class);
            return;
        }
        assertThat(ProcessingPeriod.parse(text)).isEqualTo(ProcessingPeriod.working(expected));
    }
}
