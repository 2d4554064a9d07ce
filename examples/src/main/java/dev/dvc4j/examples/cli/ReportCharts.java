package dev.dvc4j.examples.cli;

import dev.dvc4j.examples.cli.ChartCanvas.Anchor;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The report's two charts, drawn by one piece of code on a {@link ChartCanvas}: as a PNG ({@code --chart}) and as
 * inline SVG in the HTML report ({@code --html}).
 *
 * <ul>
 *   <li><b>Trends</b>: the online dossier rate and the on-time rate of each month.</li>
 *   <li><b>Ranking</b>: what the ranking compares, drawn as such. With the Wilson basis each row shows the rate (a dot),
 *       its 95% Wilson interval (error bars) and the lower bound the rows are ordered by (a bar), with the numbers
 *       beside it, so a row with a higher rate can stand below one with a lower rate and the chart says why. Rows are
 *       labelled with names (procedures from the catalogue) and codes; the axis is zoomed to the values so
 *       differences show, and says where it starts.</li>
 * </ul>
 * Titles, legends, numbers (decimal comma in Vietnamese) and footnotes follow the chosen language.
 *
 * <p><b>Why not XChart</b> (which drew the PNG until the HTML report came): the HTML page needs the same chart as
 * inline SVG, and XChart 3.8.8 writes SVG only through VectorGraphics2D 0.13, an LGPL library, with pdfbox-graphics2d
 * and pdfbox 3.0.1 beside it on the class path (2.5 MB of jars, measured in the local repository, against the ~670
 * lines of {@code ChartCanvas}, {@code PngCanvas}, {@code SvgCanvas} and this class). Drawing once on one small canvas
 * interface keeps the PNG and the SVG identical by construction, and the SVG text deterministic (the same report gives the
 * same bytes), which the report's tests check.
 */
final class ReportCharts {

    static final int WIDTH = 1000;
    static final int TREND_HEIGHT = 380;
    static final int MAX_ROWS = 20;
    private static final int ROW = 24;
    private static final int RANK_TOP = 96;

    static final String INK = "#1f2933";
    static final String MUTED = "#616e7c";
    static final String GRID = "#d9dee3";
    static final String BAND = "#f3f5f7";
    static final String ONLINE = "#1f6fb2";
    static final String ON_TIME = "#d9730d";
    static final String RATE = "#1f6fb2";
    static final String INTERVAL = "#7b8794";
    static final String LOWER = "#0b3d66";

    private ReportCharts() {
    }

    /**
     * Writes the PNG: trends above the ranking.
     *
     * @param file the PNG
     * @param v what to draw
     * @throws IOException if the file cannot be written
     */
    static void png(Path file, ReportView v) throws IOException {
        PngCanvas top = new PngCanvas(WIDTH, TREND_HEIGHT);
        trend(top, v);
        PngCanvas bottom = new PngCanvas(WIDTH, rankingHeight(v));
        ranking(bottom, v);
        BufferedImage out = new BufferedImage(WIDTH, TREND_HEIGHT + bottom.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(top.image(), 0, 0, null);
            g.drawImage(bottom.image(), 0, TREND_HEIGHT, null);
        } finally {
            g.dispose();
            top.dispose();
            bottom.dispose();
        }
        Outputs.bytesAtomically("--chart", file.toString(), sink -> {
            if (!ImageIO.write(out, "png", sink)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /**
     * The trends as inline SVG.
     *
     * @param v what to draw
     * @return the {@code <svg>} element
     */
    static String trendSvg(ReportView v) {
        SvgCanvas c = new SvgCanvas(WIDTH, TREND_HEIGHT);
        String title = trend(c, v);
        return c.svg("trends", title);
    }

    /**
     * The ranking as inline SVG.
     *
     * @param v what to draw
     * @return the {@code <svg>} element
     */
    static String rankingSvg(ReportView v) {
        SvgCanvas c = new SvgCanvas(WIDTH, rankingHeight(v));
        String title = ranking(c, v);
        return c.svg("ranking", title);
    }

    // ------------------------------------------------------------------------------------------------ numbers

    /** A percentage tick or value in the chosen language, with as many decimals as given. */
    static String pct(ReportView v, double value, int decimals) {
        return v.renderer().number(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)) + "%";
    }

    /** An axis: from, to, step; zoomed to the values, within 0–100. */
    static double[] axis(double min, double max) {
        if (max - min < 0.5) {
            min -= 0.5;
            max += 0.5;
        }
        double span = max - min;
        double step = 0;
        for (double s : new double[] {0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25}) {
            step = s;
            if (span / s <= 6) {
                break;
            }
        }
        double lo = Math.max(0, Math.floor(min / step) * step);
        double hi = Math.min(100, Math.ceil(max / step) * step);
        if (hi <= lo) {
            hi = Math.min(100, lo + step);
            lo = hi - step;
        }
        return new double[] {lo, hi, step};
    }

    private static int decimals(double step) {
        return step >= 1 ? 0 : step >= 0.1 && Math.abs(step * 10 - Math.rint(step * 10)) < 1e-9 ? 1 : 2;
    }

    private static String fit(ChartCanvas c, String text, double size, double width) {
        if (c.textWidth(text, size, false) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && c.textWidth(s + "…", size, false) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    /** Words on lines no wider than {@code width} (measured as an SVG canvas estimates, the wider of the two). */
    static List<String> wrap(ChartCanvas c, String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && Math.max(c.textWidth(next, size, false), ESTIMATE.textWidth(next, size, false)) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static final ChartCanvas ESTIMATE = new SvgCanvas(1, 1);

    /** The title in bold and, under it, the dataset's label; returns the y below them. */
    private static double heading(ChartCanvas c, String title, ReportView v) {
        c.text(20, 26, title, 16, INK, Anchor.START, true);
        if (!v.dataset().isEmpty()) {
            c.text(20, 44, v.dataset(), 12.5, "#9a3412", Anchor.START, true);
            return 50;
        }
        return 32;
    }

    private static String withDataset(String title, ReportView v) {
        return v.dataset().isEmpty() ? title : title + " — " + v.dataset();
    }

    // ------------------------------------------------------------------------------------------------ trends

    /** Draws the trends; returns the title. */
    static String trend(ChartCanvas c, ReportView v) {
        String heading = v.t("Tỷ lệ hồ sơ trực tuyến và tỷ lệ đúng hạn theo tháng", "Online dossier rate and on-time rate by month");
        String title = withDataset(heading, v);
        double ly = heading(c, heading, v) + 16;
        List<YearMonth> months = new ArrayList<>();
        List<Rate[]> rates = new ArrayList<>();
        for (Map.Entry<GroupKey, Metrics> e : v.months().entrySet()) {
            YearMonth ym = month(e.getKey());
            if (ym != null) {
                months.add(ym);
                rates.add(new Rate[] {e.getValue().rate(Metric.ONLINE_SHARE), e.getValue().rate(Metric.ON_TIME)});
            }
        }
        Metric[] metrics = {Metric.ONLINE_SHARE, Metric.ON_TIME};
        String[] colours = {ONLINE, ON_TIME};
        double lx = 20;
        for (int s = 0; s < 2; s++) {
            c.rect(lx, ly - 5, 18, 4, colours[s]);
            String label = v.options().t(metrics[s].label()) + " (" + metrics[s].formula() + ")";
            c.text(lx + 24, ly, label, 13, INK, Anchor.START, false);
            lx += 24 + c.textWidth(label, 13, false) + 28;
        }
        double left = 70;
        double right = WIDTH - 30;
        double top = ly + 18;
        double bottom = TREND_HEIGHT - 76;
        double min = 100;
        double max = 0;
        for (Rate[] r : rates) {
            for (Rate x : r) {
                if (x.isApplicable()) {
                    double p = x.percent().orElseThrow().doubleValue();
                    min = Math.min(min, p);
                    max = Math.max(max, p);
                }
            }
        }
        if (min > max) {
            c.text(WIDTH / 2.0, (top + bottom) / 2, v.t("Không có dữ liệu theo tháng", "No monthly data"), 14, MUTED,
                    Anchor.MIDDLE, false);
            return title;
        }
        double[] ax = axis(min, max);
        int dec = decimals(ax[2]);
        for (double tick = ax[0]; tick <= ax[1] + 1e-9; tick += ax[2]) {
            double y = bottom - (tick - ax[0]) / (ax[1] - ax[0]) * (bottom - top);
            c.line(left, y, right, y, GRID, 1);
            c.text(left - 8, y + 4, pct(v, tick, dec), 12, MUTED, Anchor.END, false);
        }
        c.line(left, bottom, right, bottom, INK, 1);
        int n = months.size();
        double stepX = n > 1 ? (right - left - 40) / (n - 1) : 0;
        double x0 = n > 1 ? left + 20 : (left + right) / 2;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i++) {
            double x = x0 + i * stepX;
            c.line(x, bottom, x, bottom + 5, INK, 1);
            if (i % every == 0) {
                c.text(x, bottom + 20, String.format(Locale.ROOT, "%02d/%d", months.get(i).getMonthValue(),
                        months.get(i).getYear()), 12, MUTED, Anchor.MIDDLE, false);
            }
        }
        for (int s = 0; s < 2; s++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Rate r = rates.get(i)[s];
                if (r.isApplicable()) {
                    double p = r.percent().orElseThrow().doubleValue();
                    pts.add(new double[] {x0 + i * stepX, bottom - (p - ax[0]) / (ax[1] - ax[0]) * (bottom - top), i});
                }
            }
            double[] xs = pts.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = pts.stream().mapToDouble(p -> p[1]).toArray();
            if (xs.length > 1) {
                c.polyline(xs, ys, colours[s], 2.5);
            }
            for (double[] p : pts) {
                int i = (int) p[2];
                Rate r = rates.get(i)[s];
                c.circle(p[0], p[1], 4, colours[s], String.format(Locale.ROOT, "%02d/%d", months.get(i).getMonthValue(),
                        months.get(i).getYear()) + " — " + v.options().t(metrics[s].label()) + ": "
                        + v.renderer().percent(r) + " (" + v.renderer().count(r.numerator()) + "/"
                        + v.renderer().count(r.denominator()) + ")");
            }
        }
        String note = v.t("Trục tung từ " + pct(v, ax[0], dec) + " đến " + pct(v, ax[1], dec)
                + " để thấy khác biệt giữa các tháng. Tỷ lệ trực tuyến (3.3): hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận;"
                + " đúng hạn (2.1): hồ sơ giải quyết trong hạn ÷ hồ sơ được đo.",
                "The vertical axis runs from " + pct(v, ax[0], dec) + " to " + pct(v, ax[1], dec) + " so differences"
                + " between months show. Online rate (3.3): dossiers filed online ÷ received; on-time (2.1): dossiers"
                + " settled within the due time ÷ measured.");
        double fy = TREND_HEIGHT - 34;
        for (String line : wrap(c, note, 11.5, WIDTH - 40)) {
            c.text(20, fy, line, 11.5, MUTED, Anchor.START, false);
            fy += 15;
        }
        return title;
    }

    private static YearMonth month(GroupKey key) {
        try {
            return YearMonth.parse(key.get(0));
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ ranking

    private static List<Ranking.Entry> rows(ReportView v) {
        List<Ranking.Entry> rows = new ArrayList<>();
        for (Ranking.Entry e : v.ranking()) {
            if (e.rate().isApplicable() && rows.size() < MAX_ROWS) {
                rows.add(e);
            }
        }
        return rows;
    }

    /** The ranking's height for its rows. */
    static int rankingHeight(ReportView v) {
        List<Ranking.Entry> rows = rows(v);
        boolean small = rows.stream().anyMatch(Ranking.Entry::smallSample);
        int notes = footnotes(ESTIMATE, v, new double[] {100, 100, 1}, 0, small, rows.size()).size();
        return RANK_TOP + Math.max(1, rows.size()) * ROW + 44 + 16 * notes;
    }

    /** The ranking's title in the chosen language. */
    static String rankingTitle(ReportView v) {
        return withDataset(rankingHeading(v), v);
    }

    private static String rankingHeading(ReportView v) {
        String dim = v.options().t(v.rankedBy().label()).toLowerCase(v.options().locale());
        String metric = v.options().t(v.rankMetric().label());
        return v.basis() == Ranking.Basis.WILSON_LOWER
                ? v.t(metric + " theo " + dim + ", xếp hạng theo cận dưới khoảng tin cậy 95% (Wilson)",
                        metric + " by " + dim + ", ranked by the lower bound of its 95% Wilson interval")
                : v.t(metric + " theo " + dim + ", xếp hạng theo tỷ lệ", metric + " by " + dim + ", ranked by the rate");
    }

    /** Draws the ranking; returns the title. */
    static String ranking(ChartCanvas c, ReportView v) {
        String title = rankingTitle(v);
        boolean wilson = v.basis() == Ranking.Basis.WILSON_LOWER;
        // legend
        double lx = 20;
        double ly = heading(c, rankingHeading(v), v) + 16;
        c.circle(lx + 6, ly - 4, 4.5, RATE, null);
        String rateLabel = v.t("tỷ lệ", "rate");
        c.text(lx + 16, ly, rateLabel, 13, INK, Anchor.START, false);
        lx += 16 + c.textWidth(rateLabel, 13, false) + 24;
        if (wilson) {
            c.line(lx, ly - 4, lx + 30, ly - 4, INTERVAL, 2);
            c.line(lx, ly - 9, lx, ly + 1, INTERVAL, 2);
            c.line(lx + 30, ly - 9, lx + 30, ly + 1, INTERVAL, 2);
            String ci = v.t("khoảng tin cậy 95% (Wilson)", "95% Wilson interval");
            c.text(lx + 38, ly, ci, 13, INK, Anchor.START, false);
            lx += 38 + c.textWidth(ci, 13, false) + 24;
            c.rect(lx, ly - 11, 4, 14, LOWER);
            String lower = v.t("cận dưới: giá trị xếp hạng", "lower bound: the ranked value");
            c.text(lx + 10, ly, lower, 13, INK, Anchor.START, false);
        }
        List<Ranking.Entry> rows = rows(v);
        double labelRight = 400;
        double plotLeft = 412;
        double plotRight = 800;
        double textLeft = 812;
        double top = RANK_TOP;
        double bottom = top + Math.max(1, rows.size()) * ROW;
        if (rows.isEmpty()) {
            c.text(WIDTH / 2.0, top + 16, v.t("Không có nhóm nào để xếp hạng", "Nothing to rank"), 14, MUTED,
                    Anchor.MIDDLE, false);
            return title;
        }
        double min = 100;
        double max = 0;
        for (Ranking.Entry e : rows) {
            double[] ci = interval(e);
            min = Math.min(min, wilson ? ci[0] : e.rate().percent().orElseThrow().doubleValue());
            max = Math.max(max, wilson ? ci[1] : e.rate().percent().orElseThrow().doubleValue());
        }
        double[] ax = axis(min, max);
        int dec = decimals(ax[2]);
        for (double tick = ax[0]; tick <= ax[1] + 1e-9; tick += ax[2]) {
            double x = plotLeft + (tick - ax[0]) / (ax[1] - ax[0]) * (plotRight - plotLeft);
            c.line(x, top - 4, x, bottom, GRID, 1);
            c.text(x, bottom + 18, pct(v, tick, dec), 12, MUTED, Anchor.MIDDLE, false);
        }
        c.line(plotLeft, bottom, plotRight, bottom, INK, 1);
        boolean small = false;
        for (int i = 0; i < rows.size(); i++) {
            Ranking.Entry e = rows.get(i);
            double y = top + i * ROW + ROW / 2.0;
            if (i % 2 == 0) {
                c.rect(10, y - ROW / 2.0, WIDTH - 20, ROW, BAND);
            }
            String code = String.join(" / ", e.key().values());
            String name = v.names().apply(code);
            String prefix = e.rank() + (e.tied() ? "=" : "") + ". ";
            String suffix = (name.equals(code) ? "" : " (" + code + ")") + (e.smallSample() ? " *" : "");
            String label = prefix + (name.equals(code) ? code : name + " (" + code + ")");
            small |= e.smallSample();
            String colour = e.smallSample() ? MUTED : INK;
            double room = labelRight - 20 - c.textWidth(prefix + suffix, 12.5, false);
            c.text(labelRight, y + 4.5, prefix + fit(c, name, 12.5, room) + suffix, 12.5, colour, Anchor.END, false);
            double rate = e.rate().percent().orElseThrow().doubleValue();
            double[] ci = interval(e);
            double xr = plotLeft + (rate - ax[0]) / (ax[1] - ax[0]) * (plotRight - plotLeft);
            String tip = label + " — " + v.t("tỷ lệ ", "rate ") + v.renderer().percent(e.rate()) + " ("
                    + v.renderer().count(e.rate().numerator()) + "/" + v.renderer().count(e.rate().denominator()) + ")";
            if (wilson) {
                double xl = plotLeft + (ci[0] - ax[0]) / (ax[1] - ax[0]) * (plotRight - plotLeft);
                double xu = plotLeft + (ci[1] - ax[0]) / (ax[1] - ax[0]) * (plotRight - plotLeft);
                c.line(xl, y, xu, y, INTERVAL, 2);
                c.line(xu, y - 5, xu, y + 5, INTERVAL, 2);
                c.rect(xl - 2, y - 7, 4, 14, LOWER);
                tip += "; " + v.t("khoảng tin cậy 95%: ", "95% interval: ") + pct(v, ci[0], 2) + " – " + pct(v, ci[1], 2);
            }
            c.circle(xr, y, 4.5, RATE, tip);
            String value = wilson ? pct(v, ci[0], 2) + " | " + pct(v, rate, 2) : pct(v, rate, 2);
            c.text(textLeft, y + 4.5, value, 12.5, colour, Anchor.START, false);
        }
        c.text(textLeft, top - 6, wilson ? v.t("cận dưới | tỷ lệ", "lower | rate") : v.t("tỷ lệ", "rate"), 11.5,
                MUTED, Anchor.START, true);
        double fy = bottom + 40;
        for (String line : footnotes(c, v, ax, dec, small, rows.size())) {
            c.text(20, fy, line, 11.5, MUTED, Anchor.START, false);
            fy += 16;
        }
        return title;
    }

    private static List<String> footnotes(ChartCanvas c, ReportView v, double[] ax, int dec, boolean small, int shown) {
        boolean wilson = v.basis() == Ranking.Basis.WILSON_LOWER;
        List<String> notes = new ArrayList<>();
        notes.add(v.t("Trục hoành từ " + pct(v, ax[0], dec) + " đến " + pct(v, ax[1], dec)
                        + " (không bắt đầu từ 0) để thấy khác biệt.",
                "The axis runs from " + pct(v, ax[0], dec) + " to " + pct(v, ax[1], dec)
                        + " (not from 0) so differences show."));
        if (wilson) {
            notes.add(v.t("Xếp theo cận dưới để một nhóm ít hồ sơ không đứng đầu nhờ may mắn; vì vậy một nhóm có tỷ lệ"
                            + " cao hơn có thể xếp dưới một nhóm có nhiều hồ sơ hơn.",
                    "Ordered by the lower bound so that a group with few dossiers cannot top the table by chance; a"
                            + " group with a higher rate may therefore stand below one with more dossiers."));
        }
        if (small) {
            notes.add(v.t("* dưới 30 hồ sơ được đo (mẫu nhỏ).", "* fewer than 30 dossiers measured (small sample)."));
        }
        if (v.rankMetric() == Metric.SATISFACTION) {
            notes.addAll(v.renderer().notes(v.ranked().overall()));
        }
        if (v.ranking().size() > shown) {
            notes.add(v.t("Hiển thị " + shown + " trên " + v.ranking().size() + " nhóm.",
                    "Showing " + shown + " of " + v.ranking().size() + " groups."));
        }
        List<String> lines = new ArrayList<>();
        for (String note : notes) {
            lines.addAll(wrap(c, note, 11.5, WIDTH - 40));
        }
        return lines;
    }

    /** The Wilson interval in percent (rate, rate when not computable). */
    private static double[] interval(Ranking.Entry e) {
        return e.rate().wilson()
                .map(ci -> new double[] {ci.lowerPercent().doubleValue(), ci.upperPercent().doubleValue()})
                .orElseGet(() -> {
                    double p = e.rate().percent().orElseThrow().doubleValue();
                    return new double[] {p, p};
                });
    }
}
