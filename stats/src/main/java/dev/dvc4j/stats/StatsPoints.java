package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of the statistics (see the table of every point in {@code docs/EXTENDING.md}). The on-time
 * rate also reads the calendar's points ({@code CalendarPoints.DEADLINE_POLICY}, and through its default the working
 * calendar and supplement clock), so a province's calendar changes its late counts as it changes its dossiers' due
 * dates.
 */
public final class StatsPoints {

    /**
     * The Decision 766/QĐ-TTg index configuration: groups, indicator weights and full-score thresholds. Default:
     * {@link Index766#bundled()}. Read by {@link dev.dvc4j.stats.report.ReportSpec#from(dev.dvc4j.core.spi.Extensions,
     * java.time.Instant)}.
     */
    public static final ExtensionPoint<Index766> INDEX_766 = ExtensionPoint.single("stats.index-766", Index766.class,
            "0.2.0", LocalizedText.of("Cấu hình Bộ chỉ số 766", "The Decision 766 index configuration"),
            x -> Index766.bundled());

    private StatsPoints() {
    }
}
