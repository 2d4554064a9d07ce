package dev.dvc4j.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.TimeSeries;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON report holds every figure of the report it renders, under its wire name: each field is read back and
 * compared with the report's own value, in both languages.
 */
class ReportJsonTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** The full report of {@link ReportTest#spec()} over 300 facts and one bad line, with its read summary. */
    static StatsReport report() {
        StringWriter file = new StringWriter();
        FactsWriter w = FactsWriter.jsonLines(file);
        ReportTest.facts(300).forEach(w::write);
        ReportAccumulator acc = ReportAccumulator.of(ReportTest.spec());
        ReadSummary summary = FactsReader.jsonLines().named("facts.jsonl")
                .read(new StringReader(file + "not json\n\n"), acc::add);
        return acc.result().withInput(summary);
    }

    static JsonNode json(StatsReport r, Locale locale) throws Exception {
        return Dvc4jJson.mapper().readTree(ReportRenderer.of(locale).json(r));
    }

    static void decimal(JsonNode n, Optional<BigDecimal> v) {
        if (v.isPresent()) {
            assertThat(n.isNumber()).as(n.toString()).isTrue();
            assertThat(n.decimalValue()).isEqualByComparingTo(v.get());
        } else {
            assertThat(n.isNull()).as(n.toString()).isTrue();
        }
    }

    static void rate(JsonNode n, Rate r) {
        assertThat(n.get("numerator").asLong()).isEqualTo(r.numerator());
        assertThat(n.get("denominator").asLong()).isEqualTo(r.denominator());
        decimal(n.get("percent"), r.percent());
        decimal(n.get("wilsonLower"), r.wilson().map(Rate.ConfidenceInterval::lowerPercent));
        decimal(n.get("wilsonUpper"), r.wilson().map(Rate.ConfidenceInterval::upperPercent));
    }

    static void metrics(JsonNode n, Metrics m, Locale locale) {
        assertThat(n.get("total").asLong()).isEqualTo(m.total());
        assertThat(n.get("received").asLong()).isEqualTo(m.received());
        List<String> names = new ArrayList<>();
        n.get("rates").fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric.fromDossiers()) {
                expected.add(metric.wireName());
                JsonNode r = n.get("rates").get(metric.wireName());
                rate(r, m.rate(metric));
                assertThat(r.get("label").asText()).isEqualTo(metric.label().in(locale));
                if (metric.formula().isEmpty()) {
                    assertThat(r.has("formula")).as(metric.wireName()).isFalse();
                } else {
                    assertThat(r.get("formula").asText()).isEqualTo(metric.formula());
                }
            }
        }
        assertThat(names).containsExactlyElementsOf(expected);
        Metrics.OnTime ot = m.onTime();
        JsonNode o = n.get("onTime");
        assertThat(List.of(o.get("measured").asLong(), o.get("early").asLong(), o.get("onTime").asLong(),
                o.get("late").asLong(), o.get("open").asLong(), o.get("openLate").asLong(), o.get("unmeasured").asLong()))
                .containsExactly(ot.measured(), ot.early(), ot.onTime(), ot.late(), ot.open(), ot.openLate(), ot.unmeasured());
        assertThat(n.get("resolved").asLong()).isEqualTo(m.resolved());
        decimal(n.get("averageResolutionMinutes"), m.averageResolutionMinutes());
    }

    @Test
    void everyFigureOfTheReportIsInItsJson() throws Exception {
        StatsReport r = report();
        for (Locale locale : List.of(Locale.ENGLISH, VI)) {
            JsonNode j = json(r, locale);
            ReportSpec s = r.spec();
            assertThat(j.get("language").asText()).isEqualTo(locale == VI ? "vi" : "en");
            assertThat(j.at("/period/from").asText()).isEqualTo(VnTimes.formatEpochSecond(s.from().getEpochSecond()));
            assertThat(j.at("/period/to").asText()).isEqualTo(VnTimes.formatEpochSecond(s.to().getEpochSecond()));
            assertThat(j.at("/period/asOf").asText()).isEqualTo(VnTimes.formatEpochSecond(s.settings().asOf().getEpochSecond()));
            assertThat(j.at("/period/supplementClock").asText())
                    .isEqualTo(s.settings().supplementClock().name().toLowerCase(Locale.ROOT));
            assertThat(j.get("groupBy")).hasSize(1);
            assertThat(j.at("/groupBy/0").asText()).isEqualTo("province");

            ReadSummary in = r.input();
            assertThat(List.of(j.at("/input/lines").asLong(), j.at("/input/facts").asLong(), j.at("/input/malformed").asLong(),
                    j.at("/input/blank").asLong())).containsExactly(in.lines(), in.accepted(), in.malformed(), in.blank());
            assertThat(in.blank()).isEqualTo(1);
            assertThat(j.at("/input/problems")).hasSize(1);
            ReadProblem p = in.problems().get(0);
            JsonNode jp = j.at("/input/problems/0");
            assertThat(jp.get("source").asText()).isEqualTo("facts.jsonl");
            assertThat(jp.get("line").asLong()).isEqualTo(p.line()).isEqualTo(301);
            assertThat(jp.get("column").asLong()).isEqualTo(p.column());
            assertThat(jp.get("path").asText()).isEqualTo(p.path());
            assertThat(jp.get("code").asText()).isEqualTo(p.code()).isEqualTo("input.json");
            assertThat(jp.get("message").asText()).isEqualTo(p.message().in(locale))
                    .startsWith(locale == VI ? "JSON hỏng" : "Malformed JSON");
            assertThat(j.at("/input/problemsTruncated").isBoolean()).isTrue();
            assertThat(j.get("outOfPeriod").asLong()).isEqualTo(r.outOfPeriod()).isPositive();

            metrics(j.get("overall"), r.overall(), locale);
            assertThat(j.get("groups")).hasSize(r.groups().size());
            Iterator<JsonNode> groups = j.get("groups").elements();
            int withIndex = 0;
            for (Map.Entry<GroupKey, Metrics> e : r.groups().entrySet()) {
                JsonNode g = groups.next();
                assertThat(g.at("/key/province").asText()).isEqualTo(e.getKey().get(0));
                metrics(g.get("metrics"), e.getValue(), locale);
                Index766.Score gi = r.groupIndex766().get(e.getKey());
                if (gi == null) {
                    assertThat(g.has("index766")).isFalse();
                } else {
                    withIndex++;
                    assertThat(g.at("/index766/total").decimalValue()).isEqualByComparingTo(gi.total());
                    assertThat(g.at("/index766/scorable").decimalValue()).isEqualByComparingTo(gi.scorable());
                }
            }
            assertThat(withIndex).isEqualTo(r.groupIndex766().size()).isPositive();

            assertThat(j.at("/ranking/metric").asText()).isEqualTo("on-time");
            assertThat(j.at("/ranking/basis").asText()).isEqualTo("wilson_lower");
            assertThat(j.at("/ranking/entries")).hasSize(r.ranking().size());
            for (int i = 0; i < r.ranking().size(); i++) {
                Ranking.Entry e = r.ranking().get(i);
                JsonNode je = j.at("/ranking/entries/" + i);
                if (e.rank() > 0) {
                    assertThat(je.get("rank").asInt()).isEqualTo(e.rank());
                } else {
                    assertThat(je.get("rank").isNull()).isTrue();
                }
                assertThat(je.get("key").asText()).isEqualTo(e.key().toString());
                rate(je.get("rate"), e.rate());
                decimal(je.get("value"), Optional.ofNullable(e.value()));
                assertThat(je.get("tied").asBoolean()).isEqualTo(e.tied());
                assertThat(je.get("smallSample").asBoolean()).isEqualTo(e.smallSample());
            }

            assertThat(j.get("targets")).hasSize(2);
            for (int i = 0; i < r.targets().size(); i++) {
                TargetAssessment a = r.targets().get(i);
                JsonNode t = j.at("/targets/" + i);
                assertThat(t.get("id").asText()).isEqualTo(a.target().id());
                assertThat(t.get("metric").asText()).isEqualTo(a.target().metric().wireName());
                assertThat(t.get("label").asText()).isEqualTo(a.target().metric().label().in(locale));
                assertThat(t.get("kind").asText()).isEqualTo("rate");
                assertThat(t.get("threshold").decimalValue()).isEqualByComparingTo(a.target().threshold());
                assertThat(t.get("scope").size()).isEqualTo(a.target().scope().size());
                a.target().scope().forEach((d, v) -> assertThat(t.at("/scope/" + d.wireName()).asText()).isEqualTo(v));
                if (a.target().deadline() == null) {
                    assertThat(t.get("deadline").isNull()).isTrue();
                } else {
                    assertThat(t.get("deadline").asText()).isEqualTo(a.target().deadline().toString());
                }
                rate(t.get("actual"), a.actual());
                decimal(t.get("actualValue"), a.actualValue());
                decimal(t.get("attainment"), a.attainment());
                assertThat(t.get("met").asBoolean()).isEqualTo(a.met());
                TargetAssessment.Projection pr = a.projection();
                assertThat(t.at("/projection/outlook").asText())
                        .isEqualTo(pr.outlook().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                if (pr.reachedOn() == null) {
                    assertThat(t.at("/projection/reachedOn").isNull()).isTrue();
                } else {
                    assertThat(t.at("/projection/reachedOn").asText()).isEqualTo(pr.reachedOn().toString());
                }
                assertThat(t.at("/projection/dailyNumerator").decimalValue()).isEqualByComparingTo(pr.dailyNumerator());
                assertThat(t.at("/projection/dailyDenominator").decimalValue()).isEqualByComparingTo(pr.dailyDenominator());
                assertThat(t.at("/projection/windowDays").asLong()).isEqualTo(pr.windowDays());
            }
            assertThat(j.at("/targets/0/scope").size()).isZero();
            assertThat(j.at("/targets/1/scope/province").asText()).isEqualTo("79");

            Index766.Score x = r.index766();
            assertThat(j.at("/index766/config").asText()).isEqualTo(s.index().name());
            assertThat(j.at("/index766/total").decimalValue()).isEqualByComparingTo(x.total());
            assertThat(j.at("/index766/scorable").decimalValue()).isEqualByComparingTo(x.scorable());
            assertThat(j.at("/index766/max").decimalValue()).isEqualByComparingTo(x.max());
            assertThat(j.at("/index766/groups")).hasSize(x.groups().size());
            for (int i = 0; i < x.groups().size(); i++) {
                Index766.GroupScore gs = x.groups().get(i);
                JsonNode g = j.at("/index766/groups/" + i);
                assertThat(g.get("id").asText()).isEqualTo(gs.group().id());
                assertThat(g.get("label").asText()).isEqualTo(gs.group().label().in(locale));
                assertThat(g.get("score").decimalValue()).isEqualByComparingTo(gs.score());
                assertThat(g.get("scorable").decimalValue()).isEqualByComparingTo(gs.scorable());
                assertThat(g.get("max").decimalValue()).isEqualByComparingTo(gs.group().max());
            }
            assertThat(j.at("/index766/indicators")).hasSize(x.indicators().size());
            for (int i = 0; i < x.indicators().size(); i++) {
                Index766.IndicatorScore is = x.indicators().get(i);
                JsonNode n = j.at("/index766/indicators/" + i);
                assertThat(n.get("id").asText()).isEqualTo(is.indicator().id());
                assertThat(n.get("group").asText()).isEqualTo(is.indicator().group());
                assertThat(n.get("label").asText()).isEqualTo(is.indicator().label().in(locale));
                rate(n.get("rate"), is.rate());
                decimal(n.get("score"), is.score());
                assertThat(n.get("max").decimalValue()).isEqualByComparingTo(is.indicator().max());
                assertThat(n.get("fullAt").decimalValue()).isEqualByComparingTo(is.indicator().fullAt());
                assertThat(n.get("confirmed").asBoolean()).isEqualTo(is.indicator().confirmed());
            }

            TimeSeries ts = r.series();
            assertThat(j.at("/series/granularity").asText()).isEqualTo("week");
            assertThat(j.at("/series/metric").asText()).isEqualTo("on-time");
            List<TimeSeries.Average> avg = ts.movingAverage(7);
            assertThat(j.at("/series/points")).hasSize(ts.points().size());
            for (int i = 0; i < ts.points().size(); i++) {
                TimeSeries.Point pt = ts.points().get(i);
                JsonNode n = j.at("/series/points/" + i);
                assertThat(n.get("start").asText()).isEqualTo(pt.start().toString());
                assertThat(n.get("received").asLong()).isEqualTo(pt.received());
                rate(n.get("rate"), pt.rate());
                assertThat(n.get("movingMeanReceived").decimalValue()).isEqualByComparingTo(avg.get(i).meanReceived());
                rate(n.get("movingRate"), avg.get(i).pooledRate());
            }

            SavingsAccumulator.Savings sv = r.savings();
            JsonNode sj = j.get("savings");
            assertThat(List.of(sj.get("dossiers").asLong(), sj.get("tripsAvoided").asLong(), sj.get("kmAvoided").asLong(),
                    sj.get("postalLegs").asLong(), sj.get("travelSaved").asLong(), sj.get("postalFees").asLong(),
                    sj.get("net").asLong())).containsExactly(sv.dossiers(), sv.tripsAvoided(), sv.kmAvoided(),
                    sv.postalLegs(), sv.travelSaved().dong(), sv.postalFees().dong(), sv.net().dong());
            assertThat(List.of(sj.at("/assumptions/costPerKm").asLong(), sj.at("/assumptions/costPerTrip").asLong(),
                    sj.at("/assumptions/postalFeePerLeg").asLong(), sj.at("/assumptions/defaultDistanceKm").asLong()))
                    .containsExactly(sv.assumptions().costPerKm().dong(), sv.assumptions().costPerTrip().dong(),
                            sv.assumptions().postalFeePerLeg().dong(), (long) sv.assumptions().defaultDistanceKm());
        }
    }

    @Test
    void aReportWithoutItsOptionalPartsLeavesThemOut() throws Exception {
        ReportSpec spec = ReportSpec.builder(ReportTest.spec().settings()).build();
        StatsReport r = ReportAccumulator.compute(spec, ReportTest.facts(50));
        JsonNode j = json(r, Locale.ENGLISH);
        assertThat(j.at("/period/from").isNull()).isTrue();
        assertThat(j.at("/period/to").isNull()).isTrue();
        assertThat(j.get("groupBy")).isEmpty();
        assertThat(j.has("input")).isFalse();
        assertThat(j.has("ranking")).isFalse();
        assertThat(j.get("targets")).isEmpty();
        assertThat(j.has("index766")).isFalse();
        assertThat(j.has("series")).isFalse();
        assertThat(j.has("savings")).isFalse();
        assertThat(j.get("outOfPeriod").asLong()).isZero();
        assertThat(j.get("groups")).isEmpty();
        metrics(j.get("overall"), r.overall(), Locale.ENGLISH);
    }

    @Test
    void anUnrankedEntryHasNoRankAndNoValue() throws Exception {
        StatsReport full = report();
        Ranking.Entry unranked = new Ranking.Entry(0, GroupKey.of("79"), Rate.of(1, 2), null, false, true);
        Ranking.Entry first = new Ranking.Entry(1, GroupKey.of("42"), Rate.of(9, 10), new BigDecimal("59.58"), true, false);
        StatsReport r = new StatsReport(full.spec(), full.overall(), full.groups(), List.of(first, unranked), full.targets(),
                full.index766(), full.groupIndex766(), full.series(), full.savings(), full.outOfPeriod(), full.input());
        JsonNode j = json(r, Locale.ENGLISH);
        assertThat(j.at("/ranking/entries/0/rank").asInt()).isEqualTo(1);
        assertThat(j.at("/ranking/entries/0/value").decimalValue()).isEqualByComparingTo("59.58");
        assertThat(j.at("/ranking/entries/0/tied").asBoolean()).isTrue();
        assertThat(j.at("/ranking/entries/1/rank").isNull()).isTrue();
        assertThat(j.at("/ranking/entries/1/value").isNull()).isTrue();
        assertThat(j.at("/ranking/entries/1/smallSample").asBoolean()).isTrue();
        assertThat(ReportRenderer.of(Locale.ENGLISH).text(r)).contains("\n1=    42  ", "\n—     79  ");
    }
}
