/**
 * Rate statistics for online public services: {@link dev.dvc4j.stats.DossierFacts} (a flat projection of a
 * dossier), mergeable {@link dev.dvc4j.stats.Accumulator accumulators} (counts, the rates of Decision 766/QĐ-TTg's
 * formula sheet, on-time split, resolution time), {@link dev.dvc4j.stats.Rate rates} with Wilson intervals,
 * grouping, targets, the 766 index, rankings, time series and savings estimates.
 */
package dev.dvc4j.stats;
