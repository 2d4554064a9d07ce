package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.filed;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dossier's public predicates asserted both ways, at their boundaries, and every refusal of an incomplete filing. */
class DossierPredicatesTest {

    private static final Set<DossierStatus> TERMINAL = EnumSet.of(DossierStatus.REFUSED_AT_RECEPTION,
            DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_RETURNED);

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void aStatusIsTerminalExactlyWhenItIsNotOpen(DossierStatus status) {
        assertThat(status.isTerminal()).isEqualTo(TERMINAL.contains(status));
        assertThat(status.isOpen()).isEqualTo(!TERMINAL.contains(status));
        assertThat(DossierStatus.fromPortalCode(status.portalCode())).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1})
    void portalCodesOutsideOneToTenAreRefused(int code) {
        assertThatThrownBy(() -> DossierStatus.fromPortalCode(code)).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.status");
            assertThat(e.text().en()).isEqualTo("Unknown dossier status code " + code + " (1–10)");
        });
        assertThat(DossierStatus.fromPortalCode(1)).isEqualTo(DossierStatus.FILED);
        assertThat(DossierStatus.fromPortalCode(10)).isEqualTo(DossierStatus.RESULT_RETURNED);
    }

    // Received at t(1) with five wall-clock days: due at t(1) + 5 days.
    private static final Instant DUE = t(1).plus(Duration.ofDays(5));

    @Test
    void anOpenDossierIsOverdueFromOneWholeMinutePastItsDueTime() {
        Dossier received = filed().receive(t(1), "officer", POLICY);
        assertThat(received.dueAt()).isEqualTo(DUE);
        assertThat(received.isOverdue(POLICY, DUE)).isFalse();
        assertThat(received.isOverdue(POLICY, DUE.plusSeconds(59))).isFalse();
        assertThat(received.isOverdue(POLICY, DUE.plusSeconds(60))).isTrue();
        assertThat(received.isOverdue(POLICY, DUE.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void aDossierNotYetReceivedIsNeverOverdue() {
        assertThat(filed().isOverdue(POLICY, DUE.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void aDossierProcessedInTimeStaysOnTimeAndOneProcessedLateStaysLate() {
        Dossier onTime = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .approve(DUE, "leader", List.of(new ResultDocument("KQ1", "Kết quả", true, null)));
        assertThat(onTime.isOverdue(POLICY, DUE.plus(Duration.ofDays(30)))).isFalse();
        Dossier late = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .approve(DUE.plus(Duration.ofHours(1)), "leader", List.of(new ResultDocument("KQ1", "Kết quả", true, null)));
        assertThat(late.isOverdue(POLICY, DUE.plus(Duration.ofHours(1)))).isTrue();
        assertThat(late.isOverdue(POLICY, DUE.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void aPendingSupplementStopsTheOverdueClock() {
        Dossier waiting = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "unit")
                .requestSupplement(t(3), "officer", "Thiếu giấy tờ");
        assertThat(waiting.isOverdue(POLICY, DUE.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void nearlyDueOnlyWhileOpenAndWithinTheThreshold() {
        WorkingDuration day = WorkingDuration.ofDays(1);
        assertThat(filed().isNearlyDue(POLICY, DUE, day)).as("not received: no due time").isFalse();
        Dossier received = filed().receive(t(1), "officer", POLICY);
        assertThat(received.isNearlyDue(POLICY, DUE.minus(Duration.ofDays(1)), day)).isTrue();
        assertThat(received.isNearlyDue(POLICY, DUE.minus(Duration.ofDays(1)).minusMillis(1), day)).isFalse();
        Dossier processed = received.startProcessing(t(2), "officer", "unit")
                .approve(t(3), "leader", List.of(new ResultDocument("KQ1", "Kết quả", true, null)));
        assertThat(processed.isNearlyDue(POLICY, DUE.minus(Duration.ofHours(1)), day)).as("processing ended")
                .isFalse();
    }

    // Incomplete filings: each missing part is named.

    private static Filing.Builder complete() {
        return Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260210-0001"))
                .procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), LocalDate.of(1995, 3, 1),
                        null, null))
                .channel(Channel.ONLINE)
                .resultDelivery(ResultDelivery.POSTAL)
                .period(ProcessingPeriod.workingDays(5))
                .at(DossierLifecycleTest.T0)
                .actor("portal");
    }

    @Test
    void aCompleteFilingIsAccepted() {
        assertThat(Dossier.file(complete().build()).status()).isEqualTo(DossierStatus.FILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "procedure", "agency", "applicant", "channel", "resultDelivery", "period", "at",
        "actor"})
    void anIncompleteFilingIsRefusedNamingWhatIsMissing(String part) {
        UnaryOperator<Filing.Builder> drop = switch (part) {
            case "code" -> b -> b.code(null);
            case "procedure" -> b -> b.procedure(null);
            case "agency" -> b -> b.agency(null);
            case "applicant" -> b -> b.applicant(null);
            case "channel" -> b -> b.channel(null);
            case "resultDelivery" -> b -> b.resultDelivery(null);
            case "period" -> b -> b.period(null);
            case "at" -> b -> b.at(null);
            default -> b -> b.actor(null);
        };
        assertThatThrownBy(() -> drop.apply(complete()).build()).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.filing-incomplete");
            assertThat(e.text().en()).isEqualTo("The filing lacks: " + part);
            assertThat(e.text().vi()).isEqualTo("Hồ sơ nộp thiếu thông tin: " + part);
        });
    }

    @Test
    void aBlankActorIsMissingAndEveryMissingPartIsNamedAtOnce() {
        assertThatThrownBy(() -> complete().actor("  ").build()).isInstanceOf(Dvc4jException.class)
                .hasMessageContaining("The filing lacks: actor");
        assertThatThrownBy(() -> Filing.builder().resultDelivery(null).build()).isInstanceOf(Dvc4jException.class)
                .hasMessageContaining("The filing lacks: code, procedure, agency, applicant, channel, resultDelivery, "
                        + "period, at, actor");
    }
}
