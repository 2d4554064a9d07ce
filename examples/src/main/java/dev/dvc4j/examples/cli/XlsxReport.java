package dev.dvc4j.examples.cli;

import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.report.StatsReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook ({@code dvc4j report --xlsx FILE}), as provincial offices exchange figures: one
 * sheet for the whole period, one per grouping (the report's own grouping, the months, the ranked dimension), and a
 * sheet of notes. Numerators, denominators and rates are numbers (rates as fractions shown as percentages), so the
 * figures can be summed and recomputed; headers are in the chosen language.
 */
final class XlsxReport {

    private XlsxReport() {
    }

    /**
     * Writes the workbook.
     *
     * @param file the {@code .xlsx} file
     * @param v what to write
     * @throws IOException if the file cannot be written
     */
    static void write(Path file, ReportView v) throws IOException {
        Outputs.bytesAtomically("--xlsx", file.toString(), (OutputStream os) -> {
            try (XSSFWorkbook wb = workbook(v)) {
                wb.write(os);
            }
        });
    }

    /** The metrics of every sheet's rows: all the dossier metrics. */
    static List<Metric> metrics() {
        List<Metric> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.fromDossiers()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The workbook.
     *
     * @param v what to write
     * @return the workbook (the caller closes it)
     */
    static XSSFWorkbook workbook(ReportView v) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        StatsReport report = v.report();
        summary(wb.createSheet(name(v.t("Tổng hợp", "Summary"))), st, v, report.overall());
        if (!report.spec().groupBy().isEmpty()) {
            List<String> dims = new ArrayList<>();
            for (Dimension d : report.spec().groupBy()) {
                dims.add(v.options().t(d.label()));
            }
            groups(wb.createSheet(name(v.t("Theo ", "By ") + String.join(", ", dims).toLowerCase(v.options().locale()))),
                    st, v, report.spec().groupBy(), report.groups());
        }
        if (!report.spec().groupBy().equals(List.of(Dimension.MONTH))) {
            groups(wb.createSheet(name(v.t("Theo tháng", "By month"))), st, v, List.of(Dimension.MONTH), v.months());
        }
        if (!report.spec().groupBy().equals(List.of(v.rankedBy()))) {
            groups(wb.createSheet(name(v.t("Theo ", "By ") + v.options().t(v.rankedBy().label()).toLowerCase(v.options().locale()))),
                    st, v, List.of(v.rankedBy()), v.ranked().groups());
        }
        ranking(wb.createSheet(name(v.t("Xếp hạng", "Ranking"))), st, v);
        notes(wb.createSheet(name(v.t("Ghi chú", "Notes"))), st, v);
        return wb;
    }

    private static String name(String s) {
        String n = WorkbookUtil.createSafeSheetName(s);
        return n.length() > 31 ? n.substring(0, 31) : n;
    }

    /** Cell styles shared by the sheets. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle decimal;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        }
    }

    private static void header(Sheet sheet, Styles st, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(st.header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, names.get(i).length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void count(Row row, int col, long v, Styles st) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(st.count);
    }

    /** A rate as a fraction (0.9705), shown as a percentage; empty when not applicable. */
    private static void fraction(Row row, int col, Rate r, Styles st) {
        Cell c = row.createCell(col);
        if (r.isApplicable()) {
            c.setCellValue((double) r.numerator() / r.denominator());
            c.setCellStyle(st.percent);
        }
    }

    private static void summary(Sheet sheet, Styles st, ReportView v, Metrics m) {
        header(sheet, st, List.of(v.t("Chỉ số", "Metric"), v.t("Công thức", "Formula"), v.t("Tử số", "Numerator"),
                v.t("Mẫu số", "Denominator"), v.t("Tỷ lệ", "Rate"), v.t("Cận dưới 95% (Wilson)", "Wilson 95% lower"),
                v.t("Cận trên 95% (Wilson)", "Wilson 95% upper")));
        sheet.setColumnWidth(0, 44 * 256);
        int r = 1;
        for (Metric metric : metrics()) {
            Rate rate = m.rate(metric);
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(v.options().t(metric.label()));
            row.createCell(1).setCellValue(metric.formula());
            count(row, 2, rate.numerator(), st);
            count(row, 3, rate.denominator(), st);
            fraction(row, 4, rate, st);
            if (rate.wilson().isPresent()) {
                Cell lo = row.createCell(5);
                lo.setCellValue(rate.wilson().get().lower());
                lo.setCellStyle(st.percent);
                Cell hi = row.createCell(6);
                hi.setCellValue(rate.wilson().get().upper());
                hi.setCellStyle(st.percent);
            }
        }
        r++;
        Metrics.OnTime ot = m.onTime();
        Object[][] counts = {
            {v.t("Tiếp nhận", "Received"), m.received()},
            {v.t("Đúng hạn: được đo", "On time: measured"), ot.measured()},
            {v.t("Sớm hạn", "Early"), ot.early()},
            {v.t("Đúng hạn", "On time"), ot.onTime()},
            {v.t("Trễ hạn", "Late"), ot.late()},
            {v.t("Đang xử lý", "Open"), ot.open()},
            {v.t("Không đo được", "Unmeasured"), ot.unmeasured()},
            {v.t("Đã giải quyết", "Resolved"), m.resolved()},
        };
        for (Object[] c : counts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue((String) c[0]);
            count(row, 2, (Long) c[1], st);
        }
        Row avg = sheet.createRow(r);
        avg.createCell(0).setCellValue(v.t("Thời gian giải quyết trung bình (phút, 2.2)", "Average resolution time (minutes, 2.2)"));
        m.averageResolutionMinutes().ifPresent(x -> {
            Cell c = avg.createCell(2);
            c.setCellValue(x.doubleValue());
            c.setCellStyle(st.decimal);
        });
    }

    private static void groups(Sheet sheet, Styles st, ReportView v, List<Dimension> dims,
                               SortedMap<GroupKey, Metrics> groups) {
        List<String> names = new ArrayList<>();
        for (Dimension d : dims) {
            names.add(v.options().t(d.label()));
        }
        boolean named = dims.size() == 1 && dims.get(0) == v.rankedBy() && dims.get(0) != Dimension.MONTH;
        if (named) {
            names.add(v.t("Tên", "Name"));
        }
        names.add(v.t("Tiếp nhận", "Received"));
        for (Metric m : metrics()) {
            String label = v.options().t(m.label()) + (m.formula().isEmpty() ? "" : " (" + m.formula() + ")");
            names.add(label + v.t(": tử số", ": numerator"));
            names.add(label + v.t(": mẫu số", ": denominator"));
            names.add(label + v.t(": tỷ lệ", ": rate"));
        }
        header(sheet, st, names);
        int r = 1;
        for (Map.Entry<GroupKey, Metrics> g : groups.entrySet()) {
            Row row = sheet.createRow(r++);
            int col = 0;
            for (String value : g.getKey().values()) {
                row.createCell(col++).setCellValue(value);
            }
            if (named) {
                row.createCell(col++).setCellValue(v.names().apply(g.getKey().get(0)));
            }
            count(row, col++, g.getValue().received(), st);
            for (Metric m : metrics()) {
                Rate rate = g.getValue().rate(m);
                count(row, col++, rate.numerator(), st);
                count(row, col++, rate.denominator(), st);
                fraction(row, col++, rate, st);
            }
        }
    }

    private static void ranking(Sheet sheet, Styles st, ReportView v) {
        header(sheet, st, List.of(v.t("Hạng", "Rank"), v.t("Mã", "Code"), v.t("Tên", "Name"), v.t("Tử số", "Numerator"),
                v.t("Mẫu số", "Denominator"), v.t("Tỷ lệ", "Rate"), v.t("Cận dưới 95% (Wilson)", "Wilson 95% lower"),
                v.t("Cận trên 95% (Wilson)", "Wilson 95% upper"), v.t("Giá trị xếp hạng (%)", "Ranked value (%)"),
                v.t("Mẫu nhỏ", "Small sample")));
        sheet.setColumnWidth(2, 50 * 256);
        int r = 1;
        for (Ranking.Entry e : v.ranking()) {
            Row row = sheet.createRow(r++);
            if (e.rank() > 0) {
                row.createCell(0).setCellValue(e.rank());
            }
            String code = String.join(" / ", e.key().values());
            row.createCell(1).setCellValue(code);
            row.createCell(2).setCellValue(v.names().apply(code));
            count(row, 3, e.rate().numerator(), st);
            count(row, 4, e.rate().denominator(), st);
            fraction(row, 5, e.rate(), st);
            if (e.rate().wilson().isPresent()) {
                Cell lo = row.createCell(6);
                lo.setCellValue(e.rate().wilson().get().lower());
                lo.setCellStyle(st.percent);
                Cell hi = row.createCell(7);
                hi.setCellValue(e.rate().wilson().get().upper());
                hi.setCellStyle(st.percent);
            }
            if (e.value() != null) {
                Cell c = row.createCell(8);
                c.setCellValue(e.value().doubleValue());
                c.setCellStyle(st.decimal);
            }
            row.createCell(9).setCellValue(e.smallSample());
        }
    }

    private static void notes(Sheet sheet, Styles st, ReportView v) {
        List<String> lines = new ArrayList<>();
        lines.add(ReportCharts.rankingTitle(v));
        if (!v.dataset().isEmpty()) {
            lines.add(v.dataset());
        }
        lines.add(v.t("Tỷ lệ ghi dưới dạng phân số (0,9705 = 97,05%); tử số và mẫu số là số hồ sơ.",
                "Rates are fractions (0.9705 = 97.05%); numerators and denominators are dossier counts."));
        lines.add(v.t("Khoảng tin cậy 95% theo Wilson; \"giá trị xếp hạng\" là cận dưới tính bằng phần trăm, làm tròn 2 chữ số.",
                "95% intervals are Wilson score intervals; the \"ranked value\" is the lower bound in percent, rounded to 2 decimals."));
        lines.addAll(v.renderer().notes(v.report().overall()));
        Row head = sheet.createRow(0);
        Cell h = head.createCell(0);
        h.setCellValue(v.t("Ghi chú", "Notes"));
        h.setCellStyle(st.header);
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i + 1).createCell(0).setCellValue(lines.get(i));
        }
    }
}
