package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.io.FactsFormatException;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadMode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Parses JSON Lines with the stats module's {@link FactsReader}, a batch of lines at a time (the reader's buffers are
 * then allocated once per batch, not per line), and folds the facts straight into the bundle's
 * {@link ReportAccumulator} (see {@link PartialReports}). When the bundle ends, its accumulator goes to
 * {@link #PARTIALS} and its {@link ReadSummary} to {@link #SUMMARIES}, the problems' line numbers set to 0
 * (unknown). Global window only.
 */
public final class ParseJsonLinesFn extends DoFn<String, ReportAccumulator> {

    private static final long serialVersionUID = 1L;

    /** One partial report accumulator per bundle with facts. */
    public static final TupleTag<ReportAccumulator> PARTIALS = new TupleTag<>("partials") { };
    /** One read summary per bundle. */
    public static final TupleTag<ReadSummary> SUMMARIES = new TupleTag<>("summaries") { };

    /** Lines parsed together. */
    static final int BATCH_LINES = 2048;

    private static final ReadSummary NOTHING = ReadSummary.EMPTY;

    private final ReportSpec spec;
    private final ReadMode mode;
    private final int maxProblems;
    private transient FactsReader reader;
    private transient Consumer<DossierFacts> sink;
    private transient ReportAccumulator partial;
    private transient StringBuilder batch;
    private transient int batchLines;
    private transient ReadSummary bundle;

    /**
     * A parser.
     *
     * @param spec the report computed
     * @param mode count and skip malformed lines, or fail
     * @param maxProblems problems kept per summary
     */
    public ParseJsonLinesFn(ReportSpec spec, ReadMode mode, int maxProblems) {
        this.spec = spec;
        this.mode = mode;
        this.maxProblems = maxProblems;
    }

    /** Creates the reader (not serializable) on the worker. */
    @Setup
    public void setup() {
        reader = FactsReader.jsonLines().mode(mode).maxProblems(maxProblems);
        sink = f -> partial.add(f);
    }

    /** Starts a bundle. */
    @StartBundle
    public void startBundle() {
        if (batch == null) {
            batch = new StringBuilder(1 << 16);
        }
        batch.setLength(0);
        batchLines = 0;
        bundle = NOTHING;
        partial = ReportAccumulator.of(spec);
    }

    /**
     * Buffers a line, parsing the batch when full.
     *
     * @param line the line
     */
    @ProcessElement
    public void process(@Element String line) {
        batch.append(line).append('\n');
        if (++batchLines >= BATCH_LINES) {
            flush();
        }
    }

    /**
     * Parses the rest and emits the bundle's summary.
     *
     * @param c the context
     */
    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
        GlobalWindow w = GlobalWindow.INSTANCE;
        flush();
        if (bundle.accepted() > 0) {
            c.output(PARTIALS, partial, w.maxTimestamp(), w);
        }
        c.output(SUMMARIES, bundle, w.maxTimestamp(), w);
        bundle = NOTHING;
        partial = null;
    }

    private void flush() {
        if (batchLines == 0) {
            return;
        }
        String text = batch.toString();
        batch.setLength(0);
        batchLines = 0;
        ReadSummary s;
        try {
            s = reader.read(new StringReader(text), sink);
        } catch (FactsFormatException e) {
            // Strict mode: the line number is relative to a batch, so only the reason is reported.
            ReadProblem p = e.problem();
            throw new StatsException(p.code(), p.message(), e);
        }
        bundle = ReadSummaries.plus(bundle, unnumbered(s), maxProblems);
    }

    private static ReadSummary unnumbered(ReadSummary s) {
        if (s.problems().isEmpty()) {
            return s;
        }
        List<ReadProblem> problems = new ArrayList<>(s.problems().size());
        for (ReadProblem p : s.problems()) {
            problems.add(new ReadProblem(p.source(), 0, 0, p.path(), p.code(), p.message()));
        }
        return new ReadSummary(s.source(), s.lines(), s.accepted(), s.malformed(), s.blank(), problems);
    }
}
