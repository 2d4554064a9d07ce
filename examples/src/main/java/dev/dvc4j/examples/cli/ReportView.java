package dev.dvc4j.examples.cli;

import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.report.ReportRenderer;
import dev.dvc4j.stats.report.StatsReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/**
 * What the report's readable outputs (PNG chart, HTML page, Excel workbook) show: the report, its months, the ranking
 * of one dimension with the names of what is ranked, the dataset's label, and the language.
 *
 * @param report the report as computed (the text and JSON outputs show the same)
 * @param months the metrics of each month ({@code yyyy-MM} keys)
 * @param ranked the report grouped by the ranked dimension, with its ranking
 * @param rankedBy what the ranking ranks (procedure, agency, …)
 * @param names the display name of a value of {@code rankedBy} (a procedure's name from the catalogue), or the value
 * @param dataset a label for the data ("synthetic data"), or empty
 * @param options the language
 */
record ReportView(StatsReport report, SortedMap<GroupKey, Metrics> months, StatsReport ranked, Dimension rankedBy,
                  UnaryOperator<String> names, String dataset, CommonOptions options) {

    ReportView {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(ranked, "ranked");
        Objects.requireNonNull(rankedBy, "rankedBy");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(options, "options");
        dataset = dataset == null ? "" : dataset;
    }

    /** @return the ranking, best first */
    List<Ranking.Entry> ranking() {
        return ranked.ranking();
    }

    /** @return the ranked metric */
    Metric rankMetric() {
        return ranked.spec().rankMetric();
    }

    /** @return what the ranking compares */
    Ranking.Basis basis() {
        return ranked.spec().ranking().basis();
    }

    /** @return the renderer in the chosen language (localized numbers, notes) */
    ReportRenderer renderer() {
        return ReportRenderer.of(options.locale());
    }

    /** @return the text in the chosen language */
    String t(String vi, String en) {
        return options.t(vi, en);
    }

    /**
     * The display name of a value of a dimension: a procedure's name from the catalogue, a province's name from the
     * gazetteer; the value itself when there is no name.
     *
     * @param dimension the dimension
     * @param catalogue the catalogue, or {@code null}
     * @param day the day names are looked up on (a province's name on that day)
     * @param options the language
     * @return the lookup
     */
    static UnaryOperator<String> names(Dimension dimension, Catalogue catalogue, LocalDate day, CommonOptions options) {
        return switch (dimension) {
            case PROCEDURE -> value -> {
                if (catalogue == null || value.isEmpty()) {
                    return value;
                }
                try {
                    return catalogue.procedure(ProcedureCode.parse(value)).map(p -> options.t(p.name())).orElse(value);
                } catch (RuntimeException e) {
                    return value;
                }
            };
            case PROVINCE -> value -> Provinces.bundled().find(value, day).map(p -> p.name()).orElse(value);
            default -> value -> value;
        };
    }
}
