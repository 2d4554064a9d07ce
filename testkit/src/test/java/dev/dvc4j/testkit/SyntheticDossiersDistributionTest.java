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
import dev.dvc4j.core.dossier.DossierStatus;
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
    static SyntheticDossiers.Procedure procedure(String code, int weight, int online, int postal) {
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

    static double share(long part, long whole) {
        assertThat(whole).as("a share of nothing").isPositive();
        return 100.0 * part / whole;
    }

    /**
     * One pass over a year of the default province checks every step of a history against what the generator draws:
     * who acts and when, documents, fees and payments, supplements, financial obligations, apologies, outcomes and
     * the return of results.
     */
    @Test
    void eachStepOfAHistoryLooksLikeTheSeeds() {
        WorkingCalendar national = WorkingCalendar.vietnam();
        java.util.Set<String> digests = new java.util.HashSet<>();
        long online = 0;
        long vneid = 0;
        long onlinePaidAtFiling = 0;
        long ownGateway = 0;
        long organisationProcedure = 0;
        long organisations = 0;
        long citizens = 0;
        long fromHaTinh = 0;
        long supplementRequested = 0;
        long withdrawnAfterRequest = 0;
        long openRequest = 0;
        long landProcessing = 0;
        long landObligations = 0;
        java.util.Set<dev.dvc4j.core.money.Vnd> obligationAmounts = new java.util.HashSet<>();
        long obligationsPaid = 0;
        long obligationsOnline = 0;
        long decided = 0;
        long rejected = 0;
        long stopped = 0;
        long approvedNotElectronicDelivery = 0;
        long electronicResults = 0;
        long returned = 0;
        for (Dossier d : SyntheticDossiers.builder().seed(9).build().stream(3_000).toList()) {
            SyntheticDossiers.Procedure p = SyntheticDossiers.PROCEDURES.stream()
                    .filter(x -> x.code().equals(d.procedure())).findFirst().orElseThrow();
            boolean isOnline = d.channel() == Channel.ONLINE;
            online += isOnline ? 1 : 0;
            vneid += d.vneidAuthenticated() ? 1 : 0;
            assertThat(!d.vneidAuthenticated() || isOnline).as("VNeID only online: %s", d.code()).isTrue();
            assertThat(d.events().get(0).actor()).isEqualTo(isOnline ? "portal" : "one-stop");
            // One to three documents filed, the application first; online ones are all digitised. A supplement
            // adds TP9.
            List<dev.dvc4j.core.dossier.SubmittedDocument> filed = d.documents().stream()
                    .filter(doc -> !doc.componentCode().equals("TP9")).toList();
            assertThat(filed).hasSizeBetween(1, 3);
            for (int k = 0; k < filed.size(); k++) {
                dev.dvc4j.core.dossier.SubmittedDocument doc = filed.get(k);
                assertThat(doc.componentCode()).isEqualTo("TP" + (k + 1));
                assertThat(doc.name()).isEqualTo(k == 0 ? "Đơn đề nghị" : "Giấy tờ kèm theo " + k);
                assertThat(doc.digitised() || !isOnline).isTrue();
                assertThat(digests.add(doc.sha256())).as("a fresh digest %s", doc.sha256()).isTrue();
            }
            // The procedure's fee, paid online at filing or in cash at reception.
            assertThat(d.fees().stream().filter(f -> f.code().equals("LP1")).map(f -> f.amount()).toList())
                    .isEqualTo(p.fee().isPositive() ? List.of(p.fee()) : List.of());
            if (p.fee().isPositive() && !d.payments().isEmpty()) {
                dev.dvc4j.core.dossier.PaymentMethod first = d.payments().get(0).method();
                if (!isOnline) {
                    assertThat(first).isEqualTo(dev.dvc4j.core.dossier.PaymentMethod.CASH);
                } else if (first != dev.dvc4j.core.dossier.PaymentMethod.CASH) {
                    onlinePaidAtFiling++;
                    ownGateway += first == dev.dvc4j.core.dossier.PaymentMethod.OWN_GATEWAY ? 1 : 0;
                }
            }
            if (p.organisations()) {
                organisationProcedure++;
                organisations += d.applicant() instanceof dev.dvc4j.core.dossier.Organisation ? 1 : 0;
            } else {
                assertThat(d.applicant()).isInstanceOf(dev.dvc4j.core.dossier.Citizen.class);
            }
            if (d.applicant() instanceof dev.dvc4j.core.dossier.Citizen c) {
                citizens++;
                fromHaTinh += c.personalId().placeCode().equals("042") ? 1 : 0;
                if (c.personalId().sex() == dev.dvc4j.core.id.Sex.FEMALE) {
                    assertThat(c.fullName().split(" ")[1]).as("a woman's middle name: %s", c).isEqualTo("Thị");
                }
            }
            for (DossierEvent e : d.events()) {
                if (e.actor().startsWith("officer")) {
                    assertThat(e.actor()).matches("officer-([1-9]|1[0-2])");
                }
                if (e instanceof dev.dvc4j.core.dossier.ProcessingStarted
                        || e instanceof dev.dvc4j.core.dossier.SupplementRequested
                        || e instanceof dev.dvc4j.core.dossier.ObligationRequested
                        || e instanceof dev.dvc4j.core.dossier.Processed) {
                    java.time.ZonedDateTime at = e.at().atZone(Dvc4j.VIETNAM);
                    assertThat(national.isWorkingDay(at.toLocalDate())).as("%s on a working day", e).isTrue();
                    java.time.LocalTime time = at.toLocalTime();
                    assertThat(!time.isBefore(java.time.LocalTime.of(7, 30)) && time.isBefore(java.time.LocalTime.of(11, 30))
                            || !time.isBefore(java.time.LocalTime.of(13, 0)) && time.isBefore(java.time.LocalTime.of(17, 0)))
                            .as("%s in office hours", e).isTrue();
                }
            }
            if (!d.supplements().isEmpty()) {
                supplementRequested++;
                withdrawnAfterRequest += d.status() == DossierStatus.WITHDRAWN ? 1 : 0;
                openRequest += d.hasOpenSupplement() ? 1 : 0;
            }
            boolean processing = d.events().stream().anyMatch(e -> e instanceof dev.dvc4j.core.dossier.ProcessingStarted);
            List<dev.dvc4j.core.dossier.Fee> obligations = d.fees().stream().filter(f -> f.code().equals("NV1")).toList();
            if (p.code().national().equals("9.910007")) {
                landProcessing += processing && d.supplements().isEmpty() ? 1 : 0;
                landObligations += obligations.isEmpty() || !d.supplements().isEmpty() ? 0 : 1;
                for (dev.dvc4j.core.dossier.Fee f : obligations) {
                    obligationAmounts.add(f.amount());
                    assertThat(f.amount().dong() % 10_000).isZero();
                    assertThat(f.amount().dong()).isBetween(500_000L, 5_490_000L);
                }
                for (dev.dvc4j.core.dossier.Payment pay : d.payments()) {
                    if (pay.reference() != null && pay.reference().startsWith("NV")) {
                        obligationsPaid++;
                        obligationsOnline += pay.method() == dev.dvc4j.core.dossier.PaymentMethod.NATIONAL_PORTAL ? 1 : 0;
                    }
                }
            } else {
                assertThat(obligations).isEmpty();
            }
            // Apologies only for dossiers that end late (or not yet at the end of the period), before they are due.
            for (dev.dvc4j.core.dossier.Apology a : d.apologies()) {
                assertThat(a.at()).isBefore(a.previousDue());
                Instant ended = d.processingEndedAt() != null ? d.processingEndedAt() : Instant.parse("2026-01-01T00:00:00Z");
                assertThat(ended).as("apologised for %s", d.code()).isAfter(a.previousDue());
            }
            if (d.processingEndedAt() != null) {
                decided++;
                rejected += d.status() == DossierStatus.PROCESSED || d.status() == DossierStatus.RESULT_RETURNED
                        ? (d.results().isEmpty() ? 1 : 0) : 0;
                stopped += d.status() == DossierStatus.STOPPED ? 1 : 0;
                returned += d.status() == DossierStatus.RESULT_RETURNED ? 1 : 0;
                for (dev.dvc4j.core.dossier.ResultDocument result : d.results()) {
                    assertThat(result.electronic() || d.resultDelivery() != dev.dvc4j.core.dossier.ResultDelivery.ONLINE).isTrue();
                    assertThat(result.sha256() != null).isEqualTo(result.electronic());
                    if (d.resultDelivery() != dev.dvc4j.core.dossier.ResultDelivery.ONLINE) {
                        approvedNotElectronicDelivery++;
                        electronicResults += result.electronic() ? 1 : 0;
                    }
                }
            }
            if (d.status() == DossierStatus.RESULT_RETURNED) {
                DossierEvent back = d.events().get(d.events().size() - 1);
                assertThat(back.actor().startsWith("officer-"))
                        .isEqualTo(d.resultDelivery() == dev.dvc4j.core.dossier.ResultDelivery.COUNTER);
            }
        }
        assertThat(share(vneid, online)).isBetween(60.0, 80.0);
        assertThat(share(ownGateway, onlinePaidAtFiling)).isBetween(5.0, 30.0);
        assertThat(share(organisations, organisationProcedure)).isBetween(60.0, 80.0);
        assertThat(share(fromHaTinh, citizens)).isBetween(78.0, 92.0);
        assertThat(share(withdrawnAfterRequest, supplementRequested)).isBetween(0.5, 15.0);
        assertThat(share(openRequest, supplementRequested)).isBetween(1.0, 20.0);
        assertThat(share(landObligations, landProcessing)).isBetween(45.0, 75.0);
        assertThat(obligationAmounts).hasSizeGreaterThan(10);
        assertThat(share(obligationsOnline, obligationsPaid)).isBetween(40.0, 70.0);
        assertThat(share(rejected, decided)).isBetween(1.0, 5.0);
        assertThat(stopped).isLessThan(decided / 50);
        assertThat(share(electronicResults, approvedNotElectronicDelivery)).isBetween(55.0, 75.0);
        assertThat(share(returned, decided)).isBetween(85.0, 99.0);
    }
}
