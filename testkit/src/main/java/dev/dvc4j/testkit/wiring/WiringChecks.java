package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.spi.ExtensionPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that what a module contributed is what the library then uses: for each contribution in force that the
 * module made, the consumers that read its extension point are built from the runtime and asked (a contributed
 * calendar must give the due dates, overdue checks and statistics' working time; a tariff must price quotes in its
 * scope; a code table must be the portal mapper's and reader's; ...). A contribution to a point no check knows is a
 * problem too: a contribution nothing reads is a bug.
 *
 * <p>The checks of an artifact run only when that artifact is on the class path; {@link ModuleWiringContract} is the
 * JUnit form vendors extend.
 */
public final class WiringChecks {

    /** One check: what a consumer built from the runtime makes of a contribution. */
    @FunctionalInterface
    interface Check {
        /**
         * @param runtime the runtime with the module installed
         * @param key the variant or key, or {@code null} for a single point's main value
         * @param value the contribution in force
         * @param problems where to add what is wrong
         */
        void check(Dvc4j runtime, String key, Object value, List<String> problems);
    }

    private static final Map<String, Check> CHECKS = checks();

    private WiringChecks() {
    }

    /**
     * The ids of the extension points these checks know, so a test can prove that every point of every artifact on
     * the class path has one.
     *
     * @return the ids
     */
    public static List<String> knownPoints() {
        return List.copyOf(CHECKS.keySet());
    }

    /**
     * Checks every contribution in force that a module made.
     *
     * @param runtime the runtime the module is installed in
     * @param module the module's name
     * @return one line per problem; empty when every contribution is honoured
     */
    public static List<String> check(Dvc4j runtime, String module) {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(module, "module");
        List<String> problems = new ArrayList<>();
        for (Dvc4j.Contribution c : runtime.contributions()) {
            if (!c.module().equals(module)) {
                continue;
            }
            ExtensionPoint<?> point = c.point();
            // Under a key, a single point's variant contribution (in force, so present) and a keyed point's entry
            // are both what get(point, key) gives.
            Object value = c.key() == null ? runtime.get(point) : runtime.get(point, c.key());
            Check check = CHECKS.get(point.id());
            if (check == null) {
                problems.add(where(point, c.key()) + ": no consumer in dvc4j reads this extension point, so the contribution"
                        + " has no effect (is the artifact that reads it on the class path?)");
                continue;
            }
            check.check(runtime, c.key(), value, problems);
        }
        return problems;
    }

    static String where(ExtensionPoint<?> point, String key) {
        return point.id() + (key == null ? "" : " [" + key + "]");
    }

    private static Map<String, Check> checks() {
        Map<String, Check> m = new LinkedHashMap<>();
        m.put(IdentifierPoints.PROVINCES.id(), WiringChecks::provinces);
        m.put(CalendarPoints.WORKING_CALENDAR.id(), WiringChecks::calendar);
        m.put(CalendarPoints.SUPPLEMENT_CLOCK.id(), WiringChecks::supplementClock);
        m.put(CalendarPoints.DEADLINE_POLICY.id(), WiringChecks::deadlinePolicy);
        if (present("dev.dvc4j.core.dossier.DossierWorkflow")) {
            DossierChecks.register(m);
        }
        if (present("dev.dvc4j.core.procedure.ProcedurePoints")) {
            ProcedureChecks.register(m);
        }
        if (present("dev.dvc4j.core.portal.PortalPoints")) {
            PortalChecks.register(m);
        }
        if (present("dev.dvc4j.postal.PostalPoints")) {
            PostalChecks.register(m);
        }
        if (present("dev.dvc4j.stats.StatsPoints")) {
            StatsChecks.register(m);
        }
        return m;
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, WiringChecks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ base and calendar

    private static void provinces(Dvc4j rt, String key, Object value, List<String> problems) {
        Provinces provinces = (Provinces) value;
        if (present("dev.dvc4j.core.procedure.ProcedurePoints")) {
            ProcedureChecks.provincesReachTheDossierRules(rt, key, provinces, problems);
        }
        if (key == null && rt.get(IdentifierPoints.PROVINCES) != provinces) {
            problems.add(where(IdentifierPoints.PROVINCES, null) + ": the runtime hands out another gazetteer");
        }
    }

    private static void calendar(Dvc4j rt, String key, Object value, List<String> problems) {
        WorkingCalendar calendar = (WorkingCalendar) value;
        DeadlinePolicy policy = key == null ? rt.get(CalendarPoints.DEADLINE_POLICY) : rt.get(CalendarPoints.DEADLINE_POLICY, key);
        String where = where(CalendarPoints.WORKING_CALENDAR, key);
        if (!policy.onTimeRule().measure().equals(calendar)) {
            problems.add(where + ": the deadline policy in force (" + policy + ") measures lateness on another calendar,"
                    + " so overdue checks and statistics ignore the contributed one");
        }
        for (Instant receipt : sampleReceipts(calendar)) {
            Instant due = policy.dueAt(receipt, ProcessingPeriod.workingDays(1));
            if (!calendar.plusMinutes(due, 0).equals(due)) {
                problems.add(where + ": the deadline policy in force puts a due date on " + due.atZone(calendar.zone())
                        + ", which is not working time on the contributed calendar");
                break;
            }
        }
        if (present("dev.dvc4j.core.dossier.DossierWorkflow")) {
            DossierChecks.workflowUsesPolicy(rt, key, policy, where, problems);
        }
        if (present("dev.dvc4j.stats.StatsPoints")) {
            StatsChecks.statisticsMeasureOn(rt, key, calendar, where, problems);
        }
    }

    private static void supplementClock(Dvc4j rt, String key, Object value, List<String> problems) {
        SupplementClock clock = (SupplementClock) value;
        DeadlinePolicy policy = key == null ? rt.get(CalendarPoints.DEADLINE_POLICY) : rt.get(CalendarPoints.DEADLINE_POLICY, key);
        if (policy.onTimeRule().supplementClock() != clock) {
            problems.add(where(CalendarPoints.SUPPLEMENT_CLOCK, key) + ": the deadline policy in force (" + policy
                    + ") uses " + policy.onTimeRule().supplementClock() + ", not the contributed " + clock);
        }
        if (present("dev.dvc4j.stats.StatsPoints")) {
            StatsChecks.statisticsUseClock(rt, key, clock, problems);
        }
    }

    private static void deadlinePolicy(Dvc4j rt, String key, Object value, List<String> problems) {
        DeadlinePolicy policy = (DeadlinePolicy) value;
        String where = where(CalendarPoints.DEADLINE_POLICY, key);
        if (present("dev.dvc4j.core.dossier.DossierWorkflow")) {
            DossierChecks.workflowUsesPolicy(rt, key, policy, where, problems);
        }
        if (present("dev.dvc4j.stats.StatsPoints")) {
            StatsChecks.statisticsUseRule(rt, key, policy, where, problems);
        }
    }

    /** Receipts on every day of the calendar's current and next year, in the morning and late afternoon. */
    static List<Instant> sampleReceipts(WorkingCalendar calendar) {
        ZoneId zone = calendar.zone();
        int year = Math.max(calendar.firstDate().getYear(), Math.min(calendar.lastDate().getYear() - 1, 2026));
        List<Instant> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() <= year; d = d.plusDays(1)) {
            out.add(d.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant());
            out.add(d.atTime(LocalTime.of(16, 30)).atZone(zone).toInstant());
        }
        return out;
    }

    /**
     * A province code the gazetteer knows on a day, if any.
     *
     * @param provinces the gazetteer
     * @param day the day
     * @return a code
     */
    static Optional<String> someProvince(Provinces provinces, LocalDate day) {
        return provinces.at(day).stream().map(Province::code).findFirst();
    }
}
