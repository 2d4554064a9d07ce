package dev.dvc4j.stats.beam.internal;

import static dev.dvc4j.stats.beam.internal.InternalFixtures.FACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.beam.internal.InternalFixtures.Emitted;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser called as a runner calls it: setup, then bundles of lines. */
class ParseJsonLinesFnTest {

    private static final String FAX = "{\"channel\":\"fax\"}";

    private final ReportSpec spec = InternalFixtures.spec();

    @Test
    void aBundleEmitsItsFactsFoldedIntoOnePartialAndItsSummaryWithoutLineNumbers() {
        List<String> lines = new ArrayList<>();
        for (DossierFacts f : FACTS) {
            lines.add(FactsWriter.toJsonLine(f));
        }
        lines.add(10, FAX);
        lines.add(20, "");
        ParseJsonLinesFn fn = new ParseJsonLinesFn(spec, ReadMode.LENIENT, 5);
        fn.setup();
        List<Emitted> out = new ArrayList<>();
        fn.startBundle();
        lines.forEach(fn::process);
        fn.finishBundle(InternalFixtures.finishContext(fn, out));

        ReadSummary oneJvm = FactsReader.jsonLines().read(new StringReader(String.join("\n", lines)), f -> { });
        assertThat(InternalFixtures.values(out, ParseJsonLinesFn.PARTIALS)).singleElement()
                .isInstanceOfSatisfying(ReportAccumulator.class,
                        a -> assertThat(a.result()).isEqualTo(ReportAccumulator.compute(spec, FACTS)));
        ReadSummary summary = (ReadSummary) InternalFixtures.values(out, ParseJsonLinesFn.SUMMARIES).get(0);
        assertThat(out).hasSize(2);
        assertThat(summary.lines()).isEqualTo(FACTS.size() + 2).isEqualTo(oneJvm.lines());
        assertThat(summary.accepted()).isEqualTo(FACTS.size());
        assertThat(summary.blank()).isEqualTo(1);
        assertThat(summary.malformed()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().satisfies(p -> {
            ReadProblem q = oneJvm.problems().get(0);
            assertThat(q.line()).isEqualTo(11);
            assertThat(p.line()).isZero();
            assertThat(p.column()).isZero();
            assertThat(p.code()).isEqualTo(q.code());
            assertThat(p.message()).isEqualTo(q.message());
            assertThat(p.path()).isEqualTo(q.path());
        });
    }

    @Test
    void aBundleWithoutFactsEmitsOnlyItsSummaryAndOneFactIsEnoughForAPartial() {
        ParseJsonLinesFn fn = new ParseJsonLinesFn(spec, ReadMode.LENIENT, 5);
        fn.setup();
        List<Emitted> out = new ArrayList<>();
        fn.startBundle();
        fn.process(FAX);
        fn.process("");
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.tag()).isEqualTo(ParseJsonLinesFn.SUMMARIES);
            assertThat(((ReadSummary) e.value()).lines()).isEqualTo(2);
            assertThat(((ReadSummary) e.value()).malformed()).isEqualTo(1);
        });

        out.clear();
        fn.startBundle();
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        assertThat(out).extracting(Emitted::value).containsExactly(ReadSummary.EMPTY);

        out.clear();
        fn.startBundle();
        fn.process(FactsWriter.toJsonLine(FACTS.get(0)));
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        assertThat(InternalFixtures.values(out, ParseJsonLinesFn.PARTIALS)).singleElement()
                .isInstanceOfSatisfying(ReportAccumulator.class,
                        a -> assertThat(a.result()).isEqualTo(ReportAccumulator.compute(spec, FACTS.subList(0, 1))));
        assertThat(InternalFixtures.values(out, ParseJsonLinesFn.SUMMARIES)).singleElement()
                .isInstanceOfSatisfying(ReadSummary.class, s -> assertThat(s.accepted()).isEqualTo(1));
    }

    @Test
    void linesAreParsedWhenABatchIsFullNotBefore() {
        // Strict: the malformed first line fails the parse of its batch, which happens on the batch's last line.
        ParseJsonLinesFn fn = new ParseJsonLinesFn(spec, ReadMode.STRICT, 5);
        fn.setup();
        fn.startBundle();
        fn.process(FAX);
        String fact = FactsWriter.toJsonLine(FACTS.get(0));
        for (int i = 2; i < ParseJsonLinesFn.BATCH_LINES; i++) {
            fn.process(fact);
        }
        assertThatThrownBy(() -> fn.process(fact)).isInstanceOfSatisfying(StatsException.class, e -> {
            ReadProblem p = strictProblem(FAX);
            assertThat(e.code()).isEqualTo(p.code()).isEqualTo("stats.read.value");
            assertThat(e.text()).isEqualTo(p.message());
            assertThat(e.text().en()).contains("channel").doesNotContain("Line");
            assertThat(e.text().vi()).contains("channel").doesNotContain("Dòng");
        });
    }

    @Test
    void aFullBatchIsCountedOnceAndTheNextBundleStartsFromNothing() {
        ParseJsonLinesFn fn = new ParseJsonLinesFn(spec, ReadMode.LENIENT, 5);
        fn.setup();
        fn.startBundle();
        // An abandoned bundle (the runner gave up on it before its end) leaves nothing behind.
        fn.process(FAX);
        fn.startBundle();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ParseJsonLinesFn.BATCH_LINES + 1; i++) {
            lines.add(FactsWriter.toJsonLine(FACTS.get(i % FACTS.size())));
        }
        lines.forEach(fn::process);
        List<Emitted> out = new ArrayList<>();
        fn.finishBundle(InternalFixtures.finishContext(fn, out));
        ReadSummary summary = (ReadSummary) InternalFixtures.values(out, ParseJsonLinesFn.SUMMARIES).get(0);
        assertThat(summary).isEqualTo(new ReadSummary("", lines.size(), lines.size(), 0, 0, List.of()));
        List<DossierFacts> facts = new ArrayList<>();
        FactsReader.jsonLines().read(new StringReader(String.join("\n", lines)), facts::add);
        assertThat(InternalFixtures.values(out, ParseJsonLinesFn.PARTIALS)).singleElement()
                .isInstanceOfSatisfying(ReportAccumulator.class,
                        a -> assertThat(a.result()).isEqualTo(ReportAccumulator.compute(spec, facts)));
    }

    private static ReadProblem strictProblem(String line) {
        try {
            FactsReader.jsonLines().mode(ReadMode.STRICT).read(new StringReader(line), f -> { });
        } catch (dev.dvc4j.stats.io.FactsFormatException e) {
            return e.problem();
        }
        throw new AssertionError("accepted: " + line);
    }
}
