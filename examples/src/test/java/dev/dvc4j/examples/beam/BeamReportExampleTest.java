package dev.dvc4j.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportRenderer;
import dev.dvc4j.stats.report.StatsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeamReportExampleTest {

    @TempDir
    Path dir;

    @Test
    void theBeamReportOfAFileIsTheSingleJvmReportOfIt() throws Exception {
        Path input = BeamReportExample.generate(dir.resolve("facts.jsonl"), 600);
        Path output = dir.resolve("report.txt");
        String printed = BeamReportExample.run("--input=" + input, "--asOf=2026-04-01T00:00:00+07:00",
                "--groupBy=PROVINCE,CHANNEL", "--language=vi", "--targetParallelism=2", "--output=" + output);

        // The same file read and reported in one JVM, rendered the same way.
        BeamReportOptions options = org.apache.beam.sdk.options.PipelineOptionsFactory.fromArgs(
                "--asOf=2026-04-01T00:00:00+07:00", "--groupBy=PROVINCE,CHANNEL").as(BeamReportOptions.class);
        List<DossierFacts> facts = new ArrayList<>();
        ReadSummary summary = FactsReader.jsonLines().read(input, facts::add);
        StatsReport expected = ReportAccumulator.compute(BeamReportExample.spec(options), facts).withInput(summary);
        assertThat(printed).isEqualTo(ReportRenderer.of(Locale.forLanguageTag("vi")).text(expected) + "\n");
        assertThat(printed).contains("600 hồ sơ").contains("BÁO CÁO THỐNG KÊ");
        assertThat(Files.readString(output)).isEqualTo(printed);
    }

    @Test
    void withoutAnInputItReportsAGeneratedFile() throws Exception {
        String printed = BeamReportExample.run("--output=" + dir.resolve("generated.txt"));
        assertThat(printed).contains("PUBLIC SERVICE STATISTICS").contains("2,000 facts").contains("0 malformed rows");
    }

    @Test
    void badOptionsAreRefusedWithTheirName() throws Exception {
        Path input = BeamReportExample.generate(dir.resolve("few.jsonl"), 5);
        assertThatThrownBy(() -> BeamReportExample.run("--input=" + input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--asOf");
        assertThatThrownBy(() -> BeamReportExample.run("--input=" + input, "--asOf=yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--asOf");
        assertThatThrownBy(() -> BeamReportExample.run("--input=" + input, "--asOf=2026-04-01T00:00:00Z",
                "--groupBy=colour")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        assertThat(Files.list(dir)).containsExactly(input);
    }
}
