package dev.dvc4j.benchmarks.stats;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * JSON Lines ingest plus the full report: dvc4j's streaming {@link FactsReader} feeding a {@link ReportAccumulator}
 * against DuckDB's {@code read_json} into tables plus the same SQL, on the same file in the same run. The JVM runs
 * with a 256 MB heap ({@code -Xmx256m}) and the peak heap use after each trial is printed, so the constant-memory
 * claim is checked on the same run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class StatsIngestBenchmark {

    @Param("1000000")
    public int lines;

    private Path file;
    private ReportSpec spec;
    private Connection duck;
    private Statement st;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = BenchData.jsonLines(lines);
        spec = ReportSpec.builder(BenchData.SETTINGS).groupBy(Dimension.PROVINCE).build();
        duck = DriverManager.getConnection("jdbc:duckdb:");
        st = duck.createStatement();
        st.execute("SET TimeZone = 'UTC'");
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n[heap] max %d MB, peak used (sum of heap pools) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        st.close();
        duck.close();
    }

    /** dvc4j: stream the file, one thread, constant memory. */
    @Benchmark
    public StatsReport dvc4jReadJsonLinesAndReport() {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        ReadSummary s = FactsReader.jsonLines().read(file, acc::add);
        if (s.accepted() != lines) {
            throw new IllegalStateException("read " + s.accepted());
        }
        return acc.result().withInput(s);
    }

    private long duckdb(int threads) throws Exception {
        st.execute("SET threads = " + threads);
        BenchData.load(st, file);
        long received = 0;
        try (ResultSet rs = st.executeQuery(BenchData.reportSql())) {
            while (rs.next()) {
                received += rs.getLong("received");
            }
        }
        st.execute("DROP TABLE f");
        st.execute("DROP TABLE s");
        return received;
    }

    /** DuckDB read_json + the same SQL, one thread. */
    @Benchmark
    public long duckdbReadJsonAndReportOneThread() throws Exception {
        return duckdb(1);
    }

    /** DuckDB read_json + the same SQL, two threads. */
    @Benchmark
    public long duckdbReadJsonAndReportTwoThreads() throws Exception {
        return duckdb(2);
    }
}
