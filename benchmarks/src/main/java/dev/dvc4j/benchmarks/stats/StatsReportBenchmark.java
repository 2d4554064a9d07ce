package dev.dvc4j.benchmarks.stats;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
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
 * {@link ReportAccumulator} over a {@code DossierFacts[]} against DuckDB's expert query ({@link BenchData#expertSql}:
 * one scan, supplements as a {@code STRUCT} list handled with list lambdas, no join) over the same facts loaded into
 * one table in setup (times as epoch seconds), in the same run; each on one thread and on two. The setup checks that
 * DuckDB's numbers equal dvc4j's on every province and counter. The timings include only the computation: the facts
 * are in memory on both sides.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StatsReportBenchmark -f 1 -wi 2 -i 5 -w 1s -r 1s
 * </pre>
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
        st.execute("CREATE TABLE f AS SELECT * FROM " + BenchData.scan(BenchData.jsonLines(facts)));
        sql = BenchData.expertSql("f");
        // Same numbers on both sides, on every province and counter (checked once, outside the measurement).
        BenchData.checkExpert(st, "f", dvc4j());
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

    /** DuckDB's expert query with one thread: the per-core peer. */
    @Benchmark
    public long[] duckdbExpertOneThread() throws Exception {
        return duckdb(1);
    }

    /** DuckDB's expert query with two threads (the machine's cores). */
    @Benchmark
    public long[] duckdbExpertTwoThreads() throws Exception {
        return duckdb(2);
    }
}
