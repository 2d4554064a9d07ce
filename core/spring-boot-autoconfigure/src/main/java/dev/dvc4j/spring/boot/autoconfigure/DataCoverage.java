package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalTariff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the runtime's data covers, for Actuator's info and health: the modules and who provides each main point, the
 * years with an announced holiday schedule, each postal tariff's validity, and the catalogue. A running year without
 * an announced schedule makes due dates unreliable (OUT_OF_SERVICE); a postal table that expired with no successor in
 * force makes quotes impossible (DOWN). Boot-version neutral: the indicators of each Boot line adapt it.
 */
public final class DataCoverage {

    /** The health verdict. */
    public enum Verdict {
        /** All data covers today. */
        UP,
        /** Due dates may be wrong: the running year has no announced holiday schedule. */
        OUT_OF_SERVICE,
        /** A bundled table has expired with nothing in force after it. */
        DOWN
    }

    private final Verdict verdict;
    private final Map<String, Object> details;

    private DataCoverage(Verdict verdict, Map<String, Object> details) {
        this.verdict = verdict;
        this.details = details;
    }

    /**
     * Assesses a runtime on its clock's date.
     *
     * @param dvc4j the runtime
     * @return the coverage
     */
    public static DataCoverage of(Dvc4j dvc4j) {
        Map<String, Object> details = new LinkedHashMap<>();
        Verdict verdict = Verdict.UP;
        WorkingCalendar calendar = dvc4j.get(CalendarPoints.WORKING_CALENDAR);
        LocalDate today = LocalDate.now(dvc4j.clock().withZone(calendar.zone()));
        SortedSet<Integer> announced = new TreeSet<>();
        if (calendar.nationalHolidays()) {
            announced.addAll(HolidayData.bundled().completeYears());
        }
        for (HolidayData layer : calendar.holidayLayers()) {
            announced.addAll(layer.completeYears());
        }
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("runningYear", today.getYear());
        cal.put("announcedYears", List.copyOf(announced));
        cal.put("lastAnnouncedYear", announced.isEmpty() ? null : announced.last());
        boolean covered = !calendar.nationalHolidays() || announced.contains(today.getYear());
        cal.put("runningYearAnnounced", covered);
        details.put("calendar", cal);
        if (!covered) {
            verdict = Verdict.OUT_OF_SERVICE;
        }
        if (Classes.POSTAL) {
            List<Map<String, Object>> tariffs = new ArrayList<>();
            boolean expired = Postal.assess(dvc4j, today, tariffs);
            details.put("tariffs", tariffs);
            if (expired) {
                verdict = Verdict.DOWN;
            }
        }
        Catalogue catalogue = dvc4j.get(ProcedurePoints.CATALOGUE);
        Map<String, Object> c = new java.util.LinkedHashMap<>(); // the same key order on every call
        c.put("label", String.valueOf(catalogue.label()));
        c.put("procedures", catalogue.size());
        c.put("sample", catalogue.isSample());
        details.put("catalogue", c);
        return new DataCoverage(verdict, details);
    }

    /** @return the verdict */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the details, for JSON */
    public Map<String, Object> details() {
        return details;
    }

    /**
     * The modules and the provider of each main extension point, for Actuator's info.
     *
     * @param dvc4j the runtime
     * @return the description
     */
    public static Map<String, Object> modules(Dvc4j dvc4j) {
        List<Map<String, Object>> modules = new ArrayList<>();
        for (Dvc4j.ModuleInfo m : dvc4j.modules()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", m.name());
            e.put("version", m.version());
            e.put("priority", m.priority());
            e.put("discovered", m.discovered());
            modules.add(e);
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        for (ExtensionPoint<?> p : List.of(CalendarPoints.WORKING_CALENDAR, CalendarPoints.SUPPLEMENT_CLOCK,
                CalendarPoints.DEADLINE_POLICY, ProcedurePoints.CATALOGUE)) {
            dvc4j.provenance(p).ifPresent(pr -> provenance.put(p.id(), pr.module()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", Dvc4j.VERSION);
        out.put("modules", modules);
        out.put("provenance", provenance);
        return out;
    }

    /** Loaded only with dvc4j-postal. */
    private static final class Postal {
        /** Describes each tariff; whether an area's tariffs all ended before today with none in force. */
        static boolean assess(Dvc4j dvc4j, LocalDate today, List<Map<String, Object>> out) {
            Map<Set<String>, Boolean> inForce = new LinkedHashMap<>();
            Map<Set<String>, Boolean> ended = new LinkedHashMap<>();
            for (PostalTariff t : PostalCalculator.from(dvc4j).tariffs()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", t.id());
                e.put("provinces", t.provinces());
                e.put("validFrom", t.validFrom().toString());
                e.put("validTo", t.validTo() == null ? null : t.validTo().toString());
                e.put("inForce", t.inForceOn(today));
                out.add(e);
                Set<String> area = Set.copyOf(t.provinces());
                inForce.merge(area, t.inForceOn(today), Boolean::logicalOr);
                ended.merge(area, t.validTo() != null && t.validTo().isBefore(today), Boolean::logicalOr);
            }
            return ended.entrySet().stream().anyMatch(e -> e.getValue() && !inForce.get(e.getKey()));
        }
    }
}
