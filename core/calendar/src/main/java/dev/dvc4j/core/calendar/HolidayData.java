package dev.dvc4j.core.calendar;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.calendar.HolidayJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A layer of holiday data: the Prime Minister's yearly schedule bundled with dvc4j, or a vendor's additions (a
 * province's own days off, a decision published after this release). Immutable.
 *
 * <p>A layer lists {@link HolidayEntry entries} and may declare some years <em>complete</em>: for a complete year the
 * layer's entries replace everything below it (the Labour Code's computed days and earlier layers), which is how the
 * bundled data states the exact announced schedule. For other years its entries are added on top, a later layer
 * winning for the same day.
 *
 * <p>JSON form (read by {@link #read(InputStream)}):
 * <pre>{@code
 * {
 *   "format": "dvc4j-holidays/1",
 *   "source": "Hà Tĩnh Provincial People's Committee",
 *   "years": [
 *     { "year": 2026, "complete": false, "entries": [
 *         { "from": "2026-10-10", "to": "2026-10-10", "kind": "DAY_OFF",
 *           "name": { "vi": "Ngày nghỉ của tỉnh", "en": "Provincial day off" },
 *           "legalBasis": "Decision 123/QĐ-UBND of 2026-09-01", "confidence": "confirmed" } ] } ]
 * }
 * }</pre>
 * {@code date} may replace {@code from}/{@code to}; {@code confidence} defaults to {@code confirmed}; an entry may
 * name its own {@code source}, otherwise the file's applies.
 *
 * <p>Refused, with a {@link CalendarException} naming the problem: a missing source or legal basis, a year outside
 * 1900–2199, an entry outside its year, a day declared twice or both off and working, a malformed date or kind,
 * unknown fields.
 */
public final class HolidayData implements Serializable {

    private static final long serialVersionUID = 1L;

    /** First year any holiday data may address. */
    public static final int MIN_YEAR = 1900;
    /** Last year any holiday data may address. */
    public static final int MAX_YEAR = 2199;

    private final String source;
    private final SortedSet<Integer> completeYears;
    private final List<HolidayEntry> entries;

    private HolidayData(String source, SortedSet<Integer> completeYears, List<HolidayEntry> entries) {
        this.source = source;
        this.completeYears = completeYears;
        this.entries = entries;
    }

    /**
     * Builds a layer from entries.
     *
     * @param source who supplies the layer (non-blank)
     * @param completeYears the years whose entries replace everything below this layer
     * @param entries the entries
     * @return the layer
     * @throws CalendarException if the source is blank, a year is unsupported, or a day is declared twice
     */
    public static HolidayData of(String source, Collection<Integer> completeYears, Collection<HolidayEntry> entries) {
        if (source == null || source.isBlank()) {
            throw new CalendarException("calendar.holiday-source", LocalizedText.of(
                    "Dữ liệu ngày nghỉ phải ghi nguồn (source)", "Holiday data must name its source"));
        }
        SortedSet<Integer> years = new TreeSet<>();
        for (Integer y : Objects.requireNonNull(completeYears, "completeYears")) {
            checkYear(Objects.requireNonNull(y, "year"), source);
            years.add(y);
        }
        List<HolidayEntry> list = new ArrayList<>(Objects.requireNonNull(entries, "entries"));
        Map<LocalDate, HolidayEntry> seen = new HashMap<>();
        for (HolidayEntry e : list) {
            Objects.requireNonNull(e, "entry");
            checkYear(e.date().getYear(), source);
            HolidayEntry before = seen.put(e.date(), e);
            if (before != null) {
                if (before.kind() != e.kind()) {
                    throw new CalendarException("calendar.holiday-contradiction", LocalizedText.of(
                            "%s: ngày %s vừa là ngày nghỉ vừa là ngày làm việc", "%s: %s is declared both a day off and a working day")
                            .formatted(source, e.date()));
                }
                throw new CalendarException("calendar.holiday-duplicate", LocalizedText.of(
                        "%s: ngày %s được khai báo hai lần", "%s: %s is declared twice").formatted(source, e.date()));
            }
        }
        list.sort(Comparator.comparing(HolidayEntry::date));
        return new HolidayData(source, java.util.Collections.unmodifiableSortedSet(years), List.copyOf(list));
    }

    /**
     * Reads a layer from JSON (format above). The stream is read fully but not closed.
     *
     * @param in the JSON
     * @return the layer
     * @throws CalendarException if the JSON is malformed or contradictory
     */
    public static HolidayData read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return HolidayJson.readHolidayData(in);
        } catch (IOException e) {
            throw new CalendarException("calendar.holiday-json", LocalizedText.of(
                    "Không đọc được dữ liệu ngày nghỉ: %s", "Cannot read holiday data: %s").formatted(e.getMessage()));
        }
    }

    /**
     * The national schedules bundled with dvc4j (2020 onwards), each entry citing its notice.
     *
     * @return the bundled layer
     */
    public static HolidayData bundled() {
        return HolidayJson.bundled();
    }

    private static void checkYear(int year, String source) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CalendarException("calendar.holiday-year", LocalizedText.of(
                    "%s: năm %d nằm ngoài phạm vi hỗ trợ (%d–%d)", "%s: year %d is outside the supported range (%d–%d)")
                    .formatted(source, year, MIN_YEAR, MAX_YEAR));
        }
    }

    /** @return who supplies this layer */
    public String source() {
        return source;
    }

    /** @return the years this layer states completely, ascending */
    public SortedSet<Integer> completeYears() {
        return completeYears;
    }

    /** @return every entry by date */
    public List<HolidayEntry> entries() {
        return entries;
    }

    /**
     * The entries of one year.
     *
     * @param year the year
     * @return the entries by date
     */
    public List<HolidayEntry> entries(int year) {
        return entries.stream().filter(e -> e.date().getYear() == year).toList();
    }

    /**
     * Whether this layer replaces everything below it for a year.
     *
     * @param year the year
     * @return whether the year is complete in this layer
     */
    public boolean isComplete(int year) {
        return completeYears.contains(year);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayData h && h.source.equals(source) && h.completeYears.equals(completeYears)
                && h.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, completeYears, entries);
    }

    @Override
    public String toString() {
        return "HolidayData[" + source + ", " + entries.size() + " entries, complete years " + completeYears + "]";
    }
}
