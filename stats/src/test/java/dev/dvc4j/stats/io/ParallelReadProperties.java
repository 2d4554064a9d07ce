package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.testkit.SyntheticDossiers;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading on any number of threads, with the input cut into blocks of any size, gives the same report and the same
 * summary — counts, and every problem with its line, column and path, in input order — as reading on one thread;
 * strict mode stops at the same first problem.
 */
class ParallelReadProperties {

    static final Instant AS_OF = Instant.parse("2026-03-20T10:00:00Z");
    /** The runtime's on-time rule: its working calendar throws for a time outside its range. */
    static final ReportSpec SPEC = ReportSpec.builder(MeasureSettings.from(Dvc4j.defaults(), AS_OF))
            .groupBy(Dimension.PROVINCE).build();
    static final List<DossierFacts> FACTS = SyntheticFacts.builder().seed(11)
            .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)).build().stream(600).collect(Collectors.toList());
    static final List<String> DOSSIERS = SyntheticDossiers.builder().seed(5)
            .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).build().stream(60).map(Dvc4jJson::write)
            .collect(Collectors.toList());
    static final String[] BAD_JSON = {"{\"channel\":\"fax\",\"status\":\"processing\",\"filedAt\":\"2026-02-13T16:00:00+07:00\"}",
        "null", "{", "[1,2]", "{\"channel\":\"online\",\"channel\":\"online\"}", "{\"level\":\"4\"}", "\u00ff\u00fe",
        // received in 1800: the working calendar cannot measure it, so the accumulator refuses it
        "{\"channel\":\"online\",\"status\":\"processing\",\"filedAt\":\"1800-02-13T16:00:00+07:00\",\"receivedAt\":\"1800-02-13T17:00:00+07:00\"}"};
    static final String[] BAD_CSV = {"fax,processing,2026-02-13T16:00:00+07:00", "online,processing", "\"online", "a,b,c,d,e",
        "online,processing,1800-02-13T16:00:00+07:00,1800-02-13T17:00:00+07:00"};

    /** Facts or dossiers with bad, blank and CRLF-terminated lines mixed in at random. */
    static byte[] input(long seed, FactsReader.Format format) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        if (format == FactsReader.Format.DOSSIER_JSON_LINES) {
            int from = r.nextInt(DOSSIERS.size());
            lines.addAll(DOSSIERS.subList(from, Math.min(DOSSIERS.size(), from + r.nextInt(40))));
        } else {
            int from = r.nextInt(FACTS.size());
            List<DossierFacts> some = FACTS.subList(from, Math.min(FACTS.size(), from + r.nextInt(300)));
            StringWriter out = new StringWriter();
            FactsWriter w = format == FactsReader.Format.CSV ? FactsWriter.csv(out) : FactsWriter.jsonLines(out);
            if (format == FactsReader.Format.CSV) {
                out.write("channel,status,filedAt,receivedAt\n");
                for (DossierFacts f : some) {
                    out.write(f.channel().wireName() + "," + f.status().wireName() + ","
                            + dev.dvc4j.core.internal.json.VnTimes.formatEpochSecond(f.filedEpochSecond()) + ","
                            + (f.receivedAt() == null ? "" : dev.dvc4j.core.internal.json.VnTimes.formatEpochSecond(f.receivedEpochSecond())) + "\n");
                }
            } else {
                some.forEach(w::write);
            }
            lines.addAll(List.of(out.toString().split("\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
        }
        int bad = r.nextInt(12);
        String[] pool = format == FactsReader.Format.CSV ? BAD_CSV : BAD_JSON;
        int first = format == FactsReader.Format.CSV ? 1 : 0;
        for (int i = 0; i < bad; i++) {
            int at = first + r.nextInt(Math.max(1, lines.size() - first + 1));
            lines.add(Math.min(at, lines.size()), r.nextInt(4) == 0 ? (r.nextBoolean() ? "" : "  \t") : pool[r.nextInt(pool.length)]);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i));
            if (i < lines.size() - 1 || r.nextBoolean()) {
                text.append(r.nextInt(3) == 0 ? "\r\n" : "\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static FactsReader reader(FactsReader.Format format) {
        return FactsReader.of(format).mapper(FactsMapper.defaults()).maxProblems(7);
    }

    void sameForAnySplit(FactsReader.Format format, long seed, int threads, int block) {
        byte[] bytes = input(seed, format);
        ReportAccumulator one = ReportAccumulator.of(SPEC);
        ReadSummary s1 = reader(format).threads(1).fold(new ByteArrayInputStream(bytes), one);
        ReportAccumulator many = ReportAccumulator.of(SPEC);
        ReadSummary sN = reader(format).threads(threads).blockBytes(block).fold(new ByteArrayInputStream(bytes), many);
        assertThat(sN).isEqualTo(s1);
        assertThat(many.result()).isEqualTo(one.result());
        ReportAccumulator sink = ReportAccumulator.of(SPEC);
        assertThat(reader(format).blockBytes(block).read(new ByteArrayInputStream(bytes), sink::add)).isEqualTo(s1);
        assertThat(sink.result()).isEqualTo(one.result());
        assertThat(s1.records()).isEqualTo(s1.accepted() + s1.malformed());
        assertThat(s1.lines()).isEqualTo(s1.records() + s1.blank() + (format == FactsReader.Format.CSV ? 1 : 0));

        Throwable strict1 = catchThrowable(() -> reader(format).strict().threads(1).fold(new ByteArrayInputStream(bytes),
                ReportAccumulator.of(SPEC)));
        Throwable strictN = catchThrowable(() -> reader(format).strict().threads(threads).blockBytes(block)
                .fold(new ByteArrayInputStream(bytes), ReportAccumulator.of(SPEC)));
        if (s1.isClean()) {
            assertThat(strict1).isNull();
            assertThat(strictN).isNull();
        } else {
            assertThat(strict1).isInstanceOf(FactsFormatException.class);
            assertThat(strictN).isInstanceOf(FactsFormatException.class);
            assertThat(((FactsFormatException) strictN).problem()).isEqualTo(((FactsFormatException) strict1).problem())
                    .isEqualTo(s1.problems().get(0));
        }
    }

    @org.junit.jupiter.api.Test
    void theMixedInputsHoldEveryKindOfProblem() {
        java.util.Set<String> json = new java.util.TreeSet<>();
        java.util.Set<String> dossiers = new java.util.TreeSet<>();
        for (long seed = 0; seed < 40; seed++) {
            ReportAccumulator acc = ReportAccumulator.of(SPEC);
            reader(FactsReader.Format.JSON_LINES).maxProblems(100).threads(1)
                    .fold(new ByteArrayInputStream(input(seed, FactsReader.Format.JSON_LINES)), acc)
                    .problems().forEach(p -> json.add(p.code()));
            reader(FactsReader.Format.DOSSIER_JSON_LINES).maxProblems(100).threads(1)
                    .fold(new ByteArrayInputStream(input(seed, FactsReader.Format.DOSSIER_JSON_LINES)), ReportAccumulator.of(SPEC))
                    .problems().forEach(p -> dossiers.add(p.code()));
        }
        assertThat(json).contains("stats.read.value", "input.json", "input.duplicate-key", "stats.read.type",
                "calendar.out-of-range");
        assertThat(dossiers).contains("input.json");
    }

    @Property(tries = 60)
    void factLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
                   @ForAll @IntRange(min = 1, max = 4096) int block) {
        sameForAnySplit(FactsReader.Format.JSON_LINES, seed, threads, block);
    }

    @Property(tries = 40)
    void csv(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
             @ForAll @IntRange(min = 1, max = 4096) int block) {
        sameForAnySplit(FactsReader.Format.CSV, seed, threads, block);
    }

    @Property(tries = 15)
    void dossierLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
                      @ForAll @IntRange(min = 1, max = 65536) int block) {
        sameForAnySplit(FactsReader.Format.DOSSIER_JSON_LINES, seed, threads, block);
    }
}
