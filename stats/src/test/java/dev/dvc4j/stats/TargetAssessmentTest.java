package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A target's assessment at its edges: met exactly at the threshold and not one below it (rates and counts), the
 * pace window's first and last days in and the days either side out, an unknown outlook without data, a pace that can
 * never reach the target, the 100-year horizon on both sides, and the deadline on both sides.
 */
class TargetAssessmentTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final MeasureSettings SETTINGS = MeasureSettings.of(Instant.parse("2026-04-01T00:00:00Z"));

    /** The metrics of {@code online} online dossiers among {@code received}, all received. */
    static Metrics metrics(int online, int received) {
        MetricsAccumulator acc = MetricsAccumulator.empty(SETTINGS);
        for (int i = 0; i < received; i++) {
            acc.add(Facts.received().channel(i < online ? Channel.ONLINE : Channel.IN_PERSON).build());
        }
        Metrics m = acc.result();
        assertThat(m.rate(Metric.ONLINE_SHARE)).isEqualTo(Rate.of(online, received));
        return m;
    }

    static SortedMap<GroupKey, Metrics> days(Object... dayOnlineReceived) {
        SortedMap<GroupKey, Metrics> daily = new TreeMap<>();
        for (int i = 0; i < dayOnlineReceived.length; i += 3) {
            daily.put(GroupKey.of(dayOnlineReceived[i].toString()),
                    metrics((Integer) dayOnlineReceived[i + 1], (Integer) dayOnlineReceived[i + 2]));
        }
        return daily;
    }

    static Target rate(String percent) {
        return Target.rate("t", Metric.ONLINE_SHARE, new BigDecimal(percent), null);
    }

    @Test
    void aRateIsMetAtItsThresholdExactlyAndNotOneDossierBelow() {
        TargetAssessment at = TargetAssessment.assess(rate("50"), metrics(5, 10), days(), AS_OF, 7);
        assertThat(at.met()).isTrue();
        assertThat(at.projection().outlook()).isEqualTo(TargetAssessment.Outlook.MET);
        assertThat(at.attainment()).contains(new BigDecimal("100.00"));
        TargetAssessment below = TargetAssessment.assess(rate("50"), metrics(4, 10), days(), AS_OF, 7);
        assertThat(below.met()).isFalse();
        assertThat(below.attainment()).contains(new BigDecimal("80.00"));
        // Met on exact counts, not the rounded percentage: 2 of 3 is 66.67 % rounded but below 66.67.
        assertThat(TargetAssessment.assess(rate("66.67"), metrics(2, 3), days(), AS_OF, 7).met()).isFalse();
        assertThat(TargetAssessment.assess(rate("66.66"), metrics(2, 3), days(), AS_OF, 7).met()).isTrue();
    }

    @Test
    void aCountIsMetAtItsNumberAndNotOneBelow() {
        Target five = Target.count("c", Metric.ONLINE_SHARE, 5, null);
        assertThat(TargetAssessment.assess(five, metrics(5, 9), days(), AS_OF, 7).met()).isTrue();
        TargetAssessment four = TargetAssessment.assess(five, metrics(4, 9), days(), AS_OF, 7);
        assertThat(four.met()).isFalse();
        assertThat(four.actualValue()).contains(BigDecimal.valueOf(4));
        assertThat(four.attainment()).contains(new BigDecimal("80.00"));
    }

    @Test
    void thePaceCountsTheWindowsDaysAndNoOthers() {
        // A 7-day window ending on 31 March: 25 to 31 March. The 24th and 1 April are outside.
        SortedMap<GroupKey, Metrics> daily = days("2026-03-24", 9, 9, "2026-03-25", 1, 2, "2026-03-31", 6, 12,
                "2026-04-01", 9, 9);
        TargetAssessment a = TargetAssessment.assess(rate("90"), metrics(7, 14), daily, AS_OF, 7);
        assertThat(a.projection().dailyNumerator()).isEqualByComparingTo("1.00");  // 7 / 7
        assertThat(a.projection().dailyDenominator()).isEqualByComparingTo("2.00"); // 14 / 7
        assertThat(a.projection().windowDays()).isEqualTo(7);
        // The window's pace (50 %) never reaches 90 %.
        assertThat(a.projection().outlook()).isEqualTo(TargetAssessment.Outlook.NOT_REACHED);
        assertThat(a.projection().reachedOn()).isNull();
    }

    @Test
    void withoutDataInTheWindowTheOutlookIsUnknown() {
        assertThat(TargetAssessment.assess(rate("90"), metrics(1, 2), days("2026-03-01", 1, 1), AS_OF, 7)
                .projection().outlook()).isEqualTo(TargetAssessment.Outlook.UNKNOWN);
        Target count = Target.count("c", Metric.ONLINE_SHARE, 5, null);
        assertThat(TargetAssessment.assess(count, metrics(1, 2), days(), AS_OF, 7).projection().outlook())
                .isEqualTo(TargetAssessment.Outlook.UNKNOWN);
        // Dossiers received in the window but none online: a count that cannot grow.
        assertThat(TargetAssessment.assess(count, metrics(1, 2), days("2026-03-30", 0, 3), AS_OF, 7).projection()
                .outlook()).isEqualTo(TargetAssessment.Outlook.NOT_REACHED);
    }

    @Test
    void aPaceExactlyAtTheThresholdNeverReachesIt() {
        // 1 of 2 so far (50 %), the window's pace exactly 60 %: the rate tends to 60 % and never reaches it.
        assertThat(TargetAssessment.assess(rate("60"), metrics(1, 2), days("2026-03-31", 3, 5), AS_OF, 1).projection()
                .outlook()).isEqualTo(TargetAssessment.Outlook.NOT_REACHED);
        // A pace just above it does: (1 + 4t) / (2 + 5t) >= 0.6 from t = 0.2 / 0.2 = 1... i.e. the next day.
        TargetAssessment.Projection p = TargetAssessment.assess(rate("60"), metrics(1, 2),
                days("2026-03-31", 4, 5), AS_OF, 1).projection();
        assertThat(p.outlook()).isEqualTo(TargetAssessment.Outlook.ON_TRACK);
        assertThat(p.reachedOn()).isEqualTo(AS_OF.plusDays(1));
    }

    @Test
    void aCountIsProjectedUpToOneHundredYearsAndNoFurther() {
        // One online dossier a day, 36,500 still to go: reached on the last day of the horizon.
        Target far = Target.count("c", Metric.ONLINE_SHARE, 36_501, null);
        TargetAssessment.Projection p = TargetAssessment.assess(far, metrics(1, 1), days("2026-03-31", 1, 1), AS_OF, 1)
                .projection();
        assertThat(p.outlook()).isEqualTo(TargetAssessment.Outlook.ON_TRACK);
        assertThat(p.reachedOn()).isEqualTo(AS_OF.plusDays(36_500));
        Target further = Target.count("c", Metric.ONLINE_SHARE, 36_502, null);
        assertThat(TargetAssessment.assess(further, metrics(1, 1), days("2026-03-31", 1, 1), AS_OF, 1).projection()
                .outlook()).isEqualTo(TargetAssessment.Outlook.NOT_REACHED);
        // Two a day over a two-day window: (7 − 1) × 2 / 4 = 3 days.
        TargetAssessment.Projection three = TargetAssessment.assess(Target.count("c", Metric.ONLINE_SHARE, 7, null),
                metrics(1, 1), days("2026-03-30", 2, 2, "2026-03-31", 2, 2), AS_OF, 2).projection();
        assertThat(three.reachedOn()).isEqualTo(AS_OF.plusDays(3));
        assertThat(three.dailyNumerator()).isEqualByComparingTo("2.00");
    }

    @Test
    void aProjectionOnTheDeadlineIsOnTrackAndADayAfterItIsLate() {
        LocalDate reached = AS_OF.plusDays(3);
        for (LocalDate deadline : new LocalDate[] {reached, reached.plusDays(1), null}) {
            Target t = Target.count("c", Metric.ONLINE_SHARE, 4, deadline);
            assertThat(TargetAssessment.assess(t, metrics(1, 1), days("2026-03-31", 1, 1), AS_OF, 1).projection()
                    .outlook()).as("%s", deadline).isEqualTo(TargetAssessment.Outlook.ON_TRACK);
        }
        Target late = Target.count("c", Metric.ONLINE_SHARE, 4, reached.minusDays(1));
        TargetAssessment.Projection p = TargetAssessment.assess(late, metrics(1, 1), days("2026-03-31", 1, 1), AS_OF, 1)
                .projection();
        assertThat(p.outlook()).isEqualTo(TargetAssessment.Outlook.LATE);
        assertThat(p.reachedOn()).isEqualTo(reached);
    }
}
