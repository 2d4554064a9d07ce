package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link SyntheticDossiers} promises of its distributions and settings: each procedure's share follows its
 * weight, online filing grows from 80% to 120% of a procedure's online share (never past what the postal share
 * leaves, not at all from 90%), nothing after the observation instant, due dates by the chosen policy, and daily
 * sequence numbers per agency.
 */
class SyntheticDossiersDistributionTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    /** Birth registration (no fee, citizens) under another code, weight and channel mix. */
    private static SyntheticDossiers.Procedure procedure(String code, int weight, int online, int postal) {
        SyntheticDossiers.Procedure p = SyntheticDossiers.PROCEDURES.get(2);
        return new SyntheticDossiers.Procedure(ProcedureCode.parse(code), p.name(), p.sector(), p.agency(), p.period(),
                weight, online, postal, p.fee(), p.organisations());
    }

    private static List<Dossier> dossiers(long seed, int count, SyntheticDossiers.Procedure... procedures) {
        return SyntheticDossiers.builder().seed(seed).period(FROM, TO).procedures(List.of(procedures)).build()
                .stream(count).toList();
    }

    private static double percent(List<Dossier> ds, Channel channel) {
        return 100.0 * ds.stream().filter(d -> d.channel() == channel).count() / ds.size();
    }

    @Test
    void eachProcedureGetsTheShareOfItsWeight() {
        List<Dossier> ds = dossiers(1, 2_000, procedure("9.990001", 1, 50, 0), procedure("9.990002", 3, 50, 0));
        long first = ds.stream().filter(d -> d.procedure().national().equals("9.990001")).count();
        assertThat(100.0 * first / ds.size()).isBetween(20.0, 30.0);
    }

    @Test
    void onlineFilingGrowsFromEightyToOneHundredAndTwentyPercentOfTheProceduresShare() {
        List<Dossier> ds = dossiers(2, 2_000, procedure("9.990001", 1, 50, 0));
        // The first fifth of the year: 80% to 88% of 50; the last fifth: 112% to 120% of 50.
        assertThat(percent(ds.subList(0, 400), Channel.ONLINE)).isBetween(34.0, 50.0);
        assertThat(percent(ds.subList(1_600, 2_000), Channel.ONLINE)).isBetween(50.0, 66.0);
    }

    @Test
    void fromNinetyPercentOnlineTheShareIsAlreadySaturatedAndDoesNotGrow() {
        List<Dossier> ds = dossiers(3, 2_000, procedure("9.990001", 1, 90, 10));
        for (List<Dossier> fifth : List.of(ds.subList(0, 400), ds.subList(1_600, 2_000))) {
            assertThat(percent(fifth, Channel.ONLINE)).isBetween(85.0, 95.0);
            assertThat(percent(fifth, Channel.POSTAL)).isBetween(5.0, 15.0);
            assertThat(percent(fifth, Channel.IN_PERSON)).isZero();
        }
    }

    @Test
    void onlineGrowthNeverTakesThePostalShare() {
        List<Dossier> ds = dossiers(4, 2_000, procedure("9.990001", 1, 80, 20));
        // At the start 64% online, 20% postal and the rest at the counter; from mid-year online is capped at 80%.
        assertThat(percent(ds.subList(0, 400), Channel.IN_PERSON)).isBetween(8.0, 24.0);
        List<Dossier> secondHalf = ds.subList(1_000, 2_000);
        assertThat(percent(secondHalf, Channel.IN_PERSON)).isZero();
        assertThat(percent(secondHalf, Channel.POSTAL)).isBetween(16.0, 24.0);
    }

    @Test
    void nothingHappensAfterTheObservationInstantAndTheDefaultIsTheDayAfterThePeriod() {
        assertThat(SyntheticDossiers.builder().build().asOf()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        Instant asOf = Instant.parse("2025-06-15T03:00:00Z");
        SyntheticDossiers gen = SyntheticDossiers.builder().seed(5).period(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))
                .asOf(asOf).build();
        assertThat(gen.asOf()).isEqualTo(asOf);
        int open = 0;
        for (Dossier d : gen.stream(600).toList()) {
            // Filing is the one event generated regardless: a dossier filed later stays as filed.
            for (DossierEvent e : d.events().subList(1, d.events().size())) {
                assertThat(e.at()).as("%s of %s", e, d.code()).isBefore(asOf);
            }
            open += d.filedAt().isBefore(asOf) && !d.status().isTerminal() ? 1 : 0;
        }
        assertThat(open).isPositive();
    }

    @Test
    void dueDatesFollowTheChosenPolicy() {
        SimpleDeadlinePolicy wall = new SimpleDeadlinePolicy(SupplementClock.RESTART);
        CalendarDeadlinePolicy working = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);
        int differ = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(6).policy(wall).build().stream(300).toList()) {
            if (d.receivedAt() != null) {
                assertThat(d.originalDueAt()).isEqualTo(wall.dueAt(d.receivedAt(), d.period()));
                differ += working.dueAt(d.receivedAt(), d.period()).equals(d.originalDueAt()) ? 0 : 1;
            }
        }
        assertThat(differ).isPositive();
    }

    @Test
    void sequenceNumbersCountFromOnePerAgencyAndFilingDay() {
        Map<String, Integer> last = new HashMap<>();
        for (Dossier d : SyntheticDossiers.builder().seed(7).period(FROM, FROM.plusDays(9)).build().stream(1_000).toList()) {
            String agencyDay = d.agency() + " " + d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate();
            int expected = last.merge(agencyDay, 1, Integer::sum);
            assertThat(d.code().sequence()).as("%s", agencyDay).isEqualTo(expected);
        }
        assertThat(last.values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));
        // One dossier alone takes the sequence given, wrapped into 1 to 9999.
        SyntheticDossiers gen = SyntheticDossiers.builder().seed(7).build();
        assertThat(gen.dossier(3, 10_000, 100).code().sequence()).isEqualTo(1);
        assertThat(gen.dossier(3, 0, 100).code().sequence()).isEqualTo(9_999);
        assertThat(gen.dossier(3, 9_999, 100).code().sequence()).isEqualTo(9_999);
        assertThat(gen.dossier(3, 1, 100)).isEqualTo(gen.dossier(3, 1, 100));
        assertThat(gen.procedure(gen.dossier(3, 1, 100).procedure())).isIn(SyntheticDossiers.PROCEDURES);
        assertThat(gen.procedure(ProcedureCode.parse("1.000001"))).isNull();
    }
}
