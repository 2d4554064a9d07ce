package dev.dvc4j.stats.beam.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.io.FactsFormatException;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.ReadMode;
import dev.dvc4j.stats.io.ReadProblem;
import dev.dvc4j.stats.io.ReadSummary;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Parses JSON Lines with the stats module's {@link FactsReader}, a batch of lines at a time (the reader's buffers are
 * then allocated once per batch, not per line). Facts go to {@link #FACTS}; once per bundle the bundle's
 * {@link ReadSummary} goes to {@link #SUMMARIES}, its problems' line numbers set to 0 (unknown). Global window only.
 */
public final class ParseJsonLinesFn extends DoFn<String, DossierFacts> {

    private static final long serialVersionUID = 1L;

    /** Parsed facts. */
    public static final TupleTag<DossierFacts> FACTS = new TupleTag<>("facts") { };
    /** One read summary per bundle. */
    public static final TupleTag<ReadSummary> SUMMARIES = new TupleTag<>("summaries") { };

    /** Lines parsed together. */
    static final int BATCH_LINES = 2048;

    private static final ReadSummary NOTHING = new ReadSummary(0, 0, 0, 0, List.of());

    private final ReadMode mode;
    private final int maxProblems;
    private transient FactsReader reader;
    private transient StringBuilder batch;
    private transient int batchLines;
    private transient ReadSummary bundle;

    /**
     * A parser.
     *
     * @param mode count and skip malformed lines, or fail
     * @param maxProblems problems kept per summary
     */
    public ParseJsonLinesFn(ReadMode mode, int maxProblems) {
        this.mode = mode;
        this.maxProblems = maxProblems;
    }

    /** Creates the reader (not serializable) on the worker. */
    @Setup
    public void setup() {
        reader = FactsReader.jsonLines().mode(mode).maxProblems(maxProblems);
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
    }

    /**
     * Buffers a line, parsing the batch when full.
     *
     * @param line the line
     * @param out the outputs
     */
    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
        batch.append(line).append('\n');
        if (++batchLines >= BATCH_LINES) {
            OutputReceiver<DossierFacts> facts = out.get(FACTS);
            flush(facts::output);
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
        flush(f -> c.output(FACTS, f, w.maxTimestamp(), w));
        c.output(SUMMARIES, bundle, w.maxTimestamp(), w);
        bundle = NOTHING;
    }

    private void flush(Consumer<DossierFacts> sink) {
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
            problems.add(new ReadProblem(0, p.code(), p.message()));
        }
        return new ReadSummary(s.lines(), s.facts(), s.malformed(), s.blank(), problems);
    }
}
