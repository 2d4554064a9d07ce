package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.VietnameseLunarDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dvc4j lunar 2026-02-17}: the Vietnamese lunar date of a solar date; {@code dvc4j lunar --to-solar
 * 2026-01-01 [--leap]}: the solar date of a lunar one. The time-zone convention and the range are those of
 * {@link VietnameseLunarDate}.
 */
@Command(name = "lunar", description = {"The Vietnamese lunar date of a solar date,",
    "or with --to-solar the solar date of a lunar date (YEAR-MONTH-DAY, --leap for a leap month).",
    "Days are Vietnam's local days: UTC+7 from 1968,",
    "UTC+8 from July 1954 to 1967, Huế mean time (UTC+7:10:20) before.",
    "Range: solar 1900-01-01 to 2199-12-31, lunar 1899-12-01 to 2199-11-14."})
public final class LunarCommand extends Dvc4jSubcommand {

    private static final Pattern LUNAR = Pattern.compile("(\\d{4})-(\\d{1,2})(L?)-(\\d{1,2})");
    private static final String[] CAN = {"Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"};
    private static final String[] CHI = {"Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"};

    @Parameters(paramLabel = "DATE", description = "A solar date (2026-02-17), or a lunar one with --to-solar (2026-01-01).")
    String date;

    @Option(names = "--to-solar", description = "DATE is a lunar date; print its solar date.")
    boolean toSolar;

    @Option(names = "--leap", description = "With --to-solar: the leap month.")
    boolean leap;

    @Override
    protected int run() {
        VietnameseLunarDate lunar;
        LocalDate solar;
        if (toSolar) {
            Matcher m = LUNAR.matcher(date);
            if (!m.matches()) {
                throw new CliInputException("cli.invalid-lunar-date", LocalizedText.of(
                        "\"%s\" không phải ngày âm lịch dạng NĂM-THÁNG-NGÀY (ví dụ 2026-01-01)",
                        "\"%s\" is not a lunar date as YEAR-MONTH-DAY (for example 2026-01-01)").formatted(date));
            }
            lunar = new VietnameseLunarDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    leap || !m.group(3).isEmpty(), Integer.parseInt(m.group(4)));
            solar = lunar.toSolar();
        } else {
            solar = Inputs.date("DATE", date);
            lunar = VietnameseLunarDate.fromSolar(solar);
        }
        String yearName = CAN[Math.floorMod(lunar.year(), 10)] + " " + CHI[Math.floorMod(lunar.year(), 12)];
        if (options.json()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("solar", solar.toString());
            r.put("lunar", object("year", lunar.year(), "month", lunar.month(), "leap", lunar.leap(), "day", lunar.day()));
            r.put("yearName", yearName);
            printJson(r);
            return 0;
        }
        String leapVi = lunar.leap() ? " nhuận" : "";
        String leapEn = lunar.leap() ? " (leap)" : "";
        out().println(options.t(
                "Dương lịch " + Calendars.date(solar, options) + " = âm lịch ngày " + lunar.day() + " tháng " + lunar.month()
                        + leapVi + " năm " + yearName + " (" + lunar.year() + ")",
                "Solar " + Calendars.date(solar, options) + " = lunar day " + lunar.day() + " of month " + lunar.month()
                        + leapEn + ", year " + lunar.year() + " (" + yearName + ")"));
        return 0;
    }
}
