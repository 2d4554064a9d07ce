package dev.dvc4j.examples.cli;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.report.ReportRenderer;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page ({@code dvc4j report --html FILE}): tables, the trends and the ranking as
 * inline SVG, in Vietnamese or English. No script, style sheet, font or image is fetched: the page works offline and
 * prints as it shows.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;color:#1f2933;margin:24px auto;max-width:1040px;\
            padding:0 16px;line-height:1.45}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d9dee3;\
            padding-bottom:4px}
            .dataset{color:#9a3412;font-weight:bold;margin:4px 0}.meta{color:#616e7c;margin:2px 0}
            table{border-collapse:collapse;margin:8px 0;font-size:14px}th,td{padding:4px 8px;border-bottom:1px solid \
            #d9dee3;vertical-align:top}th{background:#f3f5f7;text-align:left}td.n{text-align:right;\
            font-variant-numeric:tabular-nums;white-space:nowrap}tr.total td{font-weight:bold;border-top:2px solid #616e7c}
            .f{color:#616e7c;font-size:12px;font-weight:normal}.notes{color:#3e4c59;font-size:13px}
            figure{margin:8px 0;overflow-x:auto}svg{max-width:100%;height:auto}
            footer{margin-top:32px;color:#616e7c;font-size:12px}
            """;

    private HtmlReport() {
    }

    /**
     * Writes the page.
     *
     * @param name the file
     * @param v what to show
     * @throws IOException if the file cannot be written
     */
    static void write(String name, ReportView v) throws IOException {
        String html = html(v);
        Outputs.atomically("--html", name, (Writer w) -> w.write(html));
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    /**
     * The page.
     *
     * @param v what to show
     * @return the HTML text
     */
    static String html(ReportView v) {
        ReportRenderer r = v.renderer();
        StatsReport report = v.report();
        ReportSpec s = report.spec();
        String title = v.t("Báo cáo thống kê dịch vụ công", "Public service statistics");
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(v.options().locale().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"dvc4j\">\n<title>").append(e(title))
                .append(v.dataset().isEmpty() ? "" : " — " + e(v.dataset())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(e(title)).append("</h1>\n");
        if (!v.dataset().isEmpty()) {
            b.append("<p class=\"dataset\">").append(e(v.dataset())).append("</p>\n");
        }
        b.append("<p class=\"meta\">").append(e(v.t("Kỳ báo cáo: ", "Period: "))).append(e(period(v, s.from(), s.to())))
                .append(e(v.t("; tính đến ", "; as of "))).append(e(time(v, s.settings().asOf()))).append("</p>\n");
        if (report.input() != null) {
            b.append("<p class=\"meta\">").append(e(v.t("Đầu vào: ", "Input: "))).append(r.count(report.input().lines()))
                    .append(e(v.t(" dòng, ", " lines, "))).append(r.count(report.input().accepted()))
                    .append(e(v.t(" hồ sơ, ", " facts, "))).append(r.count(report.input().malformed()))
                    .append(e(v.t(" dòng lỗi", " malformed rows"))).append("</p>\n");
        }
        b.append("</header>\n");

        // summary table
        b.append("<section id=\"summary\">\n<h2>").append(e(v.t("Các tỷ lệ", "Rates"))).append("</h2>\n")
                .append("<table id=\"summary-table\">\n<thead><tr>");
        for (Dimension d : s.groupBy()) {
            b.append("<th>").append(e(v.options().t(d.label()))).append("</th>");
        }
        if (s.groupBy().isEmpty()) {
            b.append("<th></th>");
        }
        b.append("<th>").append(e(v.t("Tiếp nhận", "Received"))).append("</th>");
        for (Metric m : ReportRenderer.TABLE_METRICS) {
            b.append("<th>").append(e(v.options().t(m.label())))
                    .append(m.formula().isEmpty() ? "" : " <span class=\"f\">(" + e(m.formula()) + ")</span>")
                    .append(m == Metric.SATISFACTION && !r.notes(report.overall()).isEmpty() ? "<sup>1</sup>" : "")
                    .append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<GroupKey, Metrics> g : report.groups().entrySet()) {
            b.append("<tr>");
            for (int i = 0; i < g.getKey().values().size(); i++) {
                String value = g.getKey().get(i);
                String name = s.groupBy().get(i) == v.rankedBy() ? v.names().apply(value) : value;
                b.append("<td>").append(e(value.isEmpty() ? "—" : name.equals(value) ? value : name + " (" + value + ")"))
                        .append("</td>");
            }
            cells(b, r, g.getValue());
            b.append("</tr>\n");
        }
        b.append("<tr class=\"total\"><td>").append(e(v.t("Tổng", "Total"))).append("</td>");
        for (int i = 1; i < Math.max(1, s.groupBy().size()); i++) {
            b.append("<td></td>");
        }
        cells(b, r, report.overall());
        b.append("</tr>\n</tbody>\n</table>\n");
        Metrics.OnTime ot = report.overall().onTime();
        b.append("<p>").append(e(v.t("Đúng hạn (2.1): ", "On time (2.1): "))).append(e(r.percent(ot.rate())))
                .append(" — ").append(e(v.t("sớm hạn ", "early "))).append(r.count(ot.early())).append(", ")
                .append(e(v.t("đúng hạn ", "on time "))).append(r.count(ot.onTime())).append(", ")
                .append(e(v.t("trễ hạn ", "late "))).append(r.count(ot.late())).append(e(v.t(" (đang xử lý ", " (open ")))
                .append(r.count(ot.open())).append(e(v.t(", không đo được ", ", unmeasured "))).append(r.count(ot.unmeasured()))
                .append(")</p>\n<p>").append(e(v.t("Thời gian giải quyết trung bình (2.2): ", "Average resolution time (2.2): ")))
                .append(e(report.overall().averageResolutionMinutes().map(m -> r.number(m) + v.t(" phút", " minutes"))
                        .orElse("—"))).append("</p>\n<p>").append(e(v.t("Tỷ lệ khác: ", "Other rates: ")));
        List<Metric> others = List.of(Metric.POSTAL_SHARE, Metric.REUSE, Metric.POPULATION_DATA,
                Metric.ONLINE_SHARE_LEVEL_3, Metric.ONLINE_SHARE_LEVEL_4);
        for (int i = 0; i < others.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(e(v.options().t(others.get(i).label()))).append(' ')
                    .append(e(r.percent(report.overall().rate(others.get(i)))));
        }
        b.append("</p>\n");
        List<String> notes = r.notes(report.overall());
        if (!notes.isEmpty()) {
            b.append("<ol class=\"notes\">\n");
            for (String n : notes) {
                b.append("<li>").append(e(n)).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        b.append("</section>\n");

        // charts
        b.append("<section id=\"trend-section\">\n<h2>").append(e(v.t("Xu hướng theo tháng", "Monthly trends")))
                .append("</h2>\n<figure>\n").append(ReportCharts.trendSvg(v)).append("\n</figure>\n</section>\n");
        b.append("<section id=\"ranking-section\">\n<h2>").append(e(v.t("Xếp hạng", "Ranking"))).append("</h2>\n<figure>\n")
                .append(ReportCharts.rankingSvg(v)).append("\n</figure>\n");
        rankingTable(b, v);
        b.append("</section>\n");
        targets(b, v);
        index766(b, v);
        b.append("<footer>").append(e(v.t("Tạo bởi dvc4j. Trang không tải gì từ mạng: bảng, biểu đồ (SVG) và chữ đều nằm"
                + " trong tệp này.", "Made by dvc4j. The page loads nothing from the network: its tables, charts (SVG)"
                + " and text are all in this file."))).append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void cells(StringBuilder b, ReportRenderer r, Metrics m) {
        b.append("<td class=\"n\">").append(r.count(m.received())).append("</td>");
        for (Metric metric : ReportRenderer.TABLE_METRICS) {
            Rate rate = m.rate(metric);
            b.append("<td class=\"n\" title=\"").append(r.count(rate.numerator())).append(" / ")
                    .append(r.count(rate.denominator())).append("\">").append(e(r.percent(rate))).append("</td>");
        }
    }

    private static void rankingTable(StringBuilder b, ReportView v) {
        ReportRenderer r = v.renderer();
        boolean wilson = v.basis() == Ranking.Basis.WILSON_LOWER;
        b.append("<table id=\"ranking-table\">\n<thead><tr><th>").append(e(v.t("Hạng", "Rank"))).append("</th><th>")
                .append(e(v.options().t(v.rankedBy().label()))).append("</th><th>").append(e(v.t("Mã", "Code")))
                .append("</th><th>").append(e(v.options().t(v.rankMetric().label()))).append("</th>");
        if (wilson) {
            b.append("<th>").append(e(v.t("Khoảng tin cậy 95% (Wilson)", "95% Wilson interval"))).append("</th><th>")
                    .append(e(v.t("Giá trị xếp hạng (cận dưới)", "Ranked value (lower bound)"))).append("</th>");
        }
        b.append("<th>").append(e(v.t("Số hồ sơ được đo", "Dossiers measured"))).append("</th></tr></thead>\n<tbody>\n");
        for (Ranking.Entry en : v.ranking()) {
            String code = String.join(" / ", en.key().values());
            String name = v.names().apply(code);
            b.append("<tr><td class=\"n\">").append(en.rank() == 0 ? "—" : en.rank() + (en.tied() ? "=" : ""))
                    .append("</td><td>").append(e(name)).append("</td><td>").append(e(code)).append("</td><td class=\"n\">")
                    .append(e(r.percent(en.rate()))).append("</td>");
            if (wilson) {
                b.append("<td class=\"n\">").append(e(en.rate().wilson().map(ci -> r.number(ci.lowerPercent()) + "% – "
                        + r.number(ci.upperPercent()) + "%").orElse("—"))).append("</td><td class=\"n\">")
                        .append(e(en.value() == null ? "—" : r.number(en.value()) + "%")).append("</td>");
            }
            b.append("<td class=\"n\">").append(r.count(en.rate().denominator()))
                    .append(en.smallSample() ? e(v.t(" (mẫu nhỏ)", " (small sample)")) : "").append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void targets(StringBuilder b, ReportView v) {
        List<TargetAssessment> targets = v.report().targets();
        if (targets.isEmpty()) {
            return;
        }
        ReportRenderer r = v.renderer();
        b.append("<section id=\"targets\">\n<h2>").append(e(v.t("Chỉ tiêu", "Targets"))).append("</h2>\n<table>\n<thead><tr><th>")
                .append(e(v.t("Chỉ tiêu", "Target"))).append("</th><th>").append(e(v.t("Chỉ số", "Metric")))
                .append("</th><th>").append(e(v.t("Mục tiêu", "Goal"))).append("</th><th>").append(e(v.t("Thực tế", "Actual")))
                .append("</th><th>").append(e(v.t("Kết quả", "Status"))).append("</th></tr></thead>\n<tbody>\n");
        for (TargetAssessment a : targets) {
            boolean count = a.target().kind() == dev.dvc4j.stats.Target.Kind.COUNT;
            b.append("<tr><td>").append(e(a.target().id())).append("</td><td>").append(e(v.options().t(a.target().metric().label())))
                    .append("</td><td class=\"n\">").append(e(r.number(a.target().threshold()) + (count ? "" : "%")))
                    .append("</td><td class=\"n\">").append(e(a.actualValue().map(x -> r.number(x) + (count ? "" : "%")).orElse("—")))
                    .append("</td><td>").append(e(a.met() ? v.t("đạt", "met") : v.t("chưa đạt", "not met"))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static void index766(StringBuilder b, ReportView v) {
        Index766.Score score = v.report().index766();
        if (score == null) {
            return;
        }
        ReportRenderer r = v.renderer();
        b.append("<section id=\"index766\">\n<h2>").append(e(v.t("Chỉ số 766", "Decision 766 index"))).append("</h2>\n")
                .append("<table>\n<thead><tr><th>").append(e(v.t("Mã", "Id"))).append("</th><th>")
                .append(e(v.t("Chỉ số", "Indicator"))).append("</th><th>").append(e(v.t("Tỷ lệ", "Rate"))).append("</th><th>")
                .append(e(v.t("Điểm", "Score"))).append("</th><th>").append(e(v.t("Tối đa", "Max"))).append("</th></tr></thead>\n<tbody>\n");
        for (Index766.IndicatorScore is : score.indicators()) {
            b.append("<tr><td>").append(e(is.indicator().id() + (is.indicator().confirmed() ? "" : "*"))).append("</td><td>")
                    .append(e(v.options().t(is.indicator().label()))).append("</td><td class=\"n\">").append(e(r.percent(is.rate())))
                    .append("</td><td class=\"n\">").append(e(is.score().map(r::number).orElse("—"))).append("</td><td class=\"n\">")
                    .append(e(r.number(is.indicator().max()))).append("</td></tr>\n");
        }
        b.append("<tr class=\"total\"><td></td><td>").append(e(v.t("Tổng", "Total"))).append("</td><td></td><td class=\"n\">")
                .append(e(r.number(score.total()))).append("</td><td class=\"n\">").append(e(r.number(score.max())))
                .append("</td></tr>\n</tbody>\n</table>\n<p class=\"notes\">")
                .append(e(v.t("* trọng số chưa được xác nhận", "* weight not confirmed"))).append("</p>\n</section>\n");
    }

    private static String period(ReportView v, Instant from, Instant to) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(v.options().locale().getLanguage().equals("vi") ? "dd/MM/yyyy" : "yyyy-MM-dd");
        String a = from == null ? "…" : f.format(from.atZone(Dvc4j.VIETNAM));
        String z = to == null ? "…" : f.format(to.minusSeconds(1).atZone(Dvc4j.VIETNAM));
        return a + " – " + z;
    }

    private static String time(ReportView v, Instant t) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(v.options().locale().getLanguage().equals("vi")
                ? "HH:mm dd/MM/yyyy" : "yyyy-MM-dd HH:mm");
        return f.format(t.atZone(Dvc4j.VIETNAM)) + " (UTC+7)";
    }
}
