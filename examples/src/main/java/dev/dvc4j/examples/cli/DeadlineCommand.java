package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.HolidayEntry;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.calendar.SupplementClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dvc4j deadline --received 2026-02-13T16:00 --duration 5d [--cutoff 15:00] [--calendar FILE] [--at T]}: the
 * due time in working time, and how much working time remains (or is overdue) at an instant.
 */
@Command(name = "deadline", description = "The due time of a dossier in working time, with Vietnamese holidays.")
public final class DeadlineCommand extends Dvc4jSubcommand {

    @Option(names = "--received", required = true, paramLabel = "DATETIME",
            description = "When the dossier was received, Vietnam time (2026-02-13T16:00) or with an offset.")
    String received;

    @Option(names = "--duration", required = true, paramLabel = "PERIOD",
            description = "The legal processing time: 5d, 4h, 2d4h (working time) or 30cd (calendar days).")
    String duration;

    @Option(names = "--cutoff", paramLabel = "HH:MM", description = "Receipts at or after this time count from the next working day.")
    String cutoff;

    @Option(names = "--calendar", paramLabel = "FILE", description = "Extra days off and working days (dvc4j-holidays/1 JSON).")
    String calendarFile;

    @Option(names = "--at", paramLabel = "DATETIME", description = "Also say how much working time remains or is overdue at this instant.")
    String at;

    @Override
    protected int run() {
        Instant receivedAt = Inputs.instant("--received", received);
        ProcessingPeriod period = ProcessingPeriod.parse(duration);
        LocalTime cut = null;
        if (cutoff != null) {
            try {
                cut = LocalTime.parse(cutoff);
            } catch (DateTimeParseException e) {
                throw new CliInputException("cli.invalid-time", LocalizedText.of(
                        "--cutoff: \"%s\" không phải giờ hợp lệ (ví dụ 15:00)", "--cutoff: \"%s\" is not a valid time (for example 15:00)")
                        .formatted(cutoff), e);
            }
        }
        Instant now = at == null ? null : Inputs.instant("--at", at);
        WorkingCalendar calendar = Calendars.calendar(calendarFile);
        CalendarDeadlinePolicy policy = new CalendarDeadlinePolicy(calendar, SupplementClock.RESTART, cut);
        Instant start = policy.clockStart(receivedAt);
        Instant due = policy.dueAt(receivedAt, period);
        List<HolidayEntry> daysOff = daysOff(calendar, start, due);

        WorkingDuration remaining = now == null ? null : policy.remaining(due, now);
        WorkingDuration overdue = now == null ? null : policy.overdueBy(due, now);
        boolean isOverdue = overdue != null && overdue.compareTo(WorkingDuration.ZERO) > 0;
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("received", receivedAt.atZone(Dvc4j.VIETNAM).toOffsetDateTime().toString());
            r.put("duration", period.toString());
            r.put("cutoff", cut == null ? null : cut.toString());
            r.put("clockStart", start.atZone(Dvc4j.VIETNAM).toOffsetDateTime().toString());
            r.put("due", due.atZone(Dvc4j.VIETNAM).toOffsetDateTime().toString());
            r.put("daysOff", daysOff.stream().map(e -> object("date", e.date().toString(), "kind", e.kind().name(),
                    "name", options.t(e.name()), "legalBasis", e.legalBasis())).toList());
            if (now != null) {
                r.put("at", now.atZone(Dvc4j.VIETNAM).toOffsetDateTime().toString());
                r.put("overdue", isOverdue);
                r.put("remaining", remaining.toString());
                r.put("remainingMinutes", remaining.toMinutes(calendar.minutesPerDay()));
                r.put("overdueBy", overdue.toString());
                r.put("overdueMinutes", overdue.toMinutes(calendar.minutesPerDay()));
            }
            printJson(r);
            return 0;
        }
        String pad = options.t("%-22s", "%-16s");
        out().println(String.format(pad, options.t("Tiếp nhận:", "Received:")) + Calendars.local(receivedAt, options));
        out().println(String.format(pad, options.t("Thời hạn giải quyết:", "Duration:")) + options.t(period.describe()));
        if (!start.equals(receivedAt)) {
            out().println(String.format(pad, options.t("Bắt đầu tính:", "Clock starts:")) + Calendars.local(start, options));
        }
        out().println(String.format(pad, options.t("Hẹn trả kết quả:", "Due:")) + Calendars.local(due, options));
        if (!daysOff.isEmpty()) {
            out().println(options.t("Ngày nghỉ trong khoảng này:", "Days off in between:"));
            for (HolidayEntry e : daysOff) {
                out().println(String.format("  %-24s%s", Calendars.date(e.date(), options), options.t(e.name())));
            }
        }
        if (now != null) {
            out().println(String.format(pad, options.t("Tại thời điểm:", "At:")) + Calendars.local(now, options));
            if (isOverdue) {
                out().println(String.format(pad, options.t("Quá hạn:", "Overdue by:")) + options.t(overdue.describe()));
            } else {
                out().println(String.format(pad, options.t("Còn lại:", "Remaining:")) + options.t(remaining.describe()));
            }
        }
        return 0;
    }

    private static List<HolidayEntry> daysOff(WorkingCalendar calendar, Instant from, Instant to) {
        LocalDate a = from.atZone(calendar.zone()).toLocalDate();
        LocalDate b = to.atZone(calendar.zone()).toLocalDate();
        List<HolidayEntry> list = new ArrayList<>();
        for (int y = a.getYear(); y <= b.getYear(); y++) {
            for (HolidayEntry e : calendar.holidays(y)) {
                if (!e.date().isBefore(a) && !e.date().isAfter(b) && e.kind() == HolidayEntry.Kind.DAY_OFF) {
                    list.add(e);
                }
            }
        }
        return list;
    }
}
