package dev.dvc4j.stats.beam;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.beam.internal.JavaSerializedCoder;
import dev.dvc4j.stats.beam.internal.ParseJsonLinesFn;
import dev.dvc4j.stats.beam.internal.PartialReports;
import dev.dvc4j.stats.beam.internal.ReadSummaryCombineFn;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.util.Objects;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Computes a {@link StatsReport} from a {@code PCollection<String>} of JSON Lines (each element one line, as
 * {@code TextIO.read()} gives them), in the global window (batch input). Lines are parsed with the stats module's
 * {@link FactsReader} in batches and folded into one report accumulator per bundle, then merged like
 * {@link ReportTransform}; the report's
 * {@link StatsReport#input() input} summary counts lines, facts, blank lines and malformed lines exactly as a
 * single-JVM read of the same file does.
 *
 * <p>Lenient (the default): malformed lines are counted and skipped, and up to the
 * {@link #withMaxProblems(int) problem limit} are kept in the summary. Elements of a collection carry no
 * line numbers, so a kept {@link ReadProblem}'s line is 0 (unknown), and the problems kept are the first in order of
 * code and English message, so the report does not depend on how the runner split the input. Strict
 * ({@link #withMode(ReadMode)}): the first malformed line fails the pipeline with a {@link StatsException} carrying
 * its code and reason.
 */
public final class JsonLinesReportTransform extends PTransform<PCollection<String>, PCollection<StatsReport>> {

    private static final long serialVersionUID = 1L;

    private final ReportSpec spec;
    private final ReadMode mode;
    private final int maxProblems;
    private final int fanout;

    JsonLinesReportTransform(ReportSpec spec, ReadMode mode, int maxProblems, int fanout) {
        super("dvc4j-jsonl-report");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (maxProblems < 0) {
            throw new StatsException("stats.beam.max-problems", LocalizedText.of(
                    "Số lỗi giữ lại không được âm: %d", "The number of problems kept cannot be negative: %d")
                    .formatted(maxProblems));
        }
        this.maxProblems = maxProblems;
        this.fanout = fanout;
    }

    /**
     * A copy in another mode.
     *
     * @param m {@link ReadMode#LENIENT} (count and skip malformed lines) or {@link ReadMode#STRICT} (fail)
     * @return the transform
     */
    public JsonLinesReportTransform withMode(ReadMode m) {
        return new JsonLinesReportTransform(spec, m, maxProblems, fanout);
    }

    /**
     * A copy keeping at most this many problems in the summary (all are still counted).
     *
     * @param max the limit, 0 or more ({@link FactsReader#DEFAULT_MAX_PROBLEMS} by default)
     * @return the transform
     * @throws StatsException ({@code stats.beam.max-problems}) if {@code max} is negative
     */
    public JsonLinesReportTransform withMaxProblems(int max) {
        return new JsonLinesReportTransform(spec, mode, max, fanout);
    }

    /**
     * A copy merging partial reports through an intermediate layer of keys, as {@link ReportTransform#withFanout(int)}.
     *
     * @param keys intermediate keys, at least 2
     * @return the transform
     * @throws StatsException ({@code stats.beam.fanout}) if {@code keys} is below 2
     */
    public JsonLinesReportTransform withFanout(int keys) {
        ReportTransform.checkFanout(keys);
        return new JsonLinesReportTransform(spec, mode, maxProblems, keys);
    }

    /** @return the specification */
    public ReportSpec spec() {
        return spec;
    }

    /** @return the read mode */
    public ReadMode mode() {
        return mode;
    }

    /** @return how many problems the summary keeps */
    public int maxProblems() {
        return maxProblems;
    }

    @Override
    public PCollection<StatsReport> expand(PCollection<String> lines) {
        if (!(lines.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
            throw new StatsException("stats.beam.windowing", LocalizedText.of(
                    "Đọc JSON Lines cần cửa sổ toàn cục (dữ liệu theo lô), không phải %s",
                    "Reading JSON Lines needs the global window (batch input), not %s")
                    .formatted(lines.getWindowingStrategy().getWindowFn()));
        }
        PCollectionTuple parsed = lines.apply("parse-and-accumulate",
                ParDo.of(new ParseJsonLinesFn(spec, mode, maxProblems))
                        .withOutputTags(ParseJsonLinesFn.PARTIALS, TupleTagList.of(ParseJsonLinesFn.SUMMARIES)));
        PCollection<StatsReport> reports = ReportTransform.merge(
                parsed.get(ParseJsonLinesFn.PARTIALS).setCoder(PartialReports.ACCUMULATOR_CODER), spec, fanout);
        PCollectionView<ReadSummary> summary = parsed.get(ParseJsonLinesFn.SUMMARIES)
                .setCoder(JavaSerializedCoder.of(ReadSummary.class))
                .apply("combine-summaries", Combine.globally(new ReadSummaryCombineFn(maxProblems)))
                .setCoder(JavaSerializedCoder.of(ReadSummary.class))
                .apply("summary-view", View.asSingleton());
        return reports.apply("attach-summary", ParDo.of(new AttachSummaryFn(summary)).withSideInputs(summary))
                .setCoder(JavaSerializedCoder.of(StatsReport.class));
    }

    /** Attaches the combined read summary to the report. */
    private static final class AttachSummaryFn extends DoFn<StatsReport, StatsReport> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<ReadSummary> summary;

        AttachSummaryFn(PCollectionView<ReadSummary> summary) {
            this.summary = summary;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            c.output(c.element().withInput(c.sideInput(summary)));
        }
    }
}
