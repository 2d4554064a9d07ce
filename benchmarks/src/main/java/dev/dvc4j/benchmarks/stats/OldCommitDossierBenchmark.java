package dev.dvc4j.benchmarks.stats;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
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
 * Today's dossier reading against the code of the commit before this wave ({@code 17882c6}) itself, in one JMH run:
 * the old command-line jar is loaded in a class loader of its own (its own dvc4j, its own Jackson; nothing shared with
 * today's class path but the JDK), so both versions run in the same JVM on the same file.
 *
 * <p>The file is written by the old commit's own generator ({@code java -jar OLD_JAR generate --count=N --format=json
 * --seed=1}), so it uses the old snake_case spelling of some wire names ({@code in_person}); today's reader accepts
 * that spelling for one release and verifies hashes computed over it, which costs it a second hash of a filed event
 * that names such a value. Every timing includes reading the file from the page cache. The three benchmarks:
 * <ul>
 *   <li>{@code oldCommit}: the old {@code dvc4j report}'s reading loop — a {@code BufferedReader} decoding the file,
 *       {@code readValue(line)} with the old wire format's mapper (replay, hash chain, snapshot check) and
 *       {@code FactsMapper.fromDossier}; no report is built (that favours it);</li>
 *   <li>{@code todayLoop}: the same loop on today's code — each line's bytes read with {@link Dossier#fromJson},
 *       then {@code FactsMapper.fromDossier}; no report;</li>
 *   <li>{@code todayReader}: today's {@link FactsReader#dossierLines} on one thread, the report by province
 *       included (what {@code dvc4j report --threads 1} runs).</li>
 * </ul>
 *
 * <p>Build the old jar and run (the benchmark refuses to run without it):
 *
 * <pre>
 * git worktree add /tmp/dvc4j-old 17882c6
 * (cd /tmp/dvc4j-old &amp;&amp; ./mvnw -B -q package -DskipTests -pl examples -am)
 * java -Ddvc4j.oldJar=/tmp/dvc4j-old/examples/target/dvc4j.jar -jar benchmarks/target/benchmarks.jar \
 *     OldCommitDossierBenchmark -f 1 -wi 2 -i 5 -jvmArgsAppend -Ddvc4j.oldJar=/tmp/dvc4j-old/examples/target/dvc4j.jar
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class OldCommitDossierBenchmark {

    @Param("100000")
    public int dossiers;

    private Path file;
    private MethodHandle oldRead;
    private MethodHandle oldFacts;
    private final FactsMapper mapper = FactsMapper.defaults();
    private ReportSpec spec;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        String jar = System.getProperty("dvc4j.oldJar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-Ddvc4j.oldJar=PATH must name the command-line jar built at 17882c6 "
                    + "(see the class comment)");
        }
        file = Path.of(System.getProperty("java.io.tmpdir"), "dvc4j-old-commit-dossiers-" + dossiers + ".jsonl");
        if (!Files.isRegularFile(file)) {
            Path part = Files.createTempFile(file.getParent(), "dvc4j-old-commit", ".part");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar, "generate", "--count=" + dossiers, "--format=json", "--seed=1", "--out=" + part)
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the old generator failed");
            }
            Files.move(part, file);
        }
        URLClassLoader old = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> dossier = old.loadClass("dev.dvc4j.core.dossier.Dossier");
        Object oldMapper = old.loadClass("dev.dvc4j.core.json.Dvc4jJson").getMethod("mapper").invoke(null);
        Object reader = oldMapper.getClass().getMethod("readerFor", Class.class).invoke(oldMapper, dossier);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        oldRead = lookup.findVirtual(reader.getClass(), "readValue", MethodType.methodType(Object.class, String.class))
                .bindTo(reader);
        Object factsMapper = old.loadClass("dev.dvc4j.stats.FactsMapper").getMethod("defaults").invoke(null);
        oldFacts = lookup.findVirtual(factsMapper.getClass(), "fromDossier",
                MethodType.methodType(old.loadClass("dev.dvc4j.stats.DossierFacts"), dossier)).bindTo(factsMapper);
        spec = ReportSpec.builder(MeasureSettings.from(Dvc4j.defaults(), Instant.parse("2026-01-01T00:00:00Z")))
                .build();
        if (oldCommit() != dossiers || todayLoop() != dossiers || todayReader().overall().total() != dossiers) {
            throw new IllegalStateException("not every dossier was read");
        }
    }

    /**
     * The old commit's loop.
     *
     * @return how many dossiers were read
     * @throws Throwable if the old code fails
     */
    @Benchmark
    public int oldCommit() throws Throwable {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    Object facts = oldFacts.invoke(oldRead.invoke(line));
                    n += facts != null ? 1 : 0;
                }
            }
        }
        return n;
    }

    /**
     * The same loop on today's code, from the lines' bytes.
     *
     * @return how many dossiers were read
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int todayLoop() throws IOException {
        int n = 0;
        byte[] buf = new byte[1 << 20];
        int have = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(buf, have, buf.length - have);
                if (read < 0) {
                    break;
                }
                have += read;
                int start = 0;
                for (int i = 0; i < have; i++) {
                    if (buf[i] == '\n') {
                        if (i > start) {
                            DossierFacts facts = mapper.fromDossier(Dossier.fromJson(buf, start, i - start));
                            n += facts != null ? 1 : 0;
                        }
                        start = i + 1;
                    }
                }
                System.arraycopy(buf, start, buf, 0, have - start);
                have -= start;
                if (have == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
        }
        return n;
    }

    /**
     * Today's reader on one thread, with the report.
     *
     * @return the report
     */
    @Benchmark
    public StatsReport todayReader() {
        ReportAccumulator acc = ReportAccumulator.of(spec);
        ReadSummary s = FactsReader.dossierLines(mapper).strict().threads(1).fold(file, acc);
        if (s.accepted() != dossiers) {
            throw new IllegalStateException("read " + s.accepted());
        }
        return acc.result();
    }
}
