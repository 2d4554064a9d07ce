package dev.dvc4j.examples.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The example's command-line options, beside Beam's own ({@code --runner}, {@code --targetParallelism},
 * {@code --flinkMaster}, ...).
 */
public interface BeamReportOptions extends PipelineOptions {

    /** @return the JSON Lines input (a file, a glob, or any path the runner's file systems read) */
    @Description("JSON Lines facts to read (file or glob); when absent, a small generated file is used")
    String getInput();

    /** @param input the input */
    void setInput(String input);

    /** @return the end of the reporting period, ISO-8601 */
    @Description("End of the period (ISO-8601, e.g. 2026-04-01T00:00:00+07:00): open dossiers are measured then. "
            + "Required with --input.")
    String getAsOf();

    /** @param asOf the end of the period */
    void setAsOf(String asOf);

    /** @return grouping dimensions, comma-separated */
    @Description("Grouping dimensions, comma-separated (PROVINCE, AGENCY, SECTOR, CHANNEL, ...)")
    @Default.String("PROVINCE")
    String getGroupBy();

    /** @param dims grouping dimensions */
    void setGroupBy(String dims);

    /** @return {@code vi} or {@code en} */
    @Description("Language of the report: vi or en")
    @Default.String("en")
    String getLanguage();

    /** @param language the language */
    void setLanguage(String language);

    /** @return where the rendered report is written */
    @Description("File the rendered report is written to; when absent, a temporary file")
    String getOutput();

    /** @param output the output file */
    void setOutput(String output);
}
