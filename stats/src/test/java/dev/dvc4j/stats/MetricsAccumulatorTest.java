package dev.dvc4j.stats;

import static dev.dvc4j.stats.Facts.T0;
import static dev.dvc4j.stats.Facts.days;
import static dev.dvc4j.stats.Facts.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingTimeMeasure;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.procedure.OnlineMode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsAccumulatorTest {

    private static final MeasureSettings AS_OF_DAY_30 = MeasureSettings.wallClock(days(30));

    private static Metrics metrics(MeasureSettings s, DossierFacts... facts) {
        return MetricsAccumulator.empty(s).addAll(List.of(facts)).result();
    }

    private static Metrics.OnTime onTime(MeasureSettings s, DossierFacts f) {
        return metrics(s, f).onTime();
    }

    @Test
    void seedBadgeDossiersOnlineShareFromDossierLevelFacts() {
        MetricsAccumulator acc = MetricsAccumulator.empty(AS_OF_DAY_30);
        for (int i = 0; i < 2114; i++) {
            acc.add(received().code("BADGE-" + i).channel(i < 2073 ? Channel.ONLINE : Channel.IN_PERSON).build());
        }
        Rate online = acc.result().rate(Metric.ONLINE_SHARE);
        assertThat(online.numerator()).isEqualTo(2073);
        assertThat(online.denominator()).isEqualTo(2114);
        assertThat(online.percent()).contains(new BigDecimal("98.06"));
    }

    @Test
    void earlyOnTimeAndLate() {
        DossierFacts early = received().finishedAt(days(2)).status(DossierStatus.PROCESSED).build();
        DossierFacts onTime = received().finishedAt(days(4.9)).status(DossierStatus.PROCESSED).build();
        DossierFacts exactlyDue = received().finishedAt(days(5)).status(DossierStatus.PROCESSED).build();
        DossierFacts late = received().finishedAt(days(5.01)).status(DossierStatus.RESULT_RETURNED).build();
        Metrics m = metrics(AS_OF_DAY_30, early, onTime, exactlyDue, late);
        assertThat(m.onTime()).isEqualTo(new Metrics.OnTime(4, 1, 2, 1, 0, 0, 0));
        assertThat(m.rate(Metric.ON_TIME)).isEqualTo(Rate.of(3, 4));
    }

    @Test
    void openDossiersAreMeasuredAtThePeriodEnd() {
        DossierFacts open = received().build();
        assertThat(onTime(MeasureSettings.wallClock(days(3)), open)).isEqualTo(new Metrics.OnTime(1, 0, 1, 0, 1, 0, 0));
        assertThat(onTime(MeasureSettings.wallClock(days(6)), open)).isEqualTo(new Metrics.OnTime(1, 0, 0, 1, 1, 1, 0));
        // Finished after the period end: open at the period end.
        DossierFacts finishedLater = received().finishedAt(days(7)).status(DossierStatus.PROCESSED).build();
        assertThat(onTime(MeasureSettings.wallClock(days(2)), finishedLater)).isEqualTo(new Metrics.OnTime(1, 0, 1, 0, 1, 0, 0));
        // Received after the period end: not measurable yet.
        assertThat(onTime(MeasureSettings.wallClock(T0.minusSeconds(60)), open).unmeasured()).isEqualTo(1);
    }

    @Test
    void subtractPolicyExcludesCompletedSupplementIntervals() {
        // Finished at day 7 (2 days late), but 3 days were spent waiting for the applicant.
        DossierFacts f = received().addSupplement(SupplementInterval.completed(days(1), days(4)))
                .finishedAt(days(7)).status(DossierStatus.PROCESSED).build();
        assertThat(onTime(AS_OF_DAY_30, f).rate()).isEqualTo(Rate.of(1, 1));
        // Under RESTART the clock restarts at day 4 with the full 5 days: due at day 9, finished at 7 -> in time.
        MeasureSettings restart = AS_OF_DAY_30.withSupplementClock(SupplementClock.RESTART);
        assertThat(onTime(restart, f).rate()).isEqualTo(Rate.of(1, 1));
        // Finished at day 9.5: SUBTRACT used 6.5 days of 5 -> late; RESTART used 5.5 days of 5 -> late.
        DossierFacts g = f.toBuilder().finishedAt(days(9.5)).build();
        assertThat(onTime(AS_OF_DAY_30, g).late()).isEqualTo(1);
        assertThat(onTime(restart, g).late()).isEqualTo(1);
        // Finished at day 8.5: SUBTRACT used 5.5 days -> late; RESTART used 4.5 days -> on time. The policies differ.
        DossierFacts h = f.toBuilder().finishedAt(days(8.5)).build();
        assertThat(onTime(AS_OF_DAY_30, h).late()).isEqualTo(1);
        assertThat(onTime(restart, h).late()).isZero();
    }

    @Test
    void oneOpenSupplementRequestEndsTheMeasureAtTheRequest() {
        DossierFacts f = received().addSupplement(SupplementInterval.open(days(4))).status(DossierStatus.SUPPLEMENT_REQUESTED)
                .build();
        // Measured at the request (day 4), within the 5 days, although the period ends at day 30.
        assertThat(onTime(AS_OF_DAY_30, f)).isEqualTo(new Metrics.OnTime(1, 0, 1, 0, 1, 0, 0));
        DossierFacts lateRequest = received().addSupplement(SupplementInterval.open(days(6)))
                .status(DossierStatus.SUPPLEMENT_REQUESTED).build();
        assertThat(onTime(AS_OF_DAY_30, lateRequest).late()).isEqualTo(1);
    }

    @Test
    void moreThanOneOpenRequestIsLate() {
        DossierFacts f = received().addSupplement(SupplementInterval.open(days(1)))
                .addSupplement(SupplementInterval.open(days(2))).status(DossierStatus.SUPPLEMENT_REQUESTED).build();
        assertThat(onTime(AS_OF_DAY_30, f)).isEqualTo(new Metrics.OnTime(1, 0, 0, 1, 1, 1, 0));
    }

    @Test
    void noDueTimeUsesTheLegalMaximumOrIsUnmeasured() {
        DossierFacts legal = received().dueAt(null).legalMaxMinutes(3 * 1440).finishedAt(days(2.8))
                .status(DossierStatus.PROCESSED).build();
        assertThat(onTime(AS_OF_DAY_30, legal).onTime()).isEqualTo(1);
        DossierFacts legalLate = legal.toBuilder().finishedAt(days(3.5)).build();
        assertThat(onTime(AS_OF_DAY_30, legalLate).late()).isEqualTo(1);
        DossierFacts unknown = received().dueAt(null).finishedAt(days(2)).status(DossierStatus.PROCESSED).build();
        Metrics.OnTime u = onTime(AS_OF_DAY_30, unknown);
        assertThat(u.measured()).isZero();
        assertThat(u.unmeasured()).isEqualTo(1);
        assertThat(u.rate().isApplicable()).isFalse();
    }

    @Test
    void workingTimeMeasureIsUsed() {
        // A measure counting only the first 8 hours of each day (a crude calendar) changes the verdict.
        WorkingTimeMeasure eightHours = (a, b) -> {
            long minutes = (b - a) / 60;
            return minutes / 1440 * 480 + Math.min(480, minutes % 1440);
        };
        DossierFacts f = received().finishedAt(days(3)).status(DossierStatus.PROCESSED).build();
        MeasureSettings s = AS_OF_DAY_30.withMeasure(eightHours);
        Metrics m = metrics(s, f);
        assertThat(m.averageResolutionMinutes()).contains(new BigDecimal("1440.00"));
        assertThat(m.averageResolutionDays(480)).contains(new BigDecimal("3.00"));
        // Allowed 5 * 480 = 2400 working minutes, used 1440: early by more than the 480-minute margin.
        assertThat(m.onTime().early()).isEqualTo(1);
    }

    @Test
    void averageResolutionOverProcessedAndReturnedOnly() {
        DossierFacts a = received().finishedAt(days(1)).status(DossierStatus.PROCESSED).build();
        DossierFacts b = received().finishedAt(days(2)).returnedAt(days(3)).status(DossierStatus.RESULT_RETURNED).build();
        DossierFacts withdrawn = received().finishedAt(days(4)).status(DossierStatus.WITHDRAWN).build();
        Metrics m = metrics(AS_OF_DAY_30, a, b, withdrawn);
        assertThat(m.resolved()).isEqualTo(2);
        assertThat(m.averageResolutionMinutes()).contains(new BigDecimal("2160.00"));
        assertThat(metrics(AS_OF_DAY_30).averageResolutionMinutes()).isEmpty();
    }

    @Test
    void paymentDigitisationPopulationDataAndSatisfaction() {
        DossierFacts paidPortal = received().feeBearing(true).paymentFlag(1).build();
        DossierFacts paidGateway = received().feeBearing(true).paymentFlag(2).digitised(true).build();
        DossierFacts cash = received().feeBearing(true).reused(true).vneid(true).build();
        DossierFacts free = received().populationData(true).feedback(Feedback.COMPLAINT).build();
        Metrics m = metrics(MeasureSettings.wallClock(days(1)), paidPortal, paidGateway, cash, free);
        assertThat(m.rate(Metric.ONLINE_PAYMENT)).isEqualTo(Rate.of(2, 3));
        assertThat(m.paidOnNationalPortal()).isEqualTo(1);
        assertThat(m.paidOnOwnGateway()).isEqualTo(1);
        assertThat(m.rate(Metric.DIGITISED)).isEqualTo(Rate.of(1, 4));
        assertThat(m.rate(Metric.REUSE)).isEqualTo(Rate.of(1, 4));
        assertThat(m.rate(Metric.POPULATION_DATA)).isEqualTo(Rate.of(2, 4));
        assertThat(m.vneid()).isEqualTo(1);
        // All four open and on time at day 1; one complaint: satisfaction = 100% - (0% + 25%).
        assertThat(m.rate(Metric.SATISFACTION)).isEqualTo(Rate.of(3, 4));
    }

    @Test
    void electronicResultsPostalUsageAndLevels() {
        DossierFacts e = received().channel(Channel.ONLINE).legacyLevel(4).electronicResult(true).finishedAt(days(1))
                .status(DossierStatus.PROCESSED).build();
        DossierFacts paper = received().legacyLevel(4).finishedAt(days(1)).status(DossierStatus.RESULT_RETURNED)
                .resultDelivery(ResultDelivery.POSTAL).build();
        DossierFacts postal = received().channel(Channel.POSTAL).build();
        DossierFacts notReceived = received().receivedAt(null).status(DossierStatus.FILED).build();
        DossierFacts refused = received().status(DossierStatus.REFUSED_AT_RECEPTION).build();
        Metrics m = metrics(AS_OF_DAY_30, e, paper, postal, notReceived, refused);
        assertThat(m.total()).isEqualTo(5);
        assertThat(m.received()).isEqualTo(3);
        assertThat(m.withStatus(DossierStatus.FILED)).isEqualTo(1);
        assertThat(m.rate(Metric.ELECTRONIC_RESULT)).isEqualTo(Rate.of(1, 2));
        assertThat(m.rate(Metric.POSTAL_SHARE)).isEqualTo(Rate.of(2, 3));
        assertThat(m.rate(Metric.ONLINE_SHARE_LEVEL_4)).isEqualTo(Rate.of(1, 2));
        assertThat(m.rate(Metric.ONLINE_SHARE_LEVEL_3)).isEqualTo(Rate.of(0, 1));
        assertThat(m.rate(Metric.ONLINE_SHARE_FULL)).isEqualTo(Rate.of(1, 2));
        assertThat(m.rate(Metric.SERVICE_AVAILABILITY).isApplicable()).isFalse();
    }

    @Test
    void mergingDifferentSettingsIsRefusedAndChangesNothing() {
        MetricsAccumulator a = MetricsAccumulator.empty(AS_OF_DAY_30);
        a.add(received().build());
        Metrics before = a.result();
        MetricsAccumulator b = MetricsAccumulator.empty(MeasureSettings.wallClock(days(2)));
        b.add(received().build());
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(StatsException.class)
                .extracting(e -> ((StatsException) e).code()).isEqualTo("stats.merge.settings");
        assertThat(a.result()).isEqualTo(before);
    }

    @Test
    void factsValidation() {
        assertThatThrownBy(() -> received().receivedAt(T0.minusSeconds(1)).build())
                .isInstanceOf(StatsException.class).hasMessageContaining("before the filing time");
        assertThatThrownBy(() -> received().legacyLevel(5).build()).hasMessageContaining("Service level 5");
        assertThatThrownBy(() -> received().paymentFlag(3).build()).hasMessageContaining("payment flag 3");
        assertThatThrownBy(() -> received().channel(null).build()).hasMessageContaining("channel is missing");
        assertThatThrownBy(() -> received().addSupplementEpochSeconds(days(2).getEpochSecond(), days(1).getEpochSecond())
                .build()).hasMessageContaining("before it was requested");
        assertThatThrownBy(() -> SupplementInterval.completed(days(2), days(1))).isInstanceOf(StatsException.class);
        DossierFacts f = received().addSupplement(SupplementInterval.completed(days(1), days(2))).build();
        assertThat(f.supplements()).containsExactly(SupplementInterval.completed(days(1), days(2)));
        assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
        assertThat(f.onlineMode()).isEqualTo(OnlineMode.PARTIAL);
    }
}
