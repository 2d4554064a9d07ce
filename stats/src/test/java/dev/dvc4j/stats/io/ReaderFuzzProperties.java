package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.testkit.SyntheticDossiers;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutation fuzzing of the three line readers: valid files with byte flips, truncations, splices, repeated keys,
 * deep nesting, huge tokens, invalid UTF-8, stray byte order marks and line breaks. Whatever the bytes, a lenient read
 * ends with exact accounting (every physical line is accepted, malformed or blank), no problem comes from an
 * unexpected exception, a strict read ends or throws {@link FactsFormatException} only, and memory stays bounded.
 */
class ReaderFuzzProperties {

    static final List<DossierFacts> FACTS = SyntheticFacts.builder().seed(3)
            .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).build().stream(40).collect(Collectors.toList());
    static final String DOSSIERS = SyntheticDossiers.builder().seed(9).period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))
            .build().stream(6).map(Dvc4jJson::write).collect(Collectors.joining("\n", "", "\n"));
    /** Small limits, so the huge tokens pass them. */
    static final ReadLimits LIMITS = new ReadLimits(64 * 1024, 1 << 20, 64, 20_000, 50, 100);
    static final byte[][] INVALID_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    static String facts(FactsReader.Format format) {
        StringWriter out = new StringWriter();
        FactsWriter w = format == FactsReader.Format.CSV ? FactsWriter.csv(out) : FactsWriter.jsonLines(out);
        FACTS.forEach(w::write);
        return out.toString();
    }

    static byte[] mutate(byte[] in, long seed, int mutations) {
        Random r = new Random(seed);
        byte[] b = in;
        for (int m = 0; m < mutations; m++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            switch (r.nextInt(10)) {
                case 0 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[Math.min(at, b.length - 1)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    int from = b.length == 0 ? 0 : r.nextInt(b.length);
                    int len = Math.min(b.length - from, r.nextInt(400));
                    b = insert(b, at, java.util.Arrays.copyOfRange(b, from, from + len));
                }
                case 3 -> b = insert(b, at, "\"channel\":\"online\",\"status\":\"processing\",".getBytes(StandardCharsets.UTF_8));
                case 4 -> b = insert(b, at, (r.nextBoolean() ? "[" : "{\"a\":").repeat(500 + r.nextInt(3000))
                        .getBytes(StandardCharsets.UTF_8));
                case 5 -> {
                    int size = 10_000 + r.nextInt(200_000);
                    String token = switch (r.nextInt(3)) {
                        case 0 -> "\"" + "x".repeat(size) + "\"";
                        case 1 -> "9".repeat(size);
                        default -> "x".repeat(size);
                    };
                    b = insert(b, at, token.getBytes(StandardCharsets.UTF_8));
                }
                case 6 -> b = insert(b, at, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
                case 7 -> b = insert(b, at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 8 -> b = insert(b, at, (r.nextBoolean() ? "\n" : "\r\n").getBytes(StandardCharsets.UTF_8));
                default -> b = insert(b, at, new byte[] {(byte) r.nextInt(128)});
            }
        }
        return b;
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    /** Physical lines, counted independently of the reader: line breaks, plus a last line without one. */
    static long physicalLines(byte[] b) {
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
    }

    void fuzz(FactsReader.Format format, byte[] valid, long seed, int mutations, int threads) {
        byte[] bytes = mutate(valid, seed, mutations);
        FactsReader reader = FactsReader.of(format).mapper(FactsMapper.defaults()).limits(LIMITS);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        ReadSummary s;
        try {
            s = reader.read(new ByteArrayInputStream(bytes), f -> { });
        } catch (FactsFormatException e) {
            // Only an unusable CSV header stops a lenient read.
            assertThat(format).isEqualTo(FactsReader.Format.CSV);
            assertThat(e.problem().code()).isIn("stats.read.csv-header", "input.utf8", "input.too-long");
            return;
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertThat(s.lines()).isEqualTo(physicalLines(bytes));
        assertThat(s.lines()).isEqualTo(s.accepted() + s.malformed() + s.blank() + (format == FactsReader.Format.CSV ? 1 : 0));
        assertThat(s.problems()).hasSize((int) Math.min(s.malformed(), LIMITS.maxProblems()));
        assertThat(s.problems()).extracting(ReadProblem::code).doesNotContain("input.record");
        for (ReadProblem p : s.problems()) {
            assertThat(p.line()).isBetween(1L, s.lines());
            assertThat(p.message().en()).doesNotContain("Exception", "jackson", "dev.dvc4j");
            assertThat(p.message().vi()).isNotBlank();
        }
        // Bounded: blocks of the reader, not copies of the input (which may hold a 200 kB token).
        assertThat(allocated).isLessThan(24L << 20);

        ReadSummary parallel = reader.threads(threads).blockBytes(512).fold(new ByteArrayInputStream(bytes),
                new Counting());
        assertThat(parallel).isEqualTo(s);
        try {
            ReadSummary strict = reader.strict().read(new ByteArrayInputStream(bytes), f -> { });
            assertThat(strict.malformed()).isZero();
            assertThat(s.isClean()).isTrue();
        } catch (FactsFormatException e) {
            assertThat(s.isClean() && format != FactsReader.Format.CSV).isFalse();
        }
    }

    /** A monoid that only counts. */
    static final class Counting implements dev.dvc4j.stats.Accumulator<DossierFacts, Counting, Long> {
        private static final long serialVersionUID = 1L;
        long n;

        @Override
        public Counting empty() {
            return new Counting();
        }

        @Override
        public void add(DossierFacts input) {
            n++;
        }

        @Override
        public Counting merge(Counting other) {
            n += other.n;
            return this;
        }

        @Override
        public Long result() {
            return n;
        }
    }

    @Property(tries = 250)
    void factLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations,
                   @ForAll @IntRange(min = 1, max = 3) int threads) {
        fuzz(FactsReader.Format.JSON_LINES, facts(FactsReader.Format.JSON_LINES).getBytes(StandardCharsets.UTF_8), seed,
                mutations, threads);
    }

    @Property(tries = 150)
    void csv(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations,
             @ForAll @IntRange(min = 1, max = 3) int threads) {
        fuzz(FactsReader.Format.CSV, facts(FactsReader.Format.CSV).getBytes(StandardCharsets.UTF_8), seed, mutations, threads);
    }

    @Property(tries = 100)
    void dossierLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations,
                      @ForAll @IntRange(min = 1, max = 3) int threads) {
        fuzz(FactsReader.Format.DOSSIER_JSON_LINES, DOSSIERS.getBytes(StandardCharsets.UTF_8), seed, mutations, threads);
    }
}
