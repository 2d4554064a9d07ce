package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.IllegalTransitionException;
import dev.dvc4j.core.dossier.Organisation;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierScenarioTest {

    @Test
    void aFullOnlineHistoryWithTheAutoAdvancingClock() {
        Dossier d = DossierScenario.online("1.002859")
                .filedAt("2026-02-10T09:00")
                .received()
                .processing()
                .approved()
                .returned()
                .dossier();
        assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(d.channel()).isEqualTo(Channel.ONLINE);
        assertThat(d.returnedBy()).contains(ResultDelivery.ONLINE);
        assertThat(d.filedAt()).isEqualTo(Instant.parse("2026-02-10T02:00:00Z"));
        assertThat(d.receivedAt()).isEqualTo(Instant.parse("2026-02-10T03:00:00Z"));
        assertThat(d.returnedAt()).isEqualTo(Instant.parse("2026-02-10T06:00:00Z"));
        assertThat(d.code().toString()).isEqualTo("000.00.21.H42-260210-0001");
        assertThat(d.verifyHistory().intact()).isTrue();
        assertThat(Dossier.replay(d.events())).isEqualTo(d);
    }

    @Test
    void explicitTimesAndSupplementsMoveTheDueDateUnderTheRestartPolicy() {
        DossierScenario s = DossierScenario.inPerson("1.002804").period("5d")
                .filedAt("2026-02-10T09:00")
                .received("2026-02-10T09:10")
                .processing()
                .supplementRequested("2026-02-11T08:00")
                .supplemented("2026-02-13T08:00");
        Dossier d = s.dossier();
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        // Working time, the clock restarting at the complete supplement: 5 working days after Friday 13 Feb 08:00,
        // skipping the Tết break (14-22 Feb 2026), is Friday 27 Feb 08:00.
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-27T01:00:00Z"));
        assertThat(d.supplements()).hasSize(1);
        assertThat(s.now()).isEqualTo(Instant.parse("2026-02-13T01:00:00Z"));
    }

    @Test
    void subtractPolicyFeesPaymentsAndGaps() {
        Dossier d = DossierScenario.postal("1.009972").policy(new SimpleDeadlinePolicy(SupplementClock.SUBTRACT))
                .fee(75_000).step(Duration.ofMinutes(30))
                .received()
                .paid()
                .processing()
                .paymentRequested(500_000)
                .after(Duration.ofDays(1))
                .paid()
                .rejected("Không đủ điều kiện")
                .dossier();
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(d.totalFees()).isEqualTo(Vnd.of(575_000));
        assertThat(d.outstanding()).isEqualTo(Vnd.ZERO);
        assertThat(d.onlinePaymentFlag()).hasValue(1);
        assertThat(d.reasons()).containsExactly("Không đủ điều kiện");
        assertThat(d.resultDelivery()).isEqualTo(ResultDelivery.POSTAL);
    }

    @Test
    void sideExitsAndApologies() {
        assertThat(DossierScenario.online("1.001193").refused().dossier().status()).isEqualTo(DossierStatus.REFUSED_AT_RECEPTION);
        assertThat(DossierScenario.online("1.001193").received().withdrawn().dossier().status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(DossierScenario.online("1.001193").received().processing().stopped().dossier().status()).isEqualTo(DossierStatus.STOPPED);
        Dossier late = DossierScenario.online("1.001193").received().processing().apologised("2026-03-02T17:00").dossier();
        assertThat(late.dueAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(late.apologies()).hasSize(1);
    }

    @Test
    void illegalStepsThrowAndLeaveTheScenarioAsItWas() {
        DossierScenario s = DossierScenario.online("1.002859").received();
        Dossier before = s.dossier();
        assertThatThrownBy(s::returned).isInstanceOf(IllegalTransitionException.class);
        assertThat(s.dossier()).isEqualTo(before);
        assertThatThrownBy(() -> s.agency("000.00.21.H38")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already filed");
        assertThatThrownBy(() -> DossierScenario.online("1.002859").filedAt("10/02/2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10/02/2026");
        assertThatThrownBy(() -> DossierScenario.online("1.002859").step(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultPolicyCountsWorkingTimeOnTheNationalCalendar() {
        // Received Tuesday 10 Feb 10:00, 5 working days: 11, 12, 13, then Tết until the 22nd, then 23 and 24.
        Dossier d = DossierScenario.online("1.002859").received().dossier();
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-24T03:00:00Z"));
        Dossier wall = DossierScenario.online("1.002859").policy(new SimpleDeadlinePolicy(SupplementClock.RESTART)).received().dossier();
        assertThat(wall.dueAt()).isEqualTo(Instant.parse("2026-02-15T03:00:00Z"));
    }

    @Test
    void anUnfiledScenarioFilesOnDemandWithDefaults() {
        Dossier d = DossierScenario.online("1.002859").dossier();
        assertThat(d.status()).isEqualTo(DossierStatus.FILED);
        assertThat(d.filedAt()).isEqualTo(DossierScenario.DEFAULT_FILED_AT);
        assertThat(d.applicant().toString()).doesNotContain("042095001234");
    }

    @Test
    void filingDetailsSetBeforeTheFirstStepAreTheDossiersAndRefusedAfterIt() {
        Organisation company = new Organisation("Công ty thử", TaxCode.parse("0314409058"), null, null, null);
        DossierScenario s = DossierScenario.online("1.002859").agency("000.00.21.H38").sequence(42).applicant(company)
                .resultBy(ResultDelivery.POSTAL);
        Dossier d = s.dossier();
        assertThat(d.agency()).isEqualTo(AgencyCode.parse("000.00.21.H38"));
        assertThat(d.code().sequence()).isEqualTo(42);
        assertThat(d.applicant()).isEqualTo(company);
        assertThat(d.resultDelivery()).isEqualTo(ResultDelivery.POSTAL);
        assertThatThrownBy(() -> s.sequence(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already filed");
        assertThatThrownBy(() -> s.applicant(company)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already filed");
        assertThatThrownBy(() -> s.resultBy(ResultDelivery.COUNTER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already filed");
        assertThatThrownBy(() -> s.fee(1_000)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already filed");
        assertThatThrownBy(() -> s.period("2d")).isInstanceOf(IllegalStateException.class).hasMessageContaining("already filed");
        assertThatThrownBy(() -> s.filedAt("2026-03-02T08:00")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already filed");
    }

    @Test
    void feesAreNumberedInOrderAndTheFilingNamesItsChannelsActor() {
        Dossier counter = DossierScenario.inPerson("1.002804").fee(75_000).fee(25_000).dossier();
        assertThat(counter.fees()).extracting(f -> f.code()).containsExactly("LP1", "LP2");
        assertThat(counter.vneidAuthenticated()).isFalse();
        assertThat(counter.events().get(0).actor()).isEqualTo("one-stop");
        Dossier online = DossierScenario.online("1.002804").dossier();
        assertThat(online.vneidAuthenticated()).isTrue();
        assertThat(online.events().get(0).actor()).isEqualTo("portal");
    }

    @Test
    void timesAsInstantsWithAnOffsetAndTheAutoAdvancingSupplementAndApproval() {
        DossierScenario s = DossierScenario.online("1.002859").filedAt("2026-03-02T08:00+07:00").received()
                .processing().supplementRequested().supplemented().approved("2026-03-04T09:00");
        Dossier d = s.dossier();
        assertThat(d.filedAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(d.supplements()).singleElement().satisfies(sup -> assertThat(sup.completedAt()).isNotNull());
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(d.processingEndedAt()).isEqualTo(Instant.parse("2026-03-04T02:00:00Z"));
        assertThat(d.results()).singleElement().satisfies(r -> assertThat(r.electronic()).isTrue());
    }
}
