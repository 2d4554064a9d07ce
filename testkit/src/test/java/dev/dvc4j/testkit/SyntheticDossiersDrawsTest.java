package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.Apology;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.money.Vnd;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What {@link SyntheticDossiers} promises beyond its headline proportions: how procedure profiles are validated, that
 * the working days given are the ones used, how daily sequence numbers are kept in constant memory, and the shares of
 * the draws that shape each history (document flags, payments, supplements answered, apologies).
 */
class SyntheticDossiersDrawsTest {

    private static SyntheticDossiers.Procedure birth(int weight, int online, int postal) {
        return SyntheticDossiersDistributionTest.procedure("9.990001", weight, online, postal);
    }

    @Test
    void aProcedureNeedsAPositiveWeightAndChannelSharesOfAtMostOneHundredPercent() {
        assertThat(birth(1, 0, 0).weight()).isEqualTo(1);
        assertThat(birth(1, 100, 0).onlinePercent()).isEqualTo(100);
        assertThat(birth(1, 0, 100).postalPercent()).isEqualTo(100);
        assertThat(birth(1, 60, 40).onlinePercent()).isEqualTo(60);
        for (int[] bad : new int[][] {{0, 50, 0}, {1, -1, 0}, {1, 0, -1}, {1, 61, 40}, {1, 60, 50}}) {
            assertThatThrownBy(() -> birth(bad[0], bad[1], bad[2])).as("weight %d, online %d, postal %d", bad[0], bad[1], bad[2])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weight must be positive and channel percentages add up to at most 100");
        }
    }

    @Test
    void counterFilingsFallOnTheWorkingDaysGivenNotTheNationalOnes() {
        LocalDate from = LocalDate.of(2025, 3, 3);
        List<LocalDate> counterDays = SyntheticDossiers.builder().seed(12).period(from, from.plusDays(27))
                .workingDays(d -> d.getDayOfWeek() != DayOfWeek.WEDNESDAY).build().stream(1_000)
                .filter(d -> d.channel() == Channel.IN_PERSON).map(d -> d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate()).toList();
        Set<DayOfWeek> weekdays = counterDays.stream().map(LocalDate::getDayOfWeek)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        // Saturdays and Sundays are working days here; Wednesdays, a national working day, are not.
        assertThat(weekdays).contains(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).doesNotContain(DayOfWeek.WEDNESDAY);
    }

    @Test
    void dailySequencesCountPerAgencyAndDayAndForgetTheDaysBeforeTheIndexDay() {
        AgencyCode a = AgencyCode.parse("000.00.21.H42");
        AgencyCode b = AgencyCode.parse("000.23.30.H42");
        LocalDate monday = LocalDate.of(2025, 3, 3);
        SyntheticDossiers.DailySequences s = new SyntheticDossiers.DailySequences();
        s.moveTo(monday);
        assertThat(s.next(a, monday)).isEqualTo(1);
        assertThat(s.next(a, monday)).isEqualTo(2);
        assertThat(s.next(b, monday)).isEqualTo(1);
        assertThat(s.next(a, monday.plusDays(1))).isEqualTo(1);
        assertThat(s.size()).isEqualTo(3);
        s.moveTo(monday);
        assertThat(s.size()).as("the same index day forgets nothing").isEqualTo(3);
        s.moveTo(monday.plusDays(1));
        assertThat(s.size()).as("Monday's two counters forgotten, Tuesday's kept").isEqualTo(1);
        assertThat(s.next(a, monday.plusDays(1))).isEqualTo(2);
        for (int i = 3; i <= 9_999; i++) {
            s.next(a, monday.plusDays(1));
        }
        assertThat(s.next(a, monday.plusDays(1))).as("round again after 9999").isEqualTo(1);
    }

    @Test
    void aYearLongStreamHoldsTheCountersOfAFewDaysOnly() {
        SyntheticDossiers.DailySequences s = new SyntheticDossiers.DailySequences();
        int[] most = {0};
        SyntheticDossiers.builder().seed(13).build().stream(3_000, s).forEach(d -> most[0] = Math.max(most[0], s.size()));
        // seven agencies, and filings of an index day at most a few days later (past a weekend or a holiday)
        assertThat(most[0]).isPositive().isLessThanOrEqualTo(7 * 12);
        assertThat(s.size()).isLessThanOrEqualTo(7 * 12);
    }

    private static double share(long part, long whole) {
        return SyntheticDossiersDistributionTest.share(part, whole);
    }

    @Test
    void documentsFiledAtTheCounterAreDigitisedSixtyInAHundredReusedThirtyAndFromTheNationalStoreTen() {
        long offline = 0;
        long digitised = 0;
        long all = 0;
        long reused = 0;
        long fromStore = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(14).build().stream(3_000).toList()) {
            for (SubmittedDocument doc : d.documents()) {
                if (doc.componentCode().equals("TP9")) {
                    continue;
                }
                all++;
                reused += doc.reused() ? 1 : 0;
                fromStore += doc.fromNationalStore() ? 1 : 0;
                if (d.channel() != Channel.ONLINE) {
                    offline++;
                    digitised += doc.digitised() ? 1 : 0;
                }
            }
        }
        assertThat(share(digitised, offline)).isBetween(55.0, 65.0);
        assertThat(share(reused, all)).isBetween(27.0, 33.0);
        assertThat(share(fromStore, all)).isBetween(8.0, 12.0);
    }

    @Test
    void feesPaidOnlineAtFilingGoThroughTheOwnGatewayForFifteenInNinety() {
        // Criminal record certificates: a fee, 85% filed online.
        SyntheticDossiers.Procedure records = SyntheticDossiers.PROCEDURES.get(5);
        assertThat(records.fee()).isEqualTo(Vnd.of(200_000));
        long paidOnline = 0;
        long ownGateway = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(15).procedures(List.of(records)).build().stream(3_000).toList()) {
            if (d.channel() == Channel.ONLINE && !d.payments().isEmpty() && d.payments().get(0).method() != PaymentMethod.CASH) {
                paidOnline++;
                ownGateway += d.payments().get(0).method() == PaymentMethod.OWN_GATEWAY ? 1 : 0;
            }
        }
        // 75% through the national portal, then 60% of the rest (15%) through the agency's own gateway
        assertThat(share(ownGateway, paidOnline)).isBetween(14.0, 19.5);
    }

    @Test
    void landObligationsArePaidOnTheNationalPortalFiftyFiveInAHundredAndAnsweredSupplementsGoOnToADecision() {
        SyntheticDossiers.Procedure land = SyntheticDossiers.PROCEDURES.get(8);
        assertThat(land.code().national()).isEqualTo("9.910007");
        long obligationsPaid = 0;
        long onPortal = 0;
        long answered = 0;
        long answeredDecided = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(16).procedures(List.of(land)).build().stream(3_000).toList()) {
            for (var pay : d.payments()) {
                if (pay.reference() != null && pay.reference().startsWith("NV")) {
                    obligationsPaid++;
                    onPortal += pay.method() == PaymentMethod.NATIONAL_PORTAL ? 1 : 0;
                }
            }
            if (!d.supplements().isEmpty() && !d.hasOpenSupplement()) {
                answered++;
                answeredDecided += d.processingEndedAt() != null ? 1 : 0;
            }
        }
        assertThat(share(onPortal, obligationsPaid)).isBetween(51.0, 59.0);
        assertThat(share(answeredDecided, answered)).isGreaterThan(80.0);
    }

    @Test
    void sixtyInAHundredDossiersThatWillEndLateApologiseTheDayBeforeTheyAreDue() {
        // Procedures of ten working days or more, so the day before the due date almost always comes after processing
        // started.
        List<SyntheticDossiers.Procedure> tenDaysOrMore = SyntheticDossiers.PROCEDURES.stream()
                .filter(p -> List.of("9.910004", "9.910005", "9.910007").contains(p.code().national())).toList();
        assertThat(tenDaysOrMore).hasSize(3);
        long late = 0;
        long apologised = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(17).procedures(tenDaysOrMore).build().stream(6_000).toList()) {
            List<Apology> apologies = d.apologies();
            if (d.processingEndedAt() != null && d.dueAt() != null
                    && d.processingEndedAt().isAfter(apologies.isEmpty() ? d.dueAt() : apologies.get(0).previousDue())) {
                late++;
                apologised += apologies.isEmpty() ? 0 : 1;
            }
        }
        assertThat(share(apologised, late)).isBetween(48.0, 62.0);
    }
}
