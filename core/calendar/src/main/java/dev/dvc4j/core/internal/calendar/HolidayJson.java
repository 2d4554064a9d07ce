package dev.dvc4j.core.internal.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarException;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.InputFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads holiday JSON with errors that name the offending field. */
public final class HolidayJson {

    /** The format tag of holiday layers. */
    public static final String FORMAT = "dvc4j-holidays/1";
    /** Classpath location of the bundled national schedules. */
    public static final String BUNDLED = "/dev/dvc4j/core/calendar/vn-holidays.json";

    private static volatile HolidayData bundled;

    private HolidayJson() {
    }

    /**
     * The bundled layer, read once.
     *
     * @return the layer
     */
    public static HolidayData bundled() {
        HolidayData b = bundled;
        if (b == null) {
            try (InputStream in = HolidayJson.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUNDLED);
                }
                b = readHolidayData(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = b;
        }
        return b;
    }

    /**
     * Parses a holiday layer.
     *
     * @param in the JSON
     * @return the layer
     * @throws IOException if the stream fails
     */
    public static HolidayData readHolidayData(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = StrictJson.readTree("", in);
        } catch (InputFormatException e) {
            throw new CalendarException("calendar.holiday-json", LocalizedText.of(
                    "Dữ liệu ngày nghỉ: " + e.problem().describe(false), "Holiday data: " + e.problem().describe(true)), e);
        }
        if (root == null || !root.isObject()) {
            throw bad("?", "tài liệu phải là một đối tượng JSON", "the document must be a JSON object");
        }
        String source = text(root, "source", "?", true);
        only(root, source, "format", "source", "description", "years");
        String format = text(root, "format", source, false);
        if (format != null && !FORMAT.equals(format)) {
            throw bad(source, "định dạng \"" + format + "\" không được hỗ trợ (cần " + FORMAT + ")",
                    "format \"" + format + "\" is not supported (expected " + FORMAT + ")");
        }
        JsonNode years = root.get("years");
        if (years == null || !years.isArray()) {
            throw bad(source, "thiếu mảng \"years\"", "missing array \"years\"");
        }
        Set<Integer> complete = new TreeSet<>();
        Set<Integer> seenYears = new TreeSet<>();
        List<HolidayEntry> entries = new ArrayList<>();
        for (JsonNode y : years) {
            if (!y.isObject()) {
                throw bad(source, "mỗi phần tử của \"years\" phải là đối tượng", "each element of \"years\" must be an object");
            }
            only(y, source, "year", "complete", "notice", "entries");
            JsonNode yn = y.get("year");
            if (yn == null || !yn.isInt()) {
                throw bad(source, "thiếu số năm \"year\"", "missing integer \"year\"");
            }
            int year = yn.intValue();
            if (year < HolidayData.MIN_YEAR || year > HolidayData.MAX_YEAR) {
                throw new CalendarException("calendar.holiday-year", LocalizedText.of(
                        "%s: năm %d nằm ngoài phạm vi hỗ trợ (%d–%d)", "%s: year %d is outside the supported range (%d–%d)")
                        .formatted(source, year, HolidayData.MIN_YEAR, HolidayData.MAX_YEAR));
            }
            if (!seenYears.add(year)) {
                throw bad(source, "năm " + year + " xuất hiện hai lần", "year " + year + " appears twice");
            }
            JsonNode c = y.get("complete");
            if (c != null && !c.isBoolean()) {
                throw bad(source, "\"complete\" của năm " + year + " phải là true/false", "\"complete\" of " + year + " must be a boolean");
            }
            if (c != null && c.booleanValue()) {
                complete.add(year);
            }
            JsonNode es = y.get("entries");
            if (es == null || !es.isArray()) {
                throw bad(source, "năm " + year + " thiếu mảng \"entries\"", "year " + year + " has no array \"entries\"");
            }
            for (JsonNode e : es) {
                entries.addAll(entry(e, year, source));
            }
        }
        return HolidayData.of(source, complete, entries);
    }

    private static List<HolidayEntry> entry(JsonNode e, int year, String source) {
        if (!e.isObject()) {
            throw bad(source, "mỗi ngày nghỉ phải là đối tượng", "each entry must be an object");
        }
        only(e, source, "date", "from", "to", "kind", "name", "legalBasis", "source", "confidence", "note");
        LocalDate from;
        LocalDate to;
        if (e.has("date")) {
            if (e.has("from") || e.has("to")) {
                throw bad(source, "chỉ dùng \"date\" hoặc \"from\"/\"to\"", "use either \"date\" or \"from\"/\"to\"");
            }
            from = date(e, "date", source);
            to = from;
        } else {
            from = date(e, "from", source);
            to = date(e, "to", source);
        }
        if (to.isBefore(from)) {
            throw bad(source, "khoảng " + from + " – " + to + " bị ngược", "range " + from + " – " + to + " is inverted");
        }
        if (from.getYear() != year || to.getYear() != year) {
            throw bad(source, "ngày " + from + " – " + to + " không thuộc năm " + year, "dates " + from + " – " + to + " are not in year " + year);
        }
        String kindText = text(e, "kind", source, true);
        HolidayEntry.Kind kind;
        try {
            kind = HolidayEntry.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw bad(source, "loại \"" + kindText + "\" không hợp lệ (DAY_OFF hoặc WORKING_DAY)",
                    "kind \"" + kindText + "\" is invalid (DAY_OFF or WORKING_DAY)");
        }
        JsonNode name = e.get("name");
        if (name == null || !name.isObject()) {
            throw bad(source, "ngày " + from + " thiếu \"name\" {vi, en}", "entry " + from + " has no \"name\" {vi, en}");
        }
        only(name, source, "vi", "en");
        LocalizedText n = LocalizedText.of(text(name, "vi", source, true), text(name, "en", source, true));
        String basis = text(e, "legalBasis", source, true);
        String src = e.has("source") ? text(e, "source", source, true) : source;
        String conf = e.has("confidence") ? text(e, "confidence", source, true) : "confirmed";
        HolidayEntry.Confidence confidence;
        try {
            confidence = HolidayEntry.Confidence.valueOf(conf.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw bad(source, "độ tin cậy \"" + conf + "\" không hợp lệ (confirmed hoặc unconfirmed)",
                    "confidence \"" + conf + "\" is invalid (confirmed or unconfirmed)");
        }
        List<HolidayEntry> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(new HolidayEntry(d, kind, n, basis, src, confidence));
        }
        return out;
    }

    private static LocalDate date(JsonNode e, String field, String source) {
        String t = text(e, field, source, true);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException ex) {
            throw bad(source, "ngày \"" + t + "\" (" + field + ") không hợp lệ, cần yyyy-MM-dd",
                    "date \"" + t + "\" (" + field + ") is malformed, expected yyyy-MM-dd");
        }
    }

    private static String text(JsonNode n, String field, String source, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw bad(source, "thiếu trường \"" + field + "\"", "missing field \"" + field + "\"");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw bad(source, "trường \"" + field + "\" phải là chuỗi không rỗng", "field \"" + field + "\" must be a non-blank string");
        }
        return v.textValue();
    }

    private static void only(JsonNode n, String source, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) {
                throw bad(source, "trường không được hỗ trợ \"" + f + "\"", "unknown field \"" + f + "\"");
            }
        }
    }

    static CalendarException bad(String source, String vi, String en) {
        return new CalendarException("calendar.holiday-json", LocalizedText.of(
                "Dữ liệu ngày nghỉ " + source + ": " + vi, "Holiday data " + source + ": " + en));
    }
}
