/**
 * Reports: a {@link dev.dvc4j.stats.report.ReportSpec} (period, grouping, targets, 766 index, ranking, series,
 * savings), the mergeable {@link dev.dvc4j.stats.report.ReportAccumulator} that computes a
 * {@link dev.dvc4j.stats.report.StatsReport}, and the {@link dev.dvc4j.stats.report.ReportRenderer} for JSON, CSV
 * and text in Vietnamese or English.
 */
package dev.dvc4j.stats.report;
