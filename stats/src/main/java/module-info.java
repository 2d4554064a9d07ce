/**
 * dvc4j stats: mergeable accumulators over dossier facts, rates with Wilson intervals, targets, the Decision 766
 * index, rankings, time series, savings estimates, fact readers (JSON Lines, CSV) and report rendering.
 */
module dev.dvc4j.stats {
    requires transitive dev.dvc4j.portal;
    requires org.apache.commons.statistics.interval;

    exports dev.dvc4j.stats;
    exports dev.dvc4j.stats.io;
    exports dev.dvc4j.stats.report;
}
