package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.StatsPoints;
import dev.dvc4j.stats.report.ReportSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the statistics make of contributions. Loaded only when dvc4j-stats is present. */
final class StatsChecks {

    private static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

    private StatsChecks() {
    }

    static void register(Map<String, WiringChecks.Check> m) {
        m.put(StatsPoints.INDEX_766.id(), (rt, key, value, problems) -> {
            if (key == null && ReportSpec.from(rt, AS_OF).build().index() != (Index766) value) {
                problems.add(WiringChecks.where(StatsPoints.INDEX_766, null) + ": reports score the 766 index with another configuration");
            }
        });
    }

    private static MeasureSettings settings(Dvc4j rt, String key) {
        return key == null ? MeasureSettings.from(rt, AS_OF) : MeasureSettings.from(rt, AS_OF, key);
    }

    static void statisticsMeasureOn(Dvc4j rt, String key, WorkingCalendar calendar, String where, List<String> problems) {
        if (!settings(rt, key).measure().equals(calendar)) {
            problems.add(where + ": the statistics' on-time rate measures working time on another calendar");
        }
    }

    static void statisticsUseClock(Dvc4j rt, String key, SupplementClock clock, List<String> problems) {
        if (settings(rt, key).supplementClock() != clock) {
            problems.add(WiringChecks.where(dev.dvc4j.core.calendar.CalendarPoints.SUPPLEMENT_CLOCK, key)
                    + ": the statistics' on-time rate uses another supplement clock");
        }
    }

    static void statisticsUseRule(Dvc4j rt, String key, DeadlinePolicy policy, String where, List<String> problems) {
        if (!settings(rt, key).rule().equals(policy.onTimeRule())) {
            problems.add(where + ": the statistics judge lateness by " + settings(rt, key).rule()
                    + ", not by this policy's rule " + policy.onTimeRule());
        }
    }
}
