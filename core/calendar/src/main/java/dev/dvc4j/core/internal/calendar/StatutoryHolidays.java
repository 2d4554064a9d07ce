package dev.dvc4j.core.internal.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.VietnameseLunarDate;
import dev.dvc4j.core.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of the Labour Code by year range, read from {@code vn-statutory-holidays.json}, with the
 * compensatory-day rule (a holiday on the weekly rest day moves to the next working day). Used for years that no
 * holiday layer states completely.
 */
public final class StatutoryHolidays {

    /** Classpath location of the rules. */
    public static final String RESOURCE = "/dev/dvc4j/core/calendar/vn-statutory-holidays.json";
    /** The source named by computed entries. */
    public static final String SOURCE = "statutory";

    private static final StatutoryHolidays INSTANCE = load();

    private enum Type { SOLAR, LUNAR, TET, ADJACENT }

    private record Rule(Type type, int month, int day, int firstDay, int days, Map<DayOfWeek, Integer> offsets,
                        LocalizedText name, String legalBasis, HolidayEntry.Confidence confidence) {
    }

    private record RuleSet(int validFrom, int validTo, List<Rule> rules) {
    }

    private final Set<DayOfWeek> restDays;
    private final LocalizedText compensationName;
    private final String compensationBasis;
    private final List<RuleSet> ruleSets;

    private StatutoryHolidays(Set<DayOfWeek> restDays, LocalizedText compensationName, String compensationBasis,
                              List<RuleSet> ruleSets) {
        this.restDays = restDays;
        this.compensationName = compensationName;
        this.compensationBasis = compensationBasis;
        this.ruleSets = ruleSets;
    }

    /**
     * The bundled rules.
     *
     * @return the rules
     */
    public static StatutoryHolidays instance() {
        return INSTANCE;
    }

    private static StatutoryHolidays load() {
        try (InputStream in = StatutoryHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(StrictJson.readTree(RESOURCE, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StatutoryHolidays parse(JsonNode root) {
        Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode d : root.required("weeklyRestDays")) {
            rest.add(DayOfWeek.valueOf(d.asText()));
        }
        JsonNode comp = root.required("compensation");
        List<RuleSet> sets = new ArrayList<>();
        int expectFrom = 1900;
        for (JsonNode rs : root.required("ruleSets")) {
            int from = rs.required("validFrom").asInt();
            int to = rs.required("validTo").asInt();
            if (from != expectFrom || to < from) {
                throw new IllegalStateException("statutory rule sets must cover 1900–2199 without gaps, at " + from);
            }
            expectFrom = to + 1;
            List<Rule> rules = new ArrayList<>();
            for (JsonNode r : rs.required("rules")) {
                Type type = Type.valueOf(r.required("type").asText());
                Map<DayOfWeek, Integer> offsets = new EnumMap<>(DayOfWeek.class);
                if (type == Type.ADJACENT) {
                    r.required("offsetByWeekday").fields().forEachRemaining(f -> offsets.put(DayOfWeek.valueOf(f.getKey()), f.getValue().asInt()));
                    if (offsets.size() != 7) {
                        throw new IllegalStateException("ADJACENT rule needs an offset for every weekday");
                    }
                }
                rules.add(new Rule(type, r.path("month").asInt(), r.path("day").asInt(), r.path("firstDay").asInt(),
                        r.path("days").asInt(1), offsets, name(r.required("name")), r.required("legalBasis").asText(),
                        HolidayEntry.Confidence.valueOf(r.path("confidence").asText("CONFIRMED").toUpperCase(Locale.ROOT))));
            }
            sets.add(new RuleSet(from, to, List.copyOf(rules)));
        }
        if (expectFrom != 2200) {
            throw new IllegalStateException("statutory rule sets must reach 2199");
        }
        return new StatutoryHolidays(rest, name(comp.required("name")), comp.required("legalBasis").asText(), List.copyOf(sets));
    }

    private static LocalizedText name(JsonNode n) {
        return LocalizedText.of(n.required("vi").asText(), n.required("en").asText());
    }

    /**
     * The weekly rest days the compensatory rule refers to (civil servants: Saturday and Sunday).
     *
     * @return the rest days
     */
    public Set<DayOfWeek> restDays() {
        return EnumSet.copyOf(restDays);
    }

    /**
     * The holidays of a year computed from the rules, with compensatory days, by date.
     *
     * @param year 1900–2199
     * @return the entries
     */
    public List<HolidayEntry> compute(int year) {
        RuleSet set = ruleSets.stream().filter(s -> year >= s.validFrom() && year <= s.validTo()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no statutory rules for " + year));
        TreeMap<LocalDate, HolidayEntry> days = new TreeMap<>();
        for (Rule r : set.rules()) {
            for (LocalDate d : dates(r, year)) {
                days.putIfAbsent(d, new HolidayEntry(d, HolidayEntry.Kind.DAY_OFF, r.name(), r.legalBasis(), SOURCE, r.confidence()));
            }
        }
        Set<LocalDate> taken = new HashSet<>(days.keySet());
        List<HolidayEntry> comps = new ArrayList<>();
        for (HolidayEntry h : days.values()) {
            if (restDays.contains(h.date().getDayOfWeek())) {
                LocalDate c = h.date().plusDays(1);
                while (restDays.contains(c.getDayOfWeek()) || taken.contains(c)) {
                    c = c.plusDays(1);
                }
                taken.add(c);
                comps.add(new HolidayEntry(c, HolidayEntry.Kind.DAY_OFF,
                        LocalizedText.of(compensationName.vi() + ": " + h.name().vi(), compensationName.en() + ": " + h.name().en()),
                        compensationBasis, SOURCE, h.confidence()));
            }
        }
        for (HolidayEntry c : comps) {
            days.put(c.date(), c);
        }
        return List.copyOf(days.values());
    }

    private static List<LocalDate> dates(Rule r, int year) {
        return switch (r.type()) {
            case SOLAR -> List.of(LocalDate.of(year, r.month(), r.day()));
            case LUNAR -> List.of(VietnameseLunarDate.toSolar(year, r.month(), false, r.day()));
            case TET -> {
                LocalDate first = VietnameseLunarDate.newYear(year).plusDays(r.firstDay());
                List<LocalDate> l = new ArrayList<>();
                for (int i = 0; i < r.days(); i++) {
                    l.add(first.plusDays(i));
                }
                yield l;
            }
            case ADJACENT -> {
                LocalDate base = LocalDate.of(year, r.month(), r.day());
                yield List.of(base.plusDays(r.offsets().get(base.getDayOfWeek())));
            }
        };
    }
}
