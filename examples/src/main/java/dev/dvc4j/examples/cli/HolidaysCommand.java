package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.WorkingCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dvc4j holidays 2026}: the year's days off and make-up working days, each with its legal basis. */
@Command(name = "holidays", description = "Days off and make-up working days of a year, with their legal basis.")
public final class HolidaysCommand extends Dvc4jSubcommand {

    @Parameters(paramLabel = "YEAR", description = "The year, 1900-2199.")
    int year;

    @Option(names = "--calendar", paramLabel = "FILE", description = "Extra days off and working days (dvc4j-holidays/1 JSON).")
    String calendarFile;

    @Override
    protected int run() {
        if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
            throw new CliInputException("cli.year", LocalizedText.of(
                    "Năm %d nằm ngoài phạm vi hỗ trợ (%d–%d)", "Year %d is outside the supported range (%d–%d)")
                    .formatted(year, WorkingCalendar.MIN_YEAR, WorkingCalendar.MAX_YEAR));
        }
        WorkingCalendar calendar = Calendars.calendar(calendarFile);
        List<HolidayEntry> entries = calendar.holidays(year);
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("year", year);
            r.put("entries", entries.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", e.date().toString());
                m.put("weekday", e.date().getDayOfWeek().name());
                m.put("kind", e.kind().name());
                m.put("name", options.t(e.name()));
                m.put("legalBasis", e.legalBasis());
                m.put("source", e.source());
                m.put("confidence", e.confidence().name());
                return m;
            }).toList());
            printJson(r);
            return 0;
        }
        TextTable t = new TextTable(options.t("Ngày", "Date"), options.t("Thứ", "Weekday"), options.t("Loại", "Kind"),
                options.t("Tên", "Name"), options.t("Căn cứ", "Legal basis"));
        for (HolidayEntry e : entries) {
            String kind = e.kind() == HolidayEntry.Kind.DAY_OFF ? options.t("Nghỉ", "Day off") : options.t("Làm bù", "Working day");
            String name = options.t(e.name()) + (e.confidence() == HolidayEntry.Confidence.UNCONFIRMED ? options.t(" (chưa xác nhận)", " (unconfirmed)") : "");
            t.row(e.date(), Calendars.weekday(e.date().getDayOfWeek(), options), kind, name, abbreviate(e.legalBasis()));
        }
        out().println(options.t("Ngày nghỉ và ngày làm bù năm ", "Days off and make-up working days in ") + year);
        t.print(out());
        long off = entries.stream().filter(e -> e.kind() == HolidayEntry.Kind.DAY_OFF).count();
        out().println(options.t(off + " ngày nghỉ, " + (entries.size() - off) + " ngày làm bù (ngoài thứ Bảy, Chủ nhật)",
                off + " days off, " + (entries.size() - off) + " make-up working days (besides Saturdays and Sundays)"));
        out().println(options.t("Căn cứ đầy đủ: --format json", "Full legal basis: --format json"));
        return 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 63) + "…";
    }
}
