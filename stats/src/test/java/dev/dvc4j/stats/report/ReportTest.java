package dev.dvc4j.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReportTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final List<DossierFacts> FACTS = facts(5000);
    /** A smaller dataset over the same 90 days (a prefix of FACTS would cover its first days only). */
    static final List<DossierFacts> SAMPLE = facts(1500);

    static List<DossierFacts> facts(int count) {
        return SyntheticFacts.builder().seed(11).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).build()
                .stream(count).collect(Collectors.toList());
    }

    static ReportSpec spec() {
        return ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-01T00:00:00Z")))
                .groupBy(Dimension.PROVINCE)
                .period(Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"))
                .targets(List.of(Target.rate("online", Metric.ONLINE_SHARE, BigDecimal.valueOf(50), LocalDate.of(2026, 12, 31)),
                        Target.rate("on-time-79", Metric.ON_TIME, BigDecimal.valueOf(95), null).within(Dimension.PROVINCE, "79")))
                .index766(Index766.bundled())
                .suppliedRate("1.1", Rate.of(9, 10))
                .series(Dimension.WEEK, Metric.ON_TIME)
                .ranking(Ranking.byWilsonLowerBound(), Metric.ON_TIME)
                .savings(SavingsAssumptions.seedDefaults())
                .build();
    }

    @Property(tries = 25)
    void splittingTheInputAnyWayGivesTheSameReport(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int parts) {
        ReportSpec spec = spec();
        StatsReport whole = ReportAccumulator.compute(spec, SAMPLE);
        Random r = new Random(seed);
        List<ReportAccumulator> pieces = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            pieces.add(ReportAccumulator.of(spec));
        }
        for (DossierFacts f : SAMPLE) {
            pieces.get(r.nextInt(parts)).add(f);
        }
        ReportAccumulator merged = ReportAccumulator.of(spec);
        for (ReportAccumulator p : pieces) {
            merged = p.merge(merged);
        }
        assertThat(merged.result()).isEqualTo(whole);
    }

    @Test
    void everyPartIsComputedAndCountsAddUp() {
        StatsReport r = ReportAccumulator.compute(spec(), FACTS);
        assertThat(r.outOfPeriod()).isPositive();
        assertThat(r.overall().total() + r.outOfPeriod()).isEqualTo(FACTS.size());
        assertThat(r.groups().values().stream().mapToLong(m -> m.total()).sum()).isEqualTo(r.overall().total());
        assertThat(r.ranking()).hasSize(r.groups().size());
        assertThat(r.targets()).hasSize(2);
        assertThat(r.targets().get(1).actual().denominator()).isEqualTo(r.groups().get(dev.dvc4j.stats.GroupKey.of("79"))
                .rate(Metric.ON_TIME).denominator());
        assertThat(r.index766().total()).isPositive();
        assertThat(r.index766().scorable()).isLessThan(r.index766().max());
        assertThat(r.series().points()).extracting(p -> p.start().getDayOfWeek().getValue()).containsOnly(1);
        assertThat(r.series().points().stream().mapToLong(p -> p.received()).sum()).isEqualTo(r.overall().received());
        assertThat(r.savings().net().dong()).isPositive();
    }

    @Test
    void rendersJsonCsvAndTextInBothLanguages() throws Exception {
        StringWriter file = new StringWriter();
        FactsWriter w = FactsWriter.jsonLines(file);
        facts(300).forEach(w::write);
        String input = file + "not json\n";
        ReportAccumulator acc = ReportAccumulator.of(spec());
        ReadSummary summary = FactsReader.jsonLines().read(new StringReader(input), acc::add);
        StatsReport r = acc.result().withInput(summary);

        JsonNode json = Dvc4jJson.mapper().readTree(ReportRenderer.of(Locale.ENGLISH).json(r));
        assertThat(json.at("/input/malformed").asLong()).isEqualTo(1);
        assertThat(json.at("/input/problems/0/line").asLong()).isEqualTo(301);
        Rate online = r.overall().rate(Metric.ONLINE_SHARE);
        assertThat(json.at("/overall/rates/online-share/numerator").asLong()).isEqualTo(online.numerator());
        assertThat(json.at("/overall/rates/online-share/percent").decimalValue()).isEqualByComparingTo(online.percent().orElseThrow());
        assertThat(json.at("/overall/rates/online-share/label").asText()).isEqualTo("Online dossier rate");
        assertThat(json.at("/groups").size()).isEqualTo(r.groups().size());
        assertThat(json.at("/index766/max").asInt()).isEqualTo(100);
        assertThat(json.at("/targets/0/projection/outlook").asText()).isNotEmpty();
        assertThat(json.at("/ranking/entries/0/rank").asInt()).isEqualTo(1);
        JsonNode vi = Dvc4jJson.mapper().readTree(ReportRenderer.of(Locale.forLanguageTag("vi")).json(r));
        assertThat(vi.at("/overall/rates/online-share/label").asText()).isEqualTo("Tỷ lệ hồ sơ trực tuyến");

        String csv = ReportRenderer.of(Locale.ENGLISH).csv(r);
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(r.groups().size() + 2);
        assertThat(lines[0]).startsWith("province,received,online-share numerator,online-share denominator,online-share percent");
        assertThat(lines[lines.length - 1]).startsWith("total," + r.overall().received() + "," + online.numerator());
        String csvVi = ReportRenderer.of(Locale.forLanguageTag("vi")).csv(r);
        assertThat(csvVi.split("\n")[0]).startsWith("Tỉnh,Tiếp nhận,Tỷ lệ hồ sơ trực tuyến - tử số");

        String en = ReportRenderer.of(Locale.ENGLISH).text(r);
        assertThat(en).contains("PUBLIC SERVICE STATISTICS", "Total", "On time (2.1)", "DECISION 766 INDEX",
                "RANKING BY On-time rate (Wilson 95% lower bound)", "TARGETS", "TIME SERIES",
                "Line 301:1 ($): Malformed JSON: expected a JSON object");
        String textVi = ReportRenderer.of(Locale.forLanguageTag("vi")).text(r);
        assertThat(textVi).contains("BÁO CÁO THỐNG KÊ DỊCH VỤ CÔNG", "Tổng", "Đúng hạn (2.1)", "CHỈ SỐ 766", "CHỈ TIÊU",
                "TIẾT KIỆM ƯỚC TÍNH", "Dòng 301:1 ($): JSON hỏng: cần một đối tượng JSON");
        assertThat(json.at("/input/problems/0/column").asLong()).isEqualTo(1);
        assertThat(json.at("/input/problems/0/path").asText()).isEqualTo("$");
        assertThat(json.at("/input/problemsTruncated").asBoolean()).isFalse();
        // A long list says how much of it is shown.
        ReadSummary many = FactsReader.jsonLines().maxProblems(2).read(new StringReader(input + "x\ny\n"), f -> { });
        assertThat(ReportRenderer.of(Locale.ENGLISH).text(acc.result().withInput(many))).contains("… 2 of 3 malformed rows listed");
        assertThat(ReportRenderer.of(Locale.forLanguageTag("vi")).text(acc.result().withInput(many)))
                .contains("… liệt kê 2 trên tổng số 3 dòng lỗi");
        // Vietnamese number format: decimal comma, dot thousands.
        assertThat(textVi).contains(ReportRenderer.of(Locale.forLanguageTag("vi")).percent(online));
        assertThat(ReportRenderer.of(Locale.forLanguageTag("vi")).percent(Rate.of(2073, 2114))).isEqualTo("98,06%");
        assertThat(ReportRenderer.of(Locale.ENGLISH).count(1234567)).isEqualTo("1,234,567");
        assertThat(ReportRenderer.of(Locale.forLanguageTag("vi")).count(1234567)).isEqualTo("1.234.567");
        assertThat(ReportRenderer.of(Locale.ENGLISH).percent(Rate.NOT_APPLICABLE)).isEqualTo("—");
    }

    @Test
    void emptyInputRendersNotApplicableNeverNaN() throws Exception {
        StatsReport r = ReportAccumulator.compute(spec(), List.of());
        String json = ReportRenderer.of(Locale.ENGLISH).json(r);
        assertThat(json).doesNotContain("NaN");
        assertThat(Dvc4jJson.mapper().readTree(json).at("/overall/rates/on-time/percent").isNull()).isTrue();
        assertThat(ReportRenderer.of(Locale.ENGLISH).text(r)).doesNotContain("NaN");
        assertThat(ReportRenderer.of(Locale.ENGLISH).csv(r)).doesNotContain("NaN");
    }

    @Test
    void targetsFile() {
        String file = "{\"targets\":[{\"id\":\"gplx\",\"metric\":\"online-share\",\"threshold\":10,"
                + "\"scope\":{\"procedure\":\"1.002809\"},\"deadline\":\"2023-12-31\",\"source\":\"national goal\"},"
                + "{\"id\":\"volume\",\"metric\":\"3.3\",\"kind\":\"count\",\"threshold\":42000}]}";
        List<Target> t = Target.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(t).hasSize(2);
        assertThat(t.get(0).scope()).containsEntry(Dimension.PROCEDURE, "1.002809");
        assertThat(t.get(0).deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(t.get(1).kind()).isEqualTo(Target.Kind.COUNT);
        assertThat(t.get(1).metric()).isEqualTo(Metric.ONLINE_SHARE);
        for (String bad : new String[] {"{}", "{\"targets\":[{\"id\":\"x\",\"metric\":\"online-share\",\"threshold\":150}]}",
            "{\"targets\":[{\"id\":\"x\",\"metric\":\"speed\",\"threshold\":10}]}",
            "{\"targets\":[{\"id\":\"x\",\"metric\":\"3.1\",\"threshold\":10}]}",
            "{\"targets\":[{\"id\":\"x\",\"metric\":\"online-share\",\"threshold\":10,\"scope\":{\"month\":\"2026-01\"}}]}",
            "{\"targets\":[{\"id\":\"x\",\"metric\":\"online-share\",\"threshold\":\"ten\"}]}", "not json"}) {
            assertThatThrownBy(() -> Target.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                    .as(bad).isInstanceOf(StatsException.class)
                    .extracting(e -> ((StatsException) e).code()).isEqualTo("stats.target.invalid");
        }
    }

    @Test
    void inconsistentSpecsAreRefused() {
        MeasureSettings s = MeasureSettings.wallClock(START);
        assertThatThrownBy(() -> ReportSpec.builder(s).groupBy(Dimension.AGENCY, Dimension.AGENCY).build())
                .isInstanceOf(StatsException.class).hasMessageContaining("repeated");
        assertThatThrownBy(() -> ReportSpec.builder(s).period(START, START).build()).hasMessageContaining("Empty period");
        assertThatThrownBy(() -> ReportSpec.builder(s).series(Dimension.AGENCY, Metric.ON_TIME).build())
                .hasMessageContaining("day, week or month");
        assertThatThrownBy(() -> ReportSpec.builder(s).ranking(Ranking.byRate(), Metric.ON_TIME).build())
                .hasMessageContaining("exactly one grouping dimension");
        ReportAccumulator a = ReportAccumulator.of(ReportSpec.builder(s).build());
        ReportAccumulator b = ReportAccumulator.of(ReportSpec.builder(s).groupBy(Dimension.AGENCY).build());
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(StatsException.class);
    }
}
