package dev.dvc4j.stats.beam;

import static dev.dvc4j.stats.beam.BeamFixtures.FACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithTimestamps;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;

class ReportTransformTest {

    @Test
    void theDirectRunnerReportEqualsTheSingleJvmReportInEveryGroup() {
        ReportSpec spec = BeamFixtures.spec();
        ReportSpec twoDims = BeamFixtures.twoDimensionSpec();
        Pipeline p = BeamFixtures.pipeline(2);
        PCollection<DossierFacts> facts = p.apply(Create.of(FACTS));
        assertThat(facts.getCoder()).isEqualTo(DossierFactsCoder.of());
        var report = new BeamFixtures.Collector<>(facts.apply("report", ReportTransform.of(spec)));
        var grouped = new BeamFixtures.Collector<>(facts.apply("two-dimensions",
                ReportTransform.of(twoDims).withFanout(3)));
        var empty = new BeamFixtures.Collector<>(p.apply("nothing", Create.empty(DossierFactsCoder.of()))
                .apply("empty-report", ReportTransform.of(spec)));
        // Windowed (as a stream would be): one report per 30-day window, Beam's own combine.
        long window = 30L * 86_400;
        var windowed = new BeamFixtures.Collector<>(facts
                .apply(WithTimestamps.of((DossierFacts f) -> new org.joda.time.Instant(f.referenceEpochSecond() * 1000)))
                .apply(Window.into(FixedWindows.of(Duration.standardDays(30))))
                .apply("windowed-report", ReportTransform.of(twoDims)));
        p.run().waitUntilFinish();

        StatsReport expected = ReportAccumulator.compute(spec, FACTS);
        StatsReport actual = BeamFixtures.single(report.values());
        assertThat(actual).isEqualTo(expected);
        // Not a vacuous equality: the report has every part and numbers in every group.
        assertThat(actual.groups()).hasSizeGreaterThan(30);
        assertThat(actual.groups()).isEqualTo(expected.groups());
        assertThat(actual.overall().total()).isEqualTo(expected.overall().total()).isPositive();
        assertThat(actual.outOfPeriod()).isPositive();
        assertThat(actual.targets()).hasSize(2);
        assertThat(actual.index766()).isNotNull();
        assertThat(actual.series().points()).isNotEmpty();
        assertThat(actual.ranking()).isNotEmpty();
        assertThat(actual.savings().dossiers()).isPositive();

        StatsReport two = BeamFixtures.single(grouped.values());
        assertThat(two).isEqualTo(ReportAccumulator.compute(twoDims, FACTS));
        assertThat(two.groups().keySet()).allMatch(k -> k.values().size() == 2);
        assertThat(BeamFixtures.single(empty.values())).isEqualTo(ReportAccumulator.compute(spec, List.of()));

        Map<Long, List<DossierFacts>> byWindow = FACTS.stream()
                .collect(Collectors.groupingBy(f -> Math.floorDiv(f.referenceEpochSecond(), window)));
        assertThat(byWindow).hasSizeGreaterThan(2);
        assertThat(windowed.values()).containsExactlyInAnyOrderElementsOf(byWindow.values().stream()
                .map(part -> ReportAccumulator.compute(twoDims, part)).toList());
    }

    @Test
    void jsonLinesGiveTheSameReportAndTheSameReadCountsAsReadingTheFileInOneJvm() {
        List<String> lines = new ArrayList<>();
        for (DossierFacts f : FACTS.subList(0, 1200)) {
            lines.add(FactsWriter.toJsonLine(f));
        }
        lines.add(40, "");
        lines.add(300, "{\"channel\":\"fax\"}");
        lines.add(700, "not json");
        lines.add(900, "{\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"2026-02-01T08:00:00+07:00\",\"colour\":1}");
        String file = String.join("\n", lines) + "\n";
        ReportSpec spec = BeamFixtures.spec();
        List<DossierFacts> read = new ArrayList<>();
        ReadSummary oneJvm = FactsReader.jsonLines().read(new StringReader(file), read::add);
        StatsReport expected = ReportAccumulator.compute(spec, read).withInput(oneJvm);

        Pipeline p = BeamFixtures.pipeline(2);
        PCollection<String> input = p.apply(Create.of(lines).withCoder(StringUtf8Coder.of()));
        var lenient = new BeamFixtures.Collector<>(input.apply("lenient", ReportTransform.fromJsonLines(spec)));
        var fewProblems = new BeamFixtures.Collector<>(input.apply("one-problem",
                ReportTransform.fromJsonLines(spec).withMaxProblems(1).withFanout(2)));
        p.run().waitUntilFinish();

        StatsReport actual = BeamFixtures.single(lenient.values());
        assertThat(actual.withInput(null)).isEqualTo(expected.withInput(null));
        ReadSummary summary = actual.input();
        assertThat(summary.lines()).isEqualTo(oneJvm.lines()).isEqualTo(lines.size());
        assertThat(summary.accepted()).isEqualTo(oneJvm.accepted()).isEqualTo(1200);
        assertThat(summary.blank()).isEqualTo(oneJvm.blank()).isEqualTo(1);
        assertThat(summary.malformed()).isEqualTo(oneJvm.malformed()).isEqualTo(3);
        // The same problems, without line numbers (a PCollection's elements have none).
        assertThat(summary.problems()).extracting(ReadProblem::line).containsOnly(0L);
        assertThat(summary.problems()).extracting(ReadProblem::code, ReadProblem::message)
                .containsExactlyInAnyOrderElementsOf(oneJvm.problems().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.code(), q.message())).toList());
        ReadSummary one = BeamFixtures.single(fewProblems.values()).input();
        assertThat(one.malformed()).isEqualTo(3);
        assertThat(one.problems()).hasSize(1);
        assertThat(one.problemsTruncated()).isTrue();
        assertThat(one.problems().get(0).code()).isEqualTo(summary.problems().get(0).code());
    }

    @Test
    void strictJsonLinesFailThePipelineWithTheReason() {
        Pipeline p = BeamFixtures.pipeline(1);
        p.apply(Create.of(List.of(FactsWriter.toJsonLine(FACTS.get(0)), "{\"channel\":\"fax\"}"))
                        .withCoder(StringUtf8Coder.of()))
                .apply(ReportTransform.fromJsonLines(BeamFixtures.spec()).withMode(ReadMode.STRICT));
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> p.run().waitUntilFinish());
        assertThat(failure).isNotNull();
        StatsException reason = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StatsException) {
                reason = (StatsException) t;
                break;
            }
        }
        assertThat(reason).as("a StatsException in %s", failure).isNotNull();
        assertThat(reason.code()).startsWith("stats.read");
        assertThat(reason.getMessage()).contains("channel").doesNotContain("Line");
    }

    @Test
    void badSettingsAreRefusedBeforeAnythingRuns() {
        ReportSpec spec = BeamFixtures.spec();
        assertThatThrownBy(() -> ReportTransform.of(spec).withFanout(1))
                .isInstanceOfSatisfying(StatsException.class, e -> {
                    assertThat(e.code()).isEqualTo("stats.beam.fanout");
                    assertThat(e.text().en()).isEqualTo("The fanout must be at least 2: 1");
                    assertThat(e.text().vi()).isEqualTo("Số khóa trung gian phải từ 2 trở lên: 1");
                });
        assertThat(ReportTransform.of(spec).spec()).isSameAs(spec);
        assertThat(ReportTransform.of(spec).withFanout(2).spec()).isSameAs(spec);
        assertThatThrownBy(() -> ReportTransform.fromJsonLines(spec).withFanout(0))
                .isInstanceOfSatisfying(StatsException.class, e -> assertThat(e.code()).isEqualTo("stats.beam.fanout"));
        assertThatThrownBy(() -> ReportTransform.fromJsonLines(spec).withMaxProblems(-1))
                .isInstanceOfSatisfying(StatsException.class, e -> {
                    assertThat(e.code()).isEqualTo("stats.beam.max-problems");
                    assertThat(e.text().en()).isEqualTo("The number of problems kept cannot be negative: -1");
                    assertThat(e.text().vi()).isEqualTo("Số lỗi giữ lại không được âm: -1");
                });
        assertThat(ReportTransform.fromJsonLines(spec).withMaxProblems(0).maxProblems()).isZero();
        assertThat(ReportTransform.fromJsonLines(spec).spec()).isSameAs(spec);
        assertThatThrownBy(() -> ReportTransform.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("spec");
        // The settings of a transform are unchanged by a refused copy.
        JsonLinesReportTransform t = ReportTransform.fromJsonLines(spec);
        assertThat(t.maxProblems()).isEqualTo(FactsReader.DEFAULT_MAX_PROBLEMS);
        assertThat(t.mode()).isEqualTo(ReadMode.LENIENT);

        Pipeline p = BeamFixtures.pipeline(1);
        PCollection<String> windowed = p.apply(Create.of(List.of("{}")).withCoder(StringUtf8Coder.of()))
                .apply(Window.into(FixedWindows.of(Duration.standardDays(1))));
        assertThatThrownBy(() -> windowed.apply(ReportTransform.fromJsonLines(spec)))
                .isInstanceOfSatisfying(StatsException.class,
                        e -> assertThat(e.code()).isEqualTo("stats.beam.windowing"));
    }
}
