package dev.dvc4j.benchmarks.beam;

import dev.dvc4j.benchmarks.stats.BenchData;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.beam.ReportTransform;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The stats report of a JSON Lines file on Apache Beam's DirectRunner with 1 and 2 workers
 * ({@code --targetParallelism}), beside the single-JVM peer over the same file in the same run
 * ({@link FactsReader} into {@link ReportAccumulator}, one thread). One operation = one whole pipeline run (plan,
 * read, parse, combine, report), so single-shot timing. The DirectRunner runs with its defaults, including its
 * encodability and immutability checks (every element encoded with its coder), as tests and the example run it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class BeamReportBenchmark {

    static final MeasureSettings SETTINGS = MeasureSettings.wallClock(Instant.parse("2026-03-20T10:00:00Z"));
    private static final Map<Long, StatsReport> RESULTS = new ConcurrentHashMap<>();
    private static final AtomicLong RUNS = new AtomicLong();

    @Param("300000")
    public int lines;

    /** The DirectRunner's encodability and immutability checks (its default: on). */
    @Param("true")
    public boolean checks;

    private Path file;
    private ReportSpec spec;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = BenchData.jsonLines(lines);
        spec = ReportSpec.builder(SETTINGS).groupBy(Dimension.PROVINCE).build();
        // Same report on both sides (checked once, outside the measurement).
        StatsReport one = singleJvm();
        StatsReport beam = directRunner(2);
        // The pipeline's merged input summary names no single file (its source is empty); every count must agree.
        ReadSummary a = one.input();
        ReadSummary b = beam.input();
        boolean sameInput = a != null && b != null && a.lines() == b.lines() && a.accepted() == b.accepted()
                && a.malformed() == b.malformed() && a.blank() == b.blank();
        if (!beam.withInput(null).equals(one.withInput(null)) || !sameInput || one.overall().total() != lines) {
            throw new IllegalStateException("the DirectRunner and the single-JVM reports differ");
        }
    }

    /** Single JVM, one thread: the same reader and accumulator the pipeline runs. */
    @Benchmark
    public StatsReport singleJvm() {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        ReadSummary summary = FactsReader.jsonLines().read(file, acc::add);
        return acc.result().withInput(summary);
    }

    /** DirectRunner, one worker. */
    @Benchmark
    public StatsReport directRunnerOneWorker() {
        return directRunner(1);
    }

    /** DirectRunner, two workers (the machine's cores). */
    @Benchmark
    public StatsReport directRunnerTwoWorkers() {
        return directRunner(2);
    }

    private StatsReport directRunner(int workers) {
        // The DirectRunner is a runtime dependency of dvc4j-stats-beam: chosen by its flags, as a user would.
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner",
                "--targetParallelism=" + workers, "--blockOnRun=true", "--enforceImmutability=" + checks,
                "--enforceEncodability=" + checks).create());
        long run = RUNS.incrementAndGet();
        p.apply(TextIO.read().from(file.toString()))
                .apply(ReportTransform.fromJsonLines(spec))
                .apply(ParDo.of(new Keep(run)));
        p.run().waitUntilFinish();
        return RESULTS.remove(run);
    }

    /** Keeps the report in this JVM (the DirectRunner runs in it). */
    static final class Keep extends DoFn<StatsReport, Void> {
        private static final long serialVersionUID = 1L;
        private final long run;

        Keep(long run) {
            this.run = run;
        }

        @ProcessElement
        public void process(@Element StatsReport report) {
            RESULTS.put(run, report);
        }
    }
}
