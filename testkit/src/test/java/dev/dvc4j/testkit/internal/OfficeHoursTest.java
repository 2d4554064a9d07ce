package dev.dvc4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    /** Weekdays work, and so does nothing else; Friday 2026-02-13 is a day off. */
    static final LocalDate DAY_OFF = LocalDate.of(2026, 2, 13);
    static final OfficeHours HOURS = new OfficeHours(d -> d.getDayOfWeek().getValue() < 6 && !d.equals(DAY_OFF));

    static long at(LocalDate day, int hour, int minute, int second) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute, second)).toEpochSecond(ZoneOffset.ofHours(7));
    }

    static final LocalDate THURSDAY = LocalDate.of(2026, 2, 12);
    static final LocalDate MONDAY = LocalDate.of(2026, 2, 16);

    @Test
    void insideOfficeHoursATimeStays() {
        for (long t : new long[] {at(THURSDAY, 7, 30, 0), at(THURSDAY, 11, 29, 59), at(THURSDAY, 13, 0, 0),
            at(THURSDAY, 16, 59, 59), at(THURSDAY, 9, 15, 7)}) {
            assertThat(HOURS.next(t)).isEqualTo(t);
        }
    }

    @Test
    void outsideOfficeHoursATimeMovesToTheNextSession() {
        assertThat(HOURS.next(at(THURSDAY, 7, 29, 59))).isEqualTo(at(THURSDAY, 7, 30, 0));
        assertThat(HOURS.next(at(THURSDAY, 0, 0, 0))).isEqualTo(at(THURSDAY, 7, 30, 0));
        assertThat(HOURS.next(at(THURSDAY, 11, 30, 0))).isEqualTo(at(THURSDAY, 13, 0, 0));
        assertThat(HOURS.next(at(THURSDAY, 12, 59, 59))).isEqualTo(at(THURSDAY, 13, 0, 0));
        // 17:00 is closed; the next day is a day off, then a weekend.
        assertThat(HOURS.next(at(THURSDAY, 17, 0, 0))).isEqualTo(at(MONDAY, 7, 30, 0));
        assertThat(HOURS.next(at(DAY_OFF, 10, 0, 0))).isEqualTo(at(MONDAY, 7, 30, 0));
        assertThat(HOURS.next(at(MONDAY.minusDays(1), 23, 59, 59))).isEqualTo(at(MONDAY, 7, 30, 0));
    }

    @Test
    void theNextWorkingDaySkipsDaysOffAndGivesUpAfterSixtyDays() {
        assertThat(HOURS.nextWorkingDay(THURSDAY)).isEqualTo(MONDAY);
        assertThat(HOURS.nextWorkingDay(MONDAY)).isEqualTo(MONDAY.plusDays(1));
        OfficeHours never = new OfficeHours(d -> false);
        assertThat(never.nextWorkingDay(THURSDAY)).isEqualTo(THURSDAY.plusDays(61));
        assertThatThrownBy(() -> new OfficeHours(null)).isInstanceOf(NullPointerException.class).hasMessage("workingDay");
    }

    @Property(tries = 300)
    void counterFilingsFallInOfficeHoursOnWorkingDaysOnOrAfterTheirDay(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int offset, @ForAll boolean postal) {
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(offset);
        long t = HOURS.filingTime(new SplittableRandom(seed), day, postal ? Channel.POSTAL : Channel.IN_PERSON);
        LocalDateTime local = LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.ofHours(7));
        assertThat(HOURS.next(t)).isEqualTo(t);
        assertThat(local.toLocalDate()).isAfterOrEqualTo(day).isBeforeOrEqualTo(HOURS.nextWorkingDay(day));
    }

    @Property(tries = 300)
    void onlineFilingsComeFromSixToElevenAtNightOnAnyDay(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int offset) {
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(offset);
        long t = HOURS.filingTime(new SplittableRandom(seed), day, Channel.ONLINE);
        LocalDateTime local = LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.ofHours(7));
        assertThat(local.getHour()).isBetween(6, 22);
        assertThat(local.toLocalDate()).isAfterOrEqualTo(day).isBeforeOrEqualTo(HOURS.nextWorkingDay(day));
    }

    @Test
    void someOnlineFilingsStayOnDaysOffAndNoCounterFilingDoes() {
        SplittableRandom r = new SplittableRandom(1);
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        int onSaturday = 0;
        for (int i = 0; i < 1_000; i++) {
            long online = HOURS.filingTime(r, saturday, Channel.ONLINE);
            onSaturday += LocalDateTime.ofEpochSecond(online, 0, ZoneOffset.ofHours(7)).getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0;
            long counter = HOURS.filingTime(r, saturday, Channel.IN_PERSON);
            assertThat(LocalDateTime.ofEpochSecond(counter, 0, ZoneOffset.ofHours(7)).toLocalDate()).isEqualTo(MONDAY);
        }
        assertThat(onSaturday).isBetween(250, 450);
    }

    @Property(tries = 300)
    void receptionAndReturnFollowTheChannel(@ForAll long seed, @ForAll @LongRange(min = 1_767_200_000L, max = 1_775_000_000L) long t) {
        SplittableRandom r = new SplittableRandom(seed);
        assertThat(HOURS.receptionTime(r, Channel.IN_PERSON, t)).isBetween(t + 180, t + 17 * 60);
        long online = HOURS.receptionTime(r, Channel.ONLINE, t);
        assertThat(online).isGreaterThanOrEqualTo(t + 600).isEqualTo(HOURS.next(online));
        assertThat(HOURS.returnTime(r, ResultDelivery.ONLINE, t)).isBetween(t + 60, t + 3600);
        long post = HOURS.returnTime(r, ResultDelivery.POSTAL, t);
        assertThat(post).isGreaterThanOrEqualTo(t + 20 * 3600).isEqualTo(HOURS.next(post));
        long counter = HOURS.returnTime(r, ResultDelivery.COUNTER, t);
        assertThat(counter).isGreaterThanOrEqualTo(t).isEqualTo(HOURS.next(counter));
    }

    static final LocalDate SATURDAY = LocalDate.of(2026, 2, 14);

    private static long filed(LocalDate day, Channel channel, Number... script) {
        ScriptedRandom r = new ScriptedRandom(script);
        long t = HOURS.filingTime(r, day, channel);
        r.assertAllDrawn();
        return t;
    }

    @Test
    void counterFilingsTakeOneOfTheEightOfficeHoursMinutesOfTheirDay() {
        for (Channel c : new Channel[] {Channel.IN_PERSON, Channel.POSTAL}) {
            assertThat(filed(THURSDAY, c, 0)).isEqualTo(at(THURSDAY, 7, 30, 0));
            assertThat(filed(THURSDAY, c, 239)).isEqualTo(at(THURSDAY, 11, 29, 0));
            assertThat(filed(THURSDAY, c, 240)).isEqualTo(at(THURSDAY, 13, 0, 0));
            assertThat(filed(THURSDAY, c, 479)).isEqualTo(at(THURSDAY, 16, 59, 0));
            // a day off moves the filing to the next working day, with no draw for it
            assertThat(filed(DAY_OFF, c, 1)).isEqualTo(at(MONDAY, 7, 31, 0));
        }
    }

    @Test
    void onlineFilingsComeAtAnyHourFromSixToElevenAtNightForThirtyInAHundredElseInOfficeHours() {
        assertThat(filed(THURSDAY, Channel.ONLINE, 29, 16, 59)).isEqualTo(at(THURSDAY, 22, 59, 0));
        assertThat(filed(THURSDAY, Channel.ONLINE, 29, 0, 0)).isEqualTo(at(THURSDAY, 6, 0, 0));
        assertThat(filed(THURSDAY, Channel.ONLINE, 30, 0)).isEqualTo(at(THURSDAY, 7, 30, 0));
        assertThat(filed(THURSDAY, Channel.ONLINE, 99, 240)).isEqualTo(at(THURSDAY, 13, 0, 0));
    }

    @Test
    void thirtyFiveInAHundredOnlineFilingsOfADayOffStayOnItTheOthersMoveToTheNextWorkingDay() {
        // stays on Saturday, so at any hour whatever the second draw
        assertThat(filed(SATURDAY, Channel.ONLINE, 34, 99, 10, 5)).isEqualTo(at(SATURDAY, 16, 5, 0));
        // moves to Monday, a working day: office hours unless the evening draw comes up
        assertThat(filed(SATURDAY, Channel.ONLINE, 35, 99, 0)).isEqualTo(at(MONDAY, 7, 30, 0));
        assertThat(filed(SATURDAY, Channel.ONLINE, 35, 29, 1, 1)).isEqualTo(at(MONDAY, 7, 1, 0));
    }

    @Test
    void receptionAndReturnTimesAddTheirDrawnDelays() {
        long nine = at(THURSDAY, 9, 0, 0);
        assertThat(HOURS.receptionTime(new ScriptedRandom(0), Channel.IN_PERSON, nine)).isEqualTo(nine + 180);
        assertThat(HOURS.receptionTime(new ScriptedRandom(14), Channel.IN_PERSON, nine)).isEqualTo(nine + 17 * 60);
        assertThat(HOURS.receptionTime(new ScriptedRandom(5), Channel.ONLINE, nine)).isEqualTo(at(THURSDAY, 9, 15, 0));
        assertThat(HOURS.receptionTime(new ScriptedRandom(170), Channel.POSTAL, nine)).isEqualTo(at(THURSDAY, 13, 0, 0));
        long eight = at(THURSDAY, 8, 0, 0);
        assertThat(HOURS.returnTime(new ScriptedRandom(0), ResultDelivery.COUNTER, eight)).isEqualTo(eight);
        assertThat(HOURS.returnTime(new ScriptedRandom(2), ResultDelivery.COUNTER, eight)).isEqualTo(at(THURSDAY, 10, 0, 0));
        assertThat(HOURS.returnTime(new ScriptedRandom(9), ResultDelivery.COUNTER, eight)).isEqualTo(at(MONDAY, 7, 30, 0));
        assertThat(HOURS.returnTime(new ScriptedRandom(59), ResultDelivery.ONLINE, eight)).isEqualTo(eight + 3600);
        assertThat(HOURS.returnTime(new ScriptedRandom(0), ResultDelivery.POSTAL, at(THURSDAY, 10, 0, 0)))
                .isEqualTo(at(MONDAY, 7, 30, 0));
        assertThat(HOURS.returnTime(new ScriptedRandom(4), ResultDelivery.POSTAL, at(MONDAY, 7, 30, 0)))
                .isEqualTo(at(MONDAY.plusDays(1), 7, 30, 0));
    }
}
