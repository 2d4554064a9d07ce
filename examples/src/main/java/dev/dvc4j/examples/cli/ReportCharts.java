package dev.dvc4j.examples.cli;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's PNG: the monthly online-rate and on-time-rate trends above a ranking bar chart, drawn headless with
 * XChart.
 */
final class ReportCharts {

    static final int WIDTH = 1000;
    static final int HEIGHT = 420;
    private static final int MAX_BARS = 20;

    private ReportCharts() {
    }

    /**
     * Writes the chart.
     *
     * @param file the PNG to write
     * @param months the metrics of each month (group keys {@code yyyy-MM})
     * @param ranking the ranked groups
     * @param rankedBy what the groups are (agency, procedure, …)
     * @param rankMetric the ranked metric
     * @param subtitle a line under the titles (the dataset, e.g. "synthetic")
     * @param o the options (language)
     * @throws IOException if the file cannot be written
     */
    static void write(Path file, Map<GroupKey, Metrics> months, List<Ranking.Entry> ranking, LocalizedText rankedBy,
                      Metric rankMetric, String subtitle, CommonOptions o) throws IOException {
        BufferedImage trends = BitmapEncoder.getBufferedImage(trends(months, subtitle, o));
        BufferedImage bars = BitmapEncoder.getBufferedImage(ranking(ranking, rankedBy, rankMetric, subtitle, o));
        BufferedImage out = new BufferedImage(WIDTH, trends.getHeight() + bars.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(trends, 0, 0, null);
            g.drawImage(bars, 0, trends.getHeight(), null);
        } finally {
            g.dispose();
        }
        Outputs.bytesAtomically("--chart", file.toString(), sink -> {
            if (!ImageIO.write(out, "png", sink)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    private static XYChart trends(Map<GroupKey, Metrics> months, String subtitle, CommonOptions o) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(o.t("Tỷ lệ hồ sơ trực tuyến và đúng hạn theo tháng", "Online and on-time rates by month")
                        + (subtitle.isEmpty() ? "" : " — " + subtitle))
                .xAxisTitle(o.t("Tháng", "Month")).yAxisTitle("%").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setDatePattern("MM/yyyy");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        List<Date> x = new ArrayList<>();
        List<Double> online = new ArrayList<>();
        List<Double> onTime = new ArrayList<>();
        for (Map.Entry<GroupKey, Metrics> e : months.entrySet()) {
            YearMonth ym = month(e.getKey());
            if (ym == null) {
                continue;
            }
            Rate a = e.getValue().rate(Metric.ONLINE_SHARE);
            Rate b = e.getValue().rate(Metric.ON_TIME);
            x.add(Date.from(ym.atDay(1).atStartOfDay().toInstant(ZoneOffset.ofHours(7))));
            online.add(a.percent().map(BigDecimal::doubleValue).orElse(null));
            onTime.add(b.percent().map(BigDecimal::doubleValue).orElse(null));
        }
        if (x.isEmpty()) {
            x.add(Date.from(LocalDate.now(java.time.Clock.systemUTC()).atStartOfDay().toInstant(ZoneOffset.UTC)));
            online.add(null);
            onTime.add(null);
        }
        chart.addSeries(o.t(Metric.ONLINE_SHARE.label()), x, online).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries(o.t(Metric.ON_TIME.label()), x, onTime).setMarker(SeriesMarkers.DIAMOND);
        return chart;
    }

    private static CategoryChart ranking(List<Ranking.Entry> entries, LocalizedText rankedBy, Metric metric, String subtitle,
                                         CommonOptions o) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(o.t("Xếp hạng ", "Ranking of ") + o.t(rankedBy).toLowerCase(o.locale()) + o.t(" theo ", " by ")
                        + o.t(metric.label()).toLowerCase(o.locale()) + o.t(" (cận dưới Wilson 95%)", " (Wilson 95% lower bound)")
                        + (subtitle.isEmpty() ? "" : " — " + subtitle))
                .xAxisTitle(o.t(rankedBy)).yAxisTitle("%").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsPosition(0.9);
        chart.getStyler().setDecimalPattern("#0.0");
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Ranking.Entry e : entries) {
            if (names.size() == MAX_BARS) {
                break;
            }
            if (e.rate().percent().isEmpty()) {
                continue;
            }
            names.add(e.rank() + ". " + String.join(" / ", e.key().values()));
            values.add(e.rate().percent().get().doubleValue());
        }
        if (names.isEmpty()) {
            names.add("—");
            values.add(0.0);
        }
        chart.addSeries(o.t(metric.label()), names, values);
        return chart;
    }

    private static YearMonth month(GroupKey key) {
        try {
            return YearMonth.parse(key.get(0));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
