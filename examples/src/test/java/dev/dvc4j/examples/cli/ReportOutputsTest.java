package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.Metric;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dvc4j report --html --xlsx --chart}: the page, the workbook and the chart carry the numbers of the report,
 * in the chosen language, and the ranking shows what it ranks by. One run of the bundled dataset in each language.
 */
class ReportOutputsTest {

    @TempDir
    static Path dir;
    static JsonNode en;
    static String htmlEn;
    static String htmlVi;
    static Cli.Run textVi;

    @BeforeAll
    static void run() throws Exception {
        Cli.Run r = Cli.run("report", "--format", "json", "--lang", "en", "--html", dir.resolve("en.html").toString(),
                "--xlsx", dir.resolve("en.xlsx").toString(), "--chart", dir.resolve("en.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
        en = Dvc4jJson.mapper().readTree(r.out());
        htmlEn = Files.readString(dir.resolve("en.html"));
        textVi = Cli.run("report", "--html", dir.resolve("vi.html").toString(), "--xlsx", dir.resolve("vi.xlsx").toString());
        assertThat(textVi.code()).as(textVi.err()).isZero();
        htmlVi = Files.readString(dir.resolve("vi.html"));
    }

    @Test
    void theWorkbookHoldsTheReportsNumbersAsNumbers() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("en.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "By month", "By procedure", "Ranking", "Notes");
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Numerator");
            int checked = 0;
            for (Row row : summary) {
                if (row.getRowNum() == 0 || row.getCell(1) == null) {
                    continue;
                }
                for (Metric m : XlsxReport.metrics()) {
                    if (row.getCell(0).getStringCellValue().equals(m.label().en())) {
                        JsonNode rate = en.at("/overall/rates/" + m.wireName());
                        assertThat((long) row.getCell(2).getNumericCellValue()).as(m.wireName()).isEqualTo(rate.get("numerator").asLong());
                        assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(rate.get("denominator").asLong());
                        if (!rate.get("percent").isNull()) {
                            assertThat(row.getCell(4).getNumericCellValue() * 100)
                                    .isCloseTo(rate.get("percent").asDouble(), org.assertj.core.data.Offset.offset(0.005));
                            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                        }
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(XlsxReport.metrics().size());
            // the months add up to the year
            Sheet months = wb.getSheet("By month");
            assertThat(months.getLastRowNum()).isEqualTo(12);
            long received = 0;
            for (int i = 1; i <= 12; i++) {
                received += (long) months.getRow(i).getCell(1).getNumericCellValue();
            }
            assertThat(received).isEqualTo(en.at("/overall/received").asLong());
            // the ranking sheet: names from the catalogue, best first, lower bounds descending
            Sheet ranking = wb.getSheet("Ranking");
            assertThat(ranking.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(ranking.getRow(1).getCell(2).getStringCellValue()).contains("(synthetic)");
            double previous = 101;
            for (int i = 1; i <= ranking.getLastRowNum(); i++) {
                double value = ranking.getRow(i).getCell(8).getNumericCellValue();
                assertThat(value).isLessThanOrEqualTo(previous);
                previous = value;
            }
        }
        try (InputStream in = Files.newInputStream(dir.resolve("vi.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(wb.getSheet("Tổng hợp").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tử số");
        }
    }

    @Test
    void thePageIsSelfContainedAndInTheChosenLanguage() {
        assertThat(htmlEn).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<meta charset=\"utf-8\">",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trends\"", "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"ranking\"",
                "<table id=\"summary-table\">", "<table id=\"ranking-table\">", "Synthetic data, not real figures");
        // nothing is fetched: no script, style sheet, image, frame or font from elsewhere
        assertThat(htmlEn).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "url(", "@import");
        assertThat(htmlEn.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(htmlVi).contains("<html lang=\"vi\">", "Tỷ lệ hồ sơ đúng hạn theo thủ tục, xếp hạng theo cận dưới",
                "Dữ liệu tổng hợp, không phải số liệu thật");
        // localized numbers: the text report's on-time rate, decimal comma in Vietnamese, point in English
        String onTime = en.at("/overall/rates/on-time/percent").decimalValue().toPlainString();
        assertThat(htmlEn).contains(">" + onTime + "%<");
        assertThat(htmlVi).contains(">" + onTime.replace('.', ',') + "%<").contains(textViOnTime());
    }

    private static String textViOnTime() {
        Matcher m = Pattern.compile("Đúng hạn \\(2\\.1\\): ([0-9.,]+%)").matcher(textVi.out());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theRankingShowsWhatItRanksBy_withNamesAndNotes() {
        String svg = htmlEn.substring(htmlEn.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"ranking\""));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        assertThat(svg).contains("On-time rate by procedure, ranked by the lower bound of its 95% Wilson interval",
                "95% Wilson interval", "lower bound: the ranked value", "lower | rate",
                "(not from 0) so differences show", "Ordered by the lower bound");
        // each row: the lower bound and the rate; rows in order of the lower bound, which the rate need not follow
        Matcher m = Pattern.compile(">([0-9.]+)% \\| ([0-9.]+)%<").matcher(svg);
        List<double[]> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        assertThat(rows).hasSizeGreaterThan(5);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isLessThanOrEqualTo(rows.get(i - 1)[0]);
        }
        assertThat(rows).allSatisfy(r -> assertThat(r[0]).isLessThanOrEqualTo(r[1]));
        // names from the synthetic catalogue, with their codes
        assertThat(svg).containsPattern("1\\. [A-Z][^<]+ \\(9\\.9[0-9]{5}\\)");
        // the satisfaction proxy is footnoted where satisfaction is shown
        assertThat(htmlEn).contains("Satisfaction (5.4) = 100% − (late rate + complaint or dislike rate)");
        assertThat(htmlVi).contains("Mức độ hài lòng (5.4) = 100% − (tỷ lệ trễ hạn + tỷ lệ phản ánh, không hài lòng)");
        assertThat(textVi.out()).contains("Ghi chú: Mức độ hài lòng (5.4)");
    }

    @Test
    void thePngHasBothChartsAndTheTextSaysWhereTheFilesAre() throws Exception {
        BufferedImage png = ImageIO.read(dir.resolve("en.png").toFile());
        assertThat(png.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(png.getHeight()).isGreaterThan(ReportCharts.TREND_HEIGHT + 10 * 24);
        assertThat(en.at("/dataset/html").asText()).endsWith("en.html");
        assertThat(en.at("/dataset/xlsx").asText()).endsWith("en.xlsx");
        assertThat(textVi.out()).contains("Báo cáo HTML: ", "Bảng tính Excel: ");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void aMissingDirectoryIsRefusedBeforeAnyWork() {
        Cli.Run r = Cli.run("report", "--html", dir.resolve("no/such/dir/r.html").toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist");
        Cli.Run x = Cli.run("report", "--xlsx", dir.resolve("no/such/dir/r.xlsx").toString(), "--lang", "en");
        assertThat(x.code()).isEqualTo(1);
    }
}
