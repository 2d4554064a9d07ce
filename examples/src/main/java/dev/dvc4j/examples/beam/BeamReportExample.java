package dev.dvc4j.examples.beam;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.beam.ReportTransform;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.stats.report.ReportRenderer;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import dev.dvc4j.testkit.stats.SyntheticFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * The stats report of a JSON Lines file computed by Apache Beam: {@code TextIO} reads the lines,
 * {@link ReportTransform#fromJsonLines(ReportSpec)} parses and combines them on every worker, and the rendered
 * report is written to one file and printed.
 *
 * <pre>
 * java dev.dvc4j.examples.beam.BeamReportExample --input=facts.jsonl --asOf=2026-04-01T00:00:00+07:00 \
 *     --groupBy=PROVINCE --language=vi --targetParallelism=2
 * </pre>
 *
 * Without {@code --input} it generates 2,000 facts into a temporary file. It runs on Beam's DirectRunner by
 * default; the same program runs on Flink or Spark with {@code --runner=FlinkRunner --flinkMaster=host:8081} or
 * {@code --runner=SparkRunner} and that runner on the class path, no code changed.
 */
public final class BeamReportExample {

    /** The end of the generated facts' period. */
    static final String GENERATED_AS_OF = "2026-04-01T00:00:00+07:00";

    private BeamReportExample() {
    }

    /**
     * Runs the example and prints the report.
     *
     * @param args Beam-style options ({@code --name=value}), see {@link BeamReportOptions}
     * @throws IOException if a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        // Beam logs each file it opens at INFO; the report is the output here.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.beam") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.beam", "warn");
        }
        System.out.print(run(args));
    }

    /**
     * Runs the pipeline to completion.
     *
     * @param args Beam-style options
     * @return the rendered report
     * @throws IOException if a file cannot be written or read
     * @throws IllegalArgumentException for a bad option
     */
    public static String run(String... args) throws IOException {
        PipelineOptionsFactory.register(BeamReportOptions.class);
        BeamReportOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(BeamReportOptions.class);
        if (options.getInput() == null) {
            Path generated = Files.createTempFile("dvc4j-facts-", ".jsonl");
            generated.toFile().deleteOnExit();
            options.setInput(generate(generated, 2000).toString());
            if (options.getAsOf() == null) {
                options.setAsOf(GENERATED_AS_OF);
            }
        }
        if (options.getAsOf() == null) {
            throw new IllegalArgumentException("--asOf is required with --input (the end of the reporting period, "
                    + "e.g. --asOf=2026-04-01T00:00:00+07:00)");
        }
        Path output;
        if (options.getOutput() != null) {
            output = Path.of(options.getOutput());
        } else {
            output = Files.createTempFile("dvc4j-report-", ".txt");
            output.toFile().deleteOnExit();
        }
        ReportSpec spec = spec(options);
        String language = options.getLanguage();

        Pipeline p = Pipeline.create(options);
        p.apply("read", TextIO.read().from(options.getInput()))
                .apply("report", ReportTransform.fromJsonLines(spec))
                .apply("render", ParDo.of(new RenderFn(language)))
                .apply("write", TextIO.write().to(output.toString()).withoutSharding());
        p.run().waitUntilFinish();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    static ReportSpec spec(BeamReportOptions options) {
        Instant asOf;
        try {
            asOf = OffsetDateTime.parse(options.getAsOf()).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("--asOf is not an ISO-8601 time with an offset: " + options.getAsOf(), e);
        }
        List<Dimension> dims = new ArrayList<>();
        for (String d : options.getGroupBy().split(",")) {
            if (!d.isBlank()) {
                try {
                    dims.add(Dimension.parse(d));
                } catch (dev.dvc4j.stats.StatsException e) {
                    throw new IllegalArgumentException("--groupBy: unknown dimension " + d.strip(), e);
                }
            }
        }
        return ReportSpec.builder(MeasureSettings.wallClock(asOf)).groupBy(dims).build();
    }

    /**
     * Writes generated facts as JSON Lines.
     *
     * @param file the file
     * @param count how many facts
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path generate(Path file, int count) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            FactsWriter out = FactsWriter.jsonLines(w);
            SyntheticFacts.builder().seed(2026).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 30)).build().stream(count)
                    .forEach(out::write);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    /** Renders the report as a text table. */
    static final class RenderFn extends DoFn<StatsReport, String> {
        private static final long serialVersionUID = 1L;
        private final String language;

        RenderFn(String language) {
            this.language = language;
        }

        @ProcessElement
        public void process(@Element StatsReport report, OutputReceiver<String> out) {
            out.output(ReportRenderer.of(Locale.forLanguageTag(language)).text(report));
        }
    }
}
