/**
 * dvc4j statistics on Apache Beam: the stats module's accumulators run unchanged on any Beam runner (the embedded
 * DirectRunner, Flink, Spark, Dataflow).
 *
 * <ul>
 *   <li>{@link dev.dvc4j.stats.beam.AccumulatorCombineFn}: any {@link dev.dvc4j.stats.Accumulator} as a
 *       {@code Combine.CombineFn};</li>
 *   <li>{@link dev.dvc4j.stats.beam.DossierFactsCoder}: a compact explicit coder for
 *       {@link dev.dvc4j.stats.DossierFacts}, registered by default (accumulators and reports travel with Java
 *       serialization);</li>
 *   <li>{@link dev.dvc4j.stats.beam.ReportTransform} and {@link dev.dvc4j.stats.beam.JsonLinesReportTransform}: a
 *       {@code PCollection} of facts or of JSON Lines to the same {@link dev.dvc4j.stats.report.StatsReport} the
 *       stats module computes in one JVM.</li>
 * </ul>
 *
 * <p>This module has no {@code module-info.java}: Beam is not usable on the module path. The DirectRunner jar
 * ({@code org.apache.beam.runners.direct}) bundles classes in over a hundred packages that the SDK jar
 * ({@code org.apache.beam.sdk}) also holds ({@code org.apache.beam.sdk.coders}, {@code org.apache.beam.sdk.util},
 * the repackaged libraries, ...), and the module system refuses such split packages. The module runs on the class
 * path, as Beam itself does; the stats module it builds on stays a named module with no Beam dependency.
 */
package dev.dvc4j.stats.beam;
