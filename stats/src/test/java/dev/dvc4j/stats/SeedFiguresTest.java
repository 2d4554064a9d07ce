package dev.dvc4j.stats;

import static dev.dvc4j.stats.Facts.received;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed figures of the issue, each reproduced from dossier-level (or procedure-level) facts built here. */
class SeedFiguresTest {

    @Test
    void badgeDossiersFiledOnline() {
        List<DossierFacts> facts = new ArrayList<>();
        for (int i = 0; i < 2114; i++) {
            // 41 in person, spread through the file (i = 7, 58, ..., 2047).
            boolean inPerson = i % 51 == 7 && i < 2091;
            facts.add(received().code("PH-" + i).procedure("2.001234")
                    .channel(inPerson ? Channel.IN_PERSON : Channel.ONLINE).build());
        }
        StatsReport r = ReportAccumulator.compute(ReportSpec.builder(MeasureSettings.wallClock(Facts.days(30))).build(), facts);
        Rate online = r.overall().rate(Metric.ONLINE_SHARE);
        assertThat(online).isEqualTo(Rate.of(2073, 2114));
        assertThat(online.percent()).contains(new BigDecimal("98.06"));
    }

    @Test
    void servicesAtLevelFourInHaTinhCity() {
        ServiceAccumulator city = ServiceAccumulator.create();
        for (int i = 0; i < 297; i++) {
            city.add(ServiceFacts.ofLevel(String.format("1.%06d", i), "city", i < 124 ? 4 : i < 250 ? 3 : 2));
        }
        ServiceAccumulator commune = ServiceAccumulator.create();
        for (int i = 0; i < 191; i++) {
            commune.add(ServiceFacts.ofLevel(String.format("2.%06d", i), "commune", i < 53 ? 4 : 3));
        }
        assertThat(city.result().levelFourShare().percent()).contains(new BigDecimal("41.75"));
        assertThat(commune.result().levelFourShare().percent()).contains(new BigDecimal("27.75"));
        ServiceAccumulator.Result all = city.merge(commune).result();
        assertThat(all.levelFourShare()).isEqualTo(Rate.of(177, 488));
        assertThat(all.rate(Metric.FULL_ONLINE_SERVICES).percent()).contains(new BigDecimal("36.27"));
        assertThat(all.rate(Metric.SERVICE_AVAILABILITY)).isEqualTo(Rate.of(297 - 47 + 191, 488));
    }

    @Test
    void levelThreeAndLevelFourOnlineSharesAgainstATenPercentTarget() {
        List<DossierFacts> facts = new ArrayList<>();
        for (int i = 0; i < 16_500; i++) {
            facts.add(received().legacyLevel(3).channel(i < 1077 ? Channel.ONLINE : Channel.IN_PERSON).build());
        }
        for (int i = 0; i < 2_879; i++) {
            facts.add(received().legacyLevel(4).channel(i < 1210 ? Channel.ONLINE : Channel.POSTAL).build());
        }
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Facts.days(30)))
                .targets(List.of(Target.rate("level-3", Metric.ONLINE_SHARE_LEVEL_3, BigDecimal.TEN, null),
                        Target.rate("level-4", Metric.ONLINE_SHARE_LEVEL_4, BigDecimal.TEN, null)))
                .build();
        StatsReport r = ReportAccumulator.compute(spec, facts);
        TargetAssessment l3 = r.targets().get(0);
        assertThat(l3.actualValue()).contains(new BigDecimal("6.53"));
        assertThat(l3.attainment()).contains(new BigDecimal("65.27"));
        assertThat(l3.met()).isFalse();
        TargetAssessment l4 = r.targets().get(1);
        assertThat(l4.actualValue()).contains(new BigDecimal("42.03"));
        assertThat(l4.attainment()).contains(new BigDecimal("420.28"));
        assertThat(l4.met()).isTrue();
        assertThat(l4.projection().outlook()).isEqualTo(TargetAssessment.Outlook.MET);
    }

    static Instant vn(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).toInstant(ZoneOffset.ofHours(7));
    }

    @Test
    void drivingLicenceExchangeGoalAndProjection() {
        // 2023-07-01 .. 2023-09-21: 500-700 dossiers a day; 6% online for 55 days, then 18% online.
        LocalDate first = LocalDate.of(2023, 7, 1);
        LocalDate last = LocalDate.of(2023, 9, 21);
        List<DossierFacts> facts = new ArrayList<>();
        int dayIndex = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1), dayIndex++) {
            int perDay = 500 + (dayIndex * 37) % 201;
            int onlinePercent = dayIndex < 55 ? 6 : 18;
            int online = perDay * onlinePercent / 100;
            for (int i = 0; i < perDay; i++) {
                Instant t = vn(d, 8 + i % 9);
                facts.add(DossierFacts.builder().procedure("1.002809").channel(i < online ? Channel.ONLINE : Channel.IN_PERSON)
                        .filedAt(t).receivedAt(t).status(DossierStatus.RECEIVED).legacyLevel(4).build());
            }
        }
        assertThat(facts.size()).isBetween(41_000, 58_000);
        Target goal = new Target("gplx-online", Metric.ONLINE_SHARE, Target.Kind.RATE, BigDecimal.TEN,
                java.util.Map.of(Dimension.PROCEDURE, "1.002809"), LocalDate.of(2023, 12, 31), "national goal 2023");
        Target volume = Target.count("gplx-volume", Metric.ONLINE_SHARE, 10_000, LocalDate.of(2023, 10, 31));
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(vn(last, 23))).targets(List.of(goal, volume))
                .projectionWindowDays(28).build();
        StatsReport r = ReportAccumulator.compute(spec, facts);
        TargetAssessment a = r.targets().get(0);
        Rate actual = a.actual();
        assertThat(a.met()).isFalse();
        assertThat(actual.percent().orElseThrow()).isLessThan(BigDecimal.TEN);
        // Independent check of the projection: simulate day by day at the window's mean pace.
        long n = 0;
        long d = 0;
        int dayIdx = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), dayIdx++) {
            if (!day.isBefore(last.minusDays(27))) {
                int perDay = 500 + (dayIdx * 37) % 201;
                n += perDay * (dayIdx < 55 ? 6 : 18) / 100;
                d += perDay;
            }
        }
        LocalDate expected = null;
        for (int t = 1; t < 10_000; t++) {
            // (num + n t / 28) / (den + d t / 28) >= 10%  <=>  100 (28 num + n t) >= 10 (28 den + d t)
            if (100 * (28 * actual.numerator() + n * t) >= 10 * (28 * actual.denominator() + d * t)) {
                expected = last.plusDays(t);
                break;
            }
        }
        assertThat(a.projection().reachedOn()).isEqualTo(expected);
        assertThat(a.projection().outlook()).isEqualTo(TargetAssessment.Outlook.ON_TRACK);
        // The count target: online dossiers so far vs 10,000.
        TargetAssessment v = r.targets().get(1);
        assertThat(v.actualValue().orElseThrow().longValueExact()).isEqualTo(actual.numerator());
        assertThat(v.attainment()).contains(BigDecimal.valueOf(actual.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void sevenHundredThousandDongSavedAtThreeHundredKilometres() {
        SavingsAssumptions a = SavingsAssumptions.seedDefaults();
        assertThat(SavingsAccumulator.perDossier(Channel.ONLINE, ResultDelivery.ONLINE, 300, a)).isEqualTo(Vnd.of(700_000));
        SavingsAccumulator acc = SavingsAccumulator.empty(a);
        acc.add(received().channel(Channel.ONLINE).resultDelivery(ResultDelivery.ONLINE).distanceKm(300).build());
        acc.add(received().channel(Channel.IN_PERSON).resultDelivery(ResultDelivery.COUNTER).distanceKm(300).build());
        acc.add(received().channel(Channel.POSTAL).resultDelivery(ResultDelivery.POSTAL).distanceKm(300).build());
        SavingsAccumulator.Savings s = acc.result();
        assertThat(s.dossiers()).isEqualTo(3);
        assertThat(s.tripsAvoided()).isEqualTo(4);
        assertThat(s.kmAvoided()).isEqualTo(2400);
        assertThat(s.postalLegs()).isEqualTo(2);
        assertThat(s.travelSaved()).isEqualTo(Vnd.of(1_400_000));
        assertThat(s.net()).isEqualTo(Vnd.of(1_380_000));
        // Filing online but collecting at the counter avoids one trip only.
        assertThat(SavingsAccumulator.perDossier(Channel.ONLINE, ResultDelivery.COUNTER, 300, a)).isEqualTo(Vnd.of(350_000));
    }
}
