package dev.dvc4j.core.id;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.id.PersonalIdPlaces;
import dev.dvc4j.core.internal.id.ProvinceData;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dated gazetteer of provincial-level units: which unit a two-digit code named on a given day, and which unit
 * succeeded a unit that ceased to exist. A dossier received in 2024 in Bình Dương (code {@code 74}) keeps that
 * province; {@link #current(Province, LocalDate)} gives the unit that administers its area today (Hồ Chí Minh,
 * {@code 79}, from 2025-07-01).
 *
 * <p>{@link #bundled()} holds the 63 units of 2008-08-01 to 2025-06-30 (codes of Decision 124/2004/QĐ-TTg) and
 * the 34 units from 2025-07-01 (Resolution 202/2025/QH15; codes of Decision 19/2025/QĐ-TTg, read in secondary
 * sources only), with the merger map between them. A host or vendor with other data builds its own with
 * {@link #load(InputStream)} or {@link #of(Collection)} and plugs it in at {@link IdentifierPoints#PROVINCES}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Provinces {

    private final List<Province> units;
    private final Map<String, List<Province>> byCode;

    private Provinces(List<Province> units) {
        List<Province> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(Province::code).thenComparing(Province::validFrom));
        Map<String, List<Province>> map = new LinkedHashMap<>();
        for (Province p : sorted) {
            map.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
        }
        for (List<Province> same : map.values()) {
            for (int i = 1; i < same.size(); i++) {
                Province before = same.get(i - 1);
                Province after = same.get(i);
                if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                    throw dataError("Mã %s có hai đơn vị trùng thời gian hiệu lực: %s và %s",
                            "Code %s has two units with overlapping validity: %s and %s", before.code(), before, after);
                }
            }
        }
        for (Province p : sorted) {
            if (p.successorCode() != null) {
                LocalDate next = p.validTo().plusDays(1);
                List<Province> candidates = map.getOrDefault(p.successorCode(), List.of());
                if (candidates.stream().noneMatch(s -> s.isValidOn(next))) {
                    throw dataError("Đơn vị kế thừa %s của %s không tồn tại vào ngày %s",
                            "Successor %s of %s does not exist on %s", p.successorCode(), p, next);
                }
            }
        }
        Map<String, List<Province>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.units = List.copyOf(sorted);
        this.byCode = Map.copyOf(frozen);
    }

    /**
     * The gazetteer bundled with dvc4j.
     *
     * @return the shared instance
     */
    public static Provinces bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * A gazetteer of the given units.
     *
     * @param units the units; periods under one code must not overlap, and every successor must exist on the day
     *              after its predecessor's end
     * @return the gazetteer
     * @throws Dvc4jException ({@code id.province.data}) if the units are inconsistent
     */
    public static Provinces of(Collection<Province> units) {
        Objects.requireNonNull(units, "units");
        if (units.isEmpty()) {
            throw dataError("Danh sách tỉnh rỗng", "The list of provinces is empty");
        }
        return new Provinces(List.copyOf(units));
    }

    /**
     * Reads a gazetteer from JSON in the form of the bundled {@code provinces.json}: an object with a
     * {@code units} array whose entries have {@code code}, {@code name}, {@code validFrom}, {@code validTo}
     * ({@code null} while current), {@code legalBasis}, {@code codeSource}, {@code codeSourceSecondary} and
     * {@code successor}.
     *
     * @param json the UTF-8 JSON; not closed
     * @return the gazetteer
     * @throws Dvc4jException ({@code id.province.data}) if the JSON is malformed or inconsistent
     */
    public static Provinces load(InputStream json) {
        Objects.requireNonNull(json, "json");
        return of(ProvinceData.read(json));
    }

    /**
     * The unit a code named on a day.
     *
     * @param code the two-digit code, e.g. {@code "79"}
     * @param date the day
     * @return the unit
     * @throws UnknownProvinceException if the code names no unit, or none on that day
     */
    public Province byCode(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        List<Province> candidates = candidates(code);
        for (Province p : candidates) {
            if (p.isValidOn(date)) {
                return p;
            }
        }
        String periods = candidates.stream().map(Province::toString).reduce((a, b) -> a + "; " + b).orElse("");
        throw new UnknownProvinceException(UnknownProvinceException.NOT_VALID_ON_DATE, code, date, LocalizedText.of(
                "Mã tỉnh %s không thuộc đơn vị nào vào ngày %s (các thời kỳ có mã này: %s)",
                "Province code %s names no unit on %s (periods under this code: %s)").formatted(code, date, periods));
    }

    /**
     * The unit a code named on a day, if any.
     *
     * @param code the two-digit code
     * @param date the day
     * @return the unit, or empty
     */
    public Optional<Province> find(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        return byCode.getOrDefault(code.strip(), List.of()).stream().filter(p -> p.isValidOn(date)).findFirst();
    }

    /**
     * Every unit that existed on a day, by code.
     *
     * @param date the day
     * @return the units, sorted by code; empty before the data begins
     */
    public List<Province> at(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return units.stream().filter(p -> p.isValidOn(date)).toList();
    }

    /**
     * Every unit of every period.
     *
     * @return the units, sorted by code then start
     */
    public List<Province> all() {
        return units;
    }

    /**
     * The unit that took over a unit on the day after it ended.
     *
     * @param province a unit of this gazetteer
     * @return the successor, or empty if the unit still exists or none is recorded
     */
    public Optional<Province> successor(Province province) {
        Objects.requireNonNull(province, "province");
        if (province.successorCode() == null) {
            return Optional.empty();
        }
        return find(province.successorCode(), province.validTo().plusDays(1));
    }

    /**
     * The province where a personal identification number's birth was registered, as this gazetteer names the unit
     * of the place code (digits 1–3) on the day of the place list (the 63-province list in force until
     * 2025-06-30; the number keeps it for life). A runtime's gazetteer is
     * {@code dvc4j.get(IdentifierPoints.PROVINCES)}.
     *
     * @param id the number
     * @return the unit
     * @throws UnknownProvinceException if this gazetteer has no unit under that code on that day
     */
    public Province placeOfRegistration(PersonalId id) {
        Objects.requireNonNull(id, "id");
        Province listed = PersonalIdPlaces.find(id.placeCode()).orElseThrow();
        return byCode(listed.code(), PersonalIdPlaces.listDate());
    }

    /**
     * The unit that administers a unit's area on a later day, following successors: Bình Dương (74, until
     * 2025-06-30) is Hồ Chí Minh (79) on 2025-07-01.
     *
     * @param province a unit of this gazetteer
     * @param date a day not before the unit's start
     * @return the unit itself if it still existed on that day, otherwise its successor on that day
     * @throws UnknownProvinceException if the date precedes the unit or no successor covers it
     */
    public Province current(Province province, LocalDate date) {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(date, "date");
        Province p = province;
        Set<Province> seen = new HashSet<>();
        while (seen.add(p)) {
            if (p.isValidOn(date)) {
                return p;
            }
            if (date.isBefore(p.validFrom())) {
                break;
            }
            Optional<Province> next = successor(p);
            if (next.isEmpty()) {
                break;
            }
            p = next.get();
        }
        throw new UnknownProvinceException(UnknownProvinceException.NOT_VALID_ON_DATE, province.code(), date,
                LocalizedText.of("Không xác định được đơn vị kế thừa %s vào ngày %s",
                        "No unit succeeds %s on %s").formatted(province, date));
    }

    private List<Province> candidates(String code) {
        List<Province> candidates = byCode.get(code.strip());
        if (candidates == null) {
            throw new UnknownProvinceException(UnknownProvinceException.UNKNOWN, code, null, LocalizedText.of(
                    "Mã tỉnh \"%s\" không tồn tại (mã gồm 2 chữ số, ví dụ 01 Hà Nội, 79 Hồ Chí Minh)",
                    "Province code \"%s\" does not exist (two digits, e.g. 01 Hà Nội, 79 Hồ Chí Minh)").formatted(code));
        }
        return candidates;
    }

    private static Dvc4jException dataError(String vi, String en, Object... args) {
        return new Dvc4jException("id.province.data", LocalizedText.of(vi, en).formatted(args));
    }

    @Override
    public String toString() {
        return "Provinces[" + units.size() + " units, " + byCode.size() + " codes]";
    }

    private static final class Bundled {
        static final Provinces INSTANCE = of(ProvinceData.bundled());
    }
}
