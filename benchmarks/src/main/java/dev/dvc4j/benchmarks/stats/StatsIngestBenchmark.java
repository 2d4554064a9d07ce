package dev.dvc4j.benchmarks.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
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
 * JSON Lines ingest plus the full report (every dossier metric, overall and per province), from the file, in the same
 * run: dvc4j's {@link FactsReader} folding into {@link ReportAccumulator}s on one thread and on every core; DuckDB
 * with the query an expert writes ({@link BenchData#expertSql}: one {@code read_ndjson} scan with explicit columns,
 * supplements as a {@code STRUCT} list handled with list lambdas, {@code count_if}, aggregated per province, no table,
 * no join) on one thread and on every core; and the floor of reading the file at all: its bytes, and Jackson's byte
 * tokenizer over every token. Every timing includes opening and reading the whole file. The JVM has a 256 MB heap and
 * the peak heap use is printed after each trial. The setup checks that DuckDB's numbers equal dvc4j's on every
 * province and counter.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StatsIngestBenchmark -f 1 -wi 2 -i 5
 * </pre>
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
    private final int cores = Runtime.getRuntime().availableProcessors();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = BenchData.jsonLines(lines);
        spec = ReportSpec.builder(BenchData.SETTINGS).groupBy(Dimension.PROVINCE).build();
        duck = DriverManager.getConnection("jdbc:duckdb:");
        st = duck.createStatement();
        st.execute("SET TimeZone = 'UTC'");
        st.execute("SET threads = " + cores);
        BenchData.checkExpert(st, BenchData.scan(file), dvc4j(cores));
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

    private StatsReport dvc4j(int threads) {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        ReadSummary s = FactsReader.jsonLines().threads(threads).fold(file, acc);
        if (s.accepted() != lines) {
            throw new IllegalStateException("read " + s.accepted());
        }
        return acc.result().withInput(s);
    }

    /** dvc4j on one thread: read, parse and fold every line into the report. */
    @Benchmark
    public StatsReport dvc4jOneThread() {
        return dvc4j(1);
    }

    /** dvc4j on every core (blocks of lines parsed in parallel into per-thread accumulators, merged). */
    @Benchmark
    public StatsReport dvc4jAllThreads() {
        return dvc4j(cores);
    }

    private long duckdb(int threads) throws Exception {
        st.execute("SET threads = " + threads);
        long received = 0;
        try (ResultSet rs = st.executeQuery(BenchData.expertSql(BenchData.scan(file)))) {
            while (rs.next()) {
                received += rs.getLong("received");
            }
        }
        return received;
    }

    /** DuckDB, the expert query, one thread. */
    @Benchmark
    public long duckdbExpertOneThread() throws Exception {
        return duckdb(1);
    }

    /** DuckDB, the expert query, every core. */
    @Benchmark
    public long duckdbExpertAllThreads() throws Exception {
        return duckdb(cores);
    }

    /** The floor: the file's bytes read into a 1 MiB buffer, nothing parsed. */
    @Benchmark
    public long floorReadBytes() throws IOException {
        byte[] buf = new byte[1 << 20];
        long sum = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sum += buf[n - 1];
            }
        }
        return sum;
    }

    /** The floor of a JSON reader: Jackson's byte tokenizer over every token of the file (one parser, no objects). */
    @Benchmark
    public long floorJacksonByteTokens() throws IOException {
        long n = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    n += p.getTextLength();
                }
            }
        }
        return n;
    }
}
