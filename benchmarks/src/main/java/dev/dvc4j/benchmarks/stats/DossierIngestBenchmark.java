package dev.dvc4j.benchmarks.stats;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

/**
 * The dossier ingest of {@code dvc4j report}: dvc4j dossiers as JSON Lines (what {@code dvc4j generate} writes), each
 * line read with the wire format (its events replayed, every hash link and the head hash verified), mapped to facts
 * and folded into the report grouped by province, on the runtime's working calendar. {@code dvc4j} is
 * {@link FactsReader#dossierLines} (each line read by {@link Dossier#fromJson}), on one thread and on every core.
 * {@code dataBindingOneThread} is the same line handling with each line read by Jackson's data binding from its bytes
 * instead (what {@code fromJson} does for a line its byte-level reader declines). Every timing includes reading the
 * file. The setup checks that all give the same report.
 *
 * <p>{@code oldLineHandlingProxy} is not the code the report had before this reader, only a proxy of it: the old line
 * handling (a {@code BufferedReader} decoding the file to characters, one string and one Jackson character parser per
 * line) in front of today's reading policy, data binding, replay, hash verification and mapping. It does not measure
 * what the old code did: that code had no duplicate-key check and older versions of the shared parts, and no JMH run
 * can hold two versions of dvc4j. Run in one JVM on the same machine, the proxy's loop took a tenth to a fifth longer
 * per dossier than the old code's own (35.3 and 36.2 against 31.4 and 32.5 µs of CPU in two runs, 34.7 against
 * 28.2 in a third; JDK 17, 2026-12-07), so the ratios against it overstate the gain over the old code; BENCHMARKS.md gives the
 * measured old-against-new figure of the command line.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DossierIngestBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class DossierIngestBenchmark {

    private static final ObjectReader DOSSIER = Dvc4jJson.mapper().readerFor(Dossier.class);

    @Param("100000")
    public int dossiers;

    private Path file;
    private ReportSpec spec;
    private final FactsMapper mapper = FactsMapper.defaults();
    private final int cores = Runtime.getRuntime().availableProcessors();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = BenchData.dossierLines(dossiers);
        spec = ReportSpec.builder(MeasureSettings.from(Dvc4j.defaults(), Instant.parse("2026-01-01T00:00:00Z")))
                .groupBy(Dimension.PROVINCE).build();
        StatsReport proxy = oldLineHandlingProxy();
        if (!proxy.equals(dvc4j(1)) || !proxy.equals(dvc4j(cores)) || !proxy.equals(dataBindingOneThread())) {
            throw new IllegalStateException("the readers disagree");
        }
    }

    private StatsReport dvc4j(int threads) {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        ReadSummary s = FactsReader.dossierLines(mapper).strict().threads(threads).fold(file, acc);
        if (s.accepted() != dossiers) {
            throw new IllegalStateException("read " + s.accepted());
        }
        return acc.result();
    }

    /**
     * The old line handling (one string and one character parser per line) in front of today's reading: a proxy of
     * the old code, not the old code (see the class comment).
     *
     * @return the report
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public StatsReport oldLineHandlingProxy() throws IOException {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    acc.add(mapper.fromDossier(DOSSIER.readValue(line)));
                }
            }
        }
        return acc.result();
    }

    /**
     * Jackson's data binding of each line, from the line's bytes, on one thread: the reader before {@code fromJson}
     * read lines by hand.
     *
     * @return the report
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public StatsReport dataBindingOneThread() throws IOException {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                if (i > start) {
                    acc.add(mapper.fromDossier(DOSSIER.readValue(all, start, i - start)));
                }
                start = i + 1;
            }
        }
        return acc.result();
    }

    /** dvc4j, one thread: each line read from its bytes by {@link Dossier#fromJson}. */
    @Benchmark
    public StatsReport dvc4jOneThread() {
        return dvc4j(1);
    }

    /** dvc4j, every core: blocks verified in parallel. */
    @Benchmark
    public StatsReport dvc4jAllThreads() {
        return dvc4j(cores);
    }
}
