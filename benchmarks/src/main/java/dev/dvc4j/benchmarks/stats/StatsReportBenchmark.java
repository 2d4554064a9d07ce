package dev.dvc4j.benchmarks.stats;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
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
 * A full report (every dossier metric, overall and per province) over facts already in memory: dvc4j's
 * {@link ReportAccumulator} over a {@code DossierFacts[]} against DuckDB's SQL over the same facts loaded into a
 * table (times as epoch seconds, supplements in their own table), in the same run. The naive peer of the
 * accumulator is DuckDB with one thread; DuckDB with all threads and dvc4j split over two threads are shown too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx5g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class StatsReportBenchmark {

    @Param("10000000")
    public int facts;

    private DossierFacts[] data;
    private ReportSpec spec;
    private Connection duck;
    private Statement st;
    private String sql;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        data = BenchData.facts(facts);
        spec = ReportSpec.builder(BenchData.SETTINGS).groupBy(Dimension.PROVINCE).build();
        duck = DriverManager.getConnection("jdbc:duckdb:");
        st = duck.createStatement();
        st.execute("SET TimeZone = 'UTC'");
        BenchData.load(st, BenchData.jsonLines(facts));
        sql = BenchData.reportSql();
        // Same numbers on both sides (checked once, outside the measurement).
        StatsReport r = dvc4j();
        long[] d = duckdb(2);
        if (d[0] != r.overall().received() || d[1] != r.overall().rate(Metric.ONLINE_SHARE).numerator()
                || d[2] != r.overall().onTime().late()) {
            throw new IllegalStateException("DuckDB and dvc4j disagree");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        st.close();
        duck.close();
    }

    private StatsReport dvc4j() {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        for (DossierFacts f : data) {
            acc.add(f);
        }
        return acc.result();
    }

    private long[] duckdb(int threads) throws Exception {
        st.execute("SET threads = " + threads);
        long[] out = new long[3];
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString("province") == null) {
                    out[0] = rs.getLong("received");
                    out[1] = rs.getLong("online");
                    out[2] = rs.getLong("late");
                }
            }
        }
        return out;
    }

    /** dvc4j, one thread. */
    @Benchmark
    public StatsReport dvc4jReport() {
        return dvc4j();
    }

    /** dvc4j, the array split in two halves on two threads, then merged. */
    @Benchmark
    public StatsReport dvc4jReportTwoThreads() {
        int half = data.length / 2;
        CompletableFuture<ReportAccumulator> a = CompletableFuture.supplyAsync(() -> range(0, half));
        ReportAccumulator b = range(half, data.length);
        return a.join().merge(b).result();
    }

    private ReportAccumulator range(int from, int to) {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        for (int i = from; i < to; i++) {
            acc.add(data[i]);
        }
        return acc;
    }

    /** DuckDB with one thread: the per-core peer. */
    @Benchmark
    public long[] duckdbReportOneThread() throws Exception {
        return duckdb(1);
    }

    /** DuckDB with two threads (the machine's cores). */
    @Benchmark
    public long[] duckdbReportTwoThreads() throws Exception {
        return duckdb(2);
    }
}
