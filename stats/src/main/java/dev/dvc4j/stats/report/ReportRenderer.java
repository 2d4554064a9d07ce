package dev.dvc4j.stats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.TargetAssessment;
import dev.dvc4j.stats.TimeSeries;
import dev.dvc4j.core.io.ReadProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link StatsReport}: JSON (stable wire names for keys, labels in the chosen language), CSV (one row per
 * group plus the total, headers in the chosen language) or a text table. Vietnamese uses a decimal comma and dot
 * thousands separators ({@code 98,06%}, {@code 2.114}); English the reverse. A rate with a zero denominator shows as
 * {@code null} in JSON and {@code —} in CSV and text, never NaN.
 */
public final class ReportRenderer {

    /** The metrics shown as columns of the text table. */
    public static final List<Metric> TABLE_METRICS = List.of(Metric.ONLINE_SHARE, Metric.ON_TIME,
            Metric.ONLINE_PAYMENT, Metric.ELECTRONIC_RESULT, Metric.DIGITISED, Metric.SATISFACTION);

    private final Locale locale;
    private final boolean vi;

    private ReportRenderer(Locale locale) {
        this.locale = locale;
        this.vi = "vi".equals(locale.getLanguage());
    }

    /**
     * A renderer.
     *
     * @param locale {@code vi} for Vietnamese labels, anything else for English
     * @return the renderer
     */
    public static ReportRenderer of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ReportRenderer(locale == null ? Locale.ENGLISH : locale);
    }

    private String t(String viText, String enText) {
        return vi ? viText : enText;
    }

    private String label(LocalizedText text) {
        return text.in(locale);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * A number as this renderer's language writes it: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English.
     *
     * @param v the number
     * @return the text
     */
    public String number(BigDecimal v) {
        String s = v.toPlainString();
        int dot = s.indexOf('.');
        String whole = dot == -1 ? s : s.substring(0, dot);
        String frac = dot == -1 ? "" : s.substring(dot + 1);
        boolean neg = whole.startsWith("-");
        if (neg) {
            whole = whole.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(vi ? '.' : ',');
            }
            sb.append(whole.charAt(i));
        }
        return (neg ? "-" : "") + sb + (frac.isEmpty() ? "" : (vi ? "," : ".") + frac);
    }

    /**
     * A count with thousands separators in this renderer's language.
     *
     * @param v the count
     * @return the text
     */
    public String count(long v) {
        return number(BigDecimal.valueOf(v));
    }

    /**
     * A rate as a percentage with 2 decimals in this renderer's language ({@code 98,06%}), or {@code —} when it is
     * not applicable.
     *
     * @param r the rate
     * @return the text
     */
    public String percent(Rate r) {
        return r.percent().map(p -> number(p) + "%").orElse("—");
    }

    /**
     * The notes a reader needs to read a set of metrics right, in this renderer's language: today, that satisfaction
     * (formula 5.4) is only a proxy for the on-time rate when no complaint or dislike was recorded.
     *
     * @param m the metrics
     * @return the notes, empty when none applies
     */
    public List<String> notes(Metrics m) {
        List<String> out = new ArrayList<>();
        Rate satisfaction = m.rate(Metric.SATISFACTION);
        if (satisfaction.isApplicable() && m.negativeFeedback() == 0) {
            out.add(t("Mức độ hài lòng (5.4) = 100% − (tỷ lệ trễ hạn + tỷ lệ phản ánh, không hài lòng). Không hồ sơ nào ghi"
                            + " nhận phản ánh hay không hài lòng, nên ở đây chỉ số này bằng tỷ lệ đúng hạn: một chỉ số"
                            + " thay thế theo tiến độ, không phải kết quả khảo sát sự hài lòng.",
                    "Satisfaction (5.4) = 100% − (late rate + complaint or dislike rate). No dossier recorded a complaint"
                            + " or a dislike, so here it equals the on-time rate: an on-time proxy, not a measured"
                            + " satisfaction."));
        }
        return out;
    }

    String money(Vnd v) {
        return count(v.dong()) + (vi ? " đ" : " VND");
    }

    // ---------------------------------------------------------------- text

    /**
     * The report as a text table.
     *
     * @param r the report
     * @return the text
     */
    public String text(StatsReport r) {
        StringBuilder out = new StringBuilder();
        ReportSpec s = r.spec();
        out.append(t("BÁO CÁO THỐNG KÊ DỊCH VỤ CÔNG", "PUBLIC SERVICE STATISTICS")).append('\n');
        out.append(t("Kỳ: ", "Period: ")).append(s.from() == null ? "…" : VnTimes.formatEpochSecond(s.from().getEpochSecond()))
                .append(" → ").append(s.to() == null ? "…" : VnTimes.formatEpochSecond(s.to().getEpochSecond()))
                .append(t("; tính đến ", "; as of ")).append(VnTimes.formatEpochSecond(s.settings().asOf().getEpochSecond()))
                .append('\n');
        if (r.input() != null) {
            out.append(t("Đầu vào: ", "Input: ")).append(count(r.input().lines())).append(t(" dòng, ", " lines, "))
                    .append(count(r.input().accepted())).append(t(" hồ sơ, ", " facts, "))
                    .append(count(r.input().malformed())).append(t(" dòng lỗi", " malformed rows")).append('\n');
            for (ReadProblem p : r.input().problems()) {
                out.append("  ").append(p.describe(!vi)).append('\n');
            }
            if (r.input().problemsTruncated()) {
                out.append("  ").append(t("… liệt kê " + count(r.input().problems().size()) + " trên tổng số "
                        + count(r.input().malformed()) + " dòng lỗi", "… " + count(r.input().problems().size())
                        + " of " + count(r.input().malformed()) + " malformed rows listed")).append('\n');
            }
        }
        if (r.outOfPeriod() > 0) {
            out.append(t("Ngoài kỳ: ", "Outside the period: ")).append(count(r.outOfPeriod())).append('\n');
        }
        out.append('\n');
        List<String> header = new ArrayList<>();
        for (Dimension d : s.groupBy()) {
            header.add(label(d.label()));
        }
        if (header.isEmpty()) {
            header.add("");
        }
        header.add(t("Tiếp nhận", "Received"));
        for (Metric m : TABLE_METRICS) {
            header.add(label(m.label()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<GroupKey, Metrics> e : r.groups().entrySet()) {
            List<String> row = new ArrayList<>();
            for (String v : e.getKey().values()) {
                row.add(v.isEmpty() ? "—" : v);
            }
            tableCells(row, e.getValue());
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(t("Tổng", "Total"));
        for (int i = 1; i < Math.max(1, s.groupBy().size()); i++) {
            total.add("");
        }
        tableCells(total, r.overall());
        rows.add(total);
        table(out, header, rows, s.groupBy().isEmpty() ? 1 : s.groupBy().size());

        Metrics.OnTime ot = r.overall().onTime();
        out.append('\n').append(t("Đúng hạn (2.1): ", "On time (2.1): ")).append(percent(ot.rate())).append(" — ")
                .append(t("sớm hạn ", "early ")).append(count(ot.early())).append(", ")
                .append(t("đúng hạn ", "on time ")).append(count(ot.onTime())).append(", ")
                .append(t("trễ hạn ", "late ")).append(count(ot.late())).append(t(" (đang xử lý ", " (open "))
                .append(count(ot.open())).append(t(", không đo được ", ", unmeasured ")).append(count(ot.unmeasured()))
                .append(")\n");
        out.append(t("Thời gian giải quyết trung bình (2.2): ", "Average resolution time (2.2): "))
                .append(r.overall().averageResolutionMinutes().map(v -> number(v) + t(" phút", " minutes")).orElse("—"))
                .append('\n');
        out.append(t("Tỷ lệ khác: ", "Other rates: "));
        for (Metric m : List.of(Metric.POSTAL_SHARE, Metric.REUSE, Metric.POPULATION_DATA, Metric.ONLINE_SHARE_LEVEL_3,
                Metric.ONLINE_SHARE_LEVEL_4)) {
            out.append(label(m.label())).append(' ').append(percent(r.overall().rate(m))).append("; ");
        }
        out.append('\n');
        for (String note : notes(r.overall())) {
            out.append(t("Ghi chú: ", "Note: ")).append(note).append('\n');
        }

        if (!r.ranking().isEmpty()) {
            out.append('\n').append(t("XẾP HẠNG THEO ", "RANKING BY ")).append(label(s.rankMetric().label()))
                    .append(s.ranking().basis() == Ranking.Basis.WILSON_LOWER
                            ? t(" (cận dưới Wilson 95%)", " (Wilson 95% lower bound)") : "").append('\n');
            List<List<String>> rk = new ArrayList<>();
            for (Ranking.Entry e : r.ranking()) {
                rk.add(List.of(e.rank() == 0 ? "—" : Integer.toString(e.rank()) + (e.tied() ? "=" : ""),
                        e.key().toString(), percent(e.rate()),
                        e.value() == null ? "—" : number(e.value()) + "%",
                        count(e.rate().denominator()) + (e.smallSample() ? t(" (mẫu nhỏ)", " (small sample)") : "")));
            }
            table(out, List.of(t("Hạng", "Rank"), label(s.groupBy().get(0).label()), t("Tỷ lệ", "Rate"),
                    t("Giá trị xếp hạng", "Ranked value"), t("Mẫu", "Sample")), rk, 2);
        }
        if (!r.targets().isEmpty()) {
            out.append('\n').append(t("CHỈ TIÊU", "TARGETS")).append('\n');
            List<List<String>> rows2 = new ArrayList<>();
            for (TargetAssessment a : r.targets()) {
                boolean isCount = a.target().kind() == dev.dvc4j.stats.Target.Kind.COUNT;
                rows2.add(List.of(a.target().id(), label(a.target().metric().label()),
                        number(a.target().threshold()) + (isCount ? "" : "%"),
                        a.actualValue().map(v -> number(v) + (isCount ? "" : "%")).orElse("—"),
                        a.attainment().map(v -> number(v) + "%").orElse("—"),
                        a.met() ? t("đạt", "met") : t("chưa đạt", "not met"),
                        outlook(a.projection())));
            }
            table(out, List.of(t("Chỉ tiêu", "Target"), t("Chỉ số", "Metric"), t("Mục tiêu", "Goal"),
                    t("Thực tế", "Actual"), t("Mức đạt", "Attainment"), t("Kết quả", "Status"),
                    t("Dự báo", "Projection")), rows2, 2);
        }
        if (r.index766() != null) {
            out.append('\n').append(t("CHỈ SỐ 766", "DECISION 766 INDEX")).append('\n');
            List<List<String>> rows3 = new ArrayList<>();
            for (Index766.IndicatorScore is : r.index766().indicators()) {
                Index766.Indicator i = is.indicator();
                rows3.add(List.of(i.id() + (i.confirmed() ? "" : "*"), label(i.label()), percent(is.rate()),
                        is.score().map(this::number).orElse("—"), number(i.max())));
            }
            for (Index766.GroupScore g : r.index766().groups()) {
                rows3.add(List.of("", label(g.group().label()), "", number(g.score()), number(g.group().max())));
            }
            rows3.add(List.of("", t("Tổng", "Total"), "", number(r.index766().total()), number(r.index766().max())));
            table(out, List.of(t("Mã", "Id"), t("Chỉ số", "Indicator"), t("Tỷ lệ", "Rate"), t("Điểm", "Score"),
                    t("Tối đa", "Max")), rows3, 2);
            out.append(t("* trọng số chưa được xác nhận; điểm tính được: ", "* weight not confirmed; scorable points: "))
                    .append(number(r.index766().scorable())).append('/').append(number(r.index766().max())).append('\n');
        }
        if (r.series() != null) {
            TimeSeries ts = r.series();
            out.append('\n').append(t("CHUỖI THỜI GIAN ", "TIME SERIES ")).append(label(ts.granularity().label()))
                    .append(" — ").append(label(ts.metric().label())).append('\n');
            List<TimeSeries.Average> avg = ts.movingAverage(7);
            List<List<String>> rows4 = new ArrayList<>();
            for (int i = 0; i < ts.points().size(); i++) {
                TimeSeries.Point p = ts.points().get(i);
                rows4.add(List.of(p.start().toString(), count(p.received()), percent(p.rate()),
                        number(avg.get(i).meanReceived()), percent(avg.get(i).pooledRate())));
            }
            table(out, List.of(t("Bắt đầu", "Start"), t("Tiếp nhận", "Received"), t("Tỷ lệ", "Rate"),
                    t("TB 7 kỳ", "7-period mean"), t("Tỷ lệ 7 kỳ", "7-period rate")), rows4, 1);
        }
        if (r.savings() != null) {
            SavingsAccumulator.Savings sv = r.savings();
            out.append('\n').append(t("TIẾT KIỆM ƯỚC TÍNH CHO NGƯỜI DÂN", "ESTIMATED CITIZEN SAVINGS")).append('\n')
                    .append(t("Chuyến đi tránh được: ", "Trips avoided: ")).append(count(sv.tripsAvoided()))
                    .append(t("; km: ", "; km: ")).append(count(sv.kmAvoided()))
                    .append(t("; chi phí đi lại tiết kiệm: ", "; travel saved: ")).append(money(sv.travelSaved()))
                    .append(t("; cước bưu chính: ", "; postal fees: ")).append(money(sv.postalFees()))
                    .append(t("; tiết kiệm ròng: ", "; net: ")).append(money(sv.net())).append('\n')
                    .append(t("Giả định: ", "Assumptions: ")).append(money(sv.assumptions().costPerKm()))
                    .append("/km, ").append(money(sv.assumptions().costPerTrip())).append(t("/chuyến, ", "/trip, "))
                    .append(money(sv.assumptions().postalFeePerLeg())).append(t("/lượt bưu chính", "/postal leg"))
                    .append('\n');
        }
        return out.toString();
    }

    private String outlook(TargetAssessment.Projection p) {
        switch (p.outlook()) {
            case MET:
                return t("đã đạt", "met");
            case ON_TRACK:
                return t("đạt vào ", "on track, ") + p.reachedOn();
            case LATE:
                return t("trễ, đạt vào ", "late, ") + p.reachedOn();
            case NOT_REACHED:
                return t("không đạt với tốc độ hiện tại", "not reached at the current pace");
            default:
                return t("chưa đủ dữ liệu", "not enough data");
        }
    }

    private void tableCells(List<String> row, Metrics m) {
        row.add(count(m.received()));
        for (Metric metric : TABLE_METRICS) {
            row.add(percent(m.rate(metric)));
        }
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows, int leftAligned) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        line(out, header, w, leftAligned);
        for (int i = 0; i < w.length; i++) {
            out.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.append('\n');
        for (List<String> r : rows) {
            line(out, r, w, leftAligned);
        }
    }

    private static void line(StringBuilder out, List<String> cells, int[] w, int leftAligned) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(i < leftAligned ? c + pad : pad + c);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    // ---------------------------------------------------------------- CSV

    /**
     * The report as CSV: one row per group, then a total row. Columns: the grouping values, {@code received}, then
     * for each dossier metric its numerator, denominator and percentage, then the on-time split and the average
     * resolution minutes.
     *
     * @param r the report
     * @return the CSV text
     */
    public String csv(StatsReport r) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Dimension d : r.spec().groupBy()) {
            header.add(vi ? label(d.label()) : d.wireName());
        }
        header.add(vi ? "Tiếp nhận" : "received");
        for (Metric m : dossierMetrics()) {
            String base = vi ? label(m.label()) : m.wireName();
            header.add(base + (vi ? " - tử số" : " numerator"));
            header.add(base + (vi ? " - mẫu số" : " denominator"));
            header.add(base + (vi ? " - %" : " percent"));
        }
        for (String h : vi ? List.of("Sớm hạn", "Đúng hạn", "Trễ hạn", "Đang xử lý", "Không đo được",
                "Thời gian giải quyết TB (phút)") : List.of("early", "on time", "late", "open", "unmeasured",
                "average resolution minutes")) {
            header.add(h);
        }
        csvLine(out, header);
        for (Map.Entry<GroupKey, Metrics> e : r.groups().entrySet()) {
            List<String> row = new ArrayList<>(e.getKey().values());
            csvCells(row, e.getValue());
            csvLine(out, row);
        }
        List<String> total = new ArrayList<>();
        for (int i = 0; i < r.spec().groupBy().size(); i++) {
            total.add(i == 0 ? (vi ? "Tổng" : "total") : "");
        }
        csvCells(total, r.overall());
        csvLine(out, total);
        return out.toString();
    }

    private static List<Metric> dossierMetrics() {
        List<Metric> list = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.fromDossiers()) {
                list.add(m);
            }
        }
        return list;
    }

    private void csvCells(List<String> row, Metrics m) {
        row.add(Long.toString(m.received()));
        for (Metric metric : dossierMetrics()) {
            Rate rate = m.rate(metric);
            row.add(Long.toString(rate.numerator()));
            row.add(Long.toString(rate.denominator()));
            row.add(rate.percent().map(p -> vi ? p.toPlainString().replace('.', ',') : p.toPlainString()).orElse("—"));
        }
        Metrics.OnTime ot = m.onTime();
        for (long v : new long[] {ot.early(), ot.onTime(), ot.late(), ot.open(), ot.unmeasured()}) {
            row.add(Long.toString(v));
        }
        row.add(m.averageResolutionMinutes().map(p -> vi ? p.toPlainString().replace('.', ',') : p.toPlainString())
                .orElse("—"));
    }

    static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- JSON

    /**
     * The report as JSON (pretty-printed).
     *
     * @param r the report
     * @return the JSON text
     */
    public String json(StatsReport r) {
        StringWriter w = new StringWriter();
        json(r, w);
        return w.toString();
    }

    /**
     * Writes the report as JSON.
     *
     * @param r the report
     * @param out the target (not closed)
     * @throws UncheckedIOException on an I/O error
     */
    public void json(StatsReport r, Writer out) {
        try (JsonGenerator g = Dvc4jJson.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // Every object and array is closed by the renderer itself, never completed by the generator on close.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            g.useDefaultPrettyPrinter();
            ReportSpec s = r.spec();
            g.writeStartObject();
            g.writeStringField("language", vi ? "vi" : "en");
            g.writeObjectFieldStart("period");
            g.writeStringField("from", s.from() == null ? null : VnTimes.formatEpochSecond(s.from().getEpochSecond()));
            g.writeStringField("to", s.to() == null ? null : VnTimes.formatEpochSecond(s.to().getEpochSecond()));
            g.writeStringField("asOf", VnTimes.formatEpochSecond(s.settings().asOf().getEpochSecond()));
            g.writeStringField("supplementClock", s.settings().supplementClock().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
            g.writeArrayFieldStart("groupBy");
            for (Dimension d : s.groupBy()) {
                g.writeString(d.wireName());
            }
            g.writeEndArray();
            if (r.input() != null) {
                g.writeObjectFieldStart("input");
                g.writeNumberField("lines", r.input().lines());
                g.writeNumberField("facts", r.input().accepted());
                g.writeNumberField("malformed", r.input().malformed());
                g.writeNumberField("blank", r.input().blank());
                g.writeArrayFieldStart("problems");
                for (ReadProblem p : r.input().problems()) {
                    g.writeStartObject();
                    g.writeStringField("source", p.source());
                    g.writeNumberField("line", p.line());
                    g.writeNumberField("column", p.column());
                    g.writeStringField("path", p.path());
                    g.writeStringField("code", p.code());
                    g.writeStringField("message", label(p.message()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeBooleanField("problemsTruncated", r.input().problemsTruncated());
                g.writeEndObject();
            }
            g.writeNumberField("outOfPeriod", r.outOfPeriod());
            g.writeFieldName("overall");
            metrics(g, r.overall());
            g.writeArrayFieldStart("groups");
            for (Map.Entry<GroupKey, Metrics> e : r.groups().entrySet()) {
                g.writeStartObject();
                g.writeObjectFieldStart("key");
                for (int i = 0; i < s.groupBy().size(); i++) {
                    g.writeStringField(s.groupBy().get(i).wireName(), e.getKey().get(i));
                }
                g.writeEndObject();
                g.writeFieldName("metrics");
                metrics(g, e.getValue());
                Index766.Score gi = r.groupIndex766().get(e.getKey());
                if (gi != null) {
                    g.writeObjectFieldStart("index766");
                    g.writeNumberField("total", gi.total());
                    g.writeNumberField("scorable", gi.scorable());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!r.ranking().isEmpty()) {
                g.writeObjectFieldStart("ranking");
                g.writeStringField("metric", s.rankMetric().wireName());
                g.writeStringField("basis", s.ranking().basis().name().toLowerCase(Locale.ROOT));
                g.writeArrayFieldStart("entries");
                for (Ranking.Entry e : r.ranking()) {
                    g.writeStartObject();
                    if (e.rank() > 0) {
                        g.writeNumberField("rank", e.rank());
                    } else {
                        g.writeNullField("rank");
                    }
                    g.writeStringField("key", e.key().toString());
                    g.writeFieldName("rate");
                    rate(g, e.rate(), null);
                    g.writeFieldName("value");
                    decimal(g, Optional.ofNullable(e.value()));
                    g.writeBooleanField("tied", e.tied());
                    g.writeBooleanField("smallSample", e.smallSample());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("targets");
            for (TargetAssessment a : r.targets()) {
                g.writeStartObject();
                g.writeStringField("id", a.target().id());
                g.writeStringField("metric", a.target().metric().wireName());
                g.writeStringField("label", label(a.target().metric().label()));
                g.writeStringField("kind", a.target().kind().name().toLowerCase(Locale.ROOT));
                g.writeNumberField("threshold", a.target().threshold());
                g.writeObjectFieldStart("scope");
                for (Map.Entry<Dimension, String> e : a.target().scope().entrySet()) {
                    g.writeStringField(e.getKey().wireName(), e.getValue());
                }
                g.writeEndObject();
                g.writeStringField("deadline", a.target().deadline() == null ? null : a.target().deadline().toString());
                g.writeFieldName("actual");
                rate(g, a.actual(), null);
                g.writeFieldName("actualValue");
                decimal(g, a.actualValue());
                g.writeFieldName("attainment");
                decimal(g, a.attainment());
                g.writeBooleanField("met", a.met());
                g.writeObjectFieldStart("projection");
                g.writeStringField("outlook", a.projection().outlook().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                g.writeStringField("reachedOn", a.projection().reachedOn() == null ? null
                        : a.projection().reachedOn().toString());
                g.writeNumberField("dailyNumerator", a.projection().dailyNumerator());
                g.writeNumberField("dailyDenominator", a.projection().dailyDenominator());
                g.writeNumberField("windowDays", a.projection().windowDays());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.index766() != null) {
                g.writeObjectFieldStart("index766");
                g.writeStringField("config", s.index().name());
                g.writeNumberField("total", r.index766().total());
                g.writeNumberField("scorable", r.index766().scorable());
                g.writeNumberField("max", r.index766().max());
                g.writeArrayFieldStart("groups");
                for (Index766.GroupScore gs : r.index766().groups()) {
                    g.writeStartObject();
                    g.writeStringField("id", gs.group().id());
                    g.writeStringField("label", label(gs.group().label()));
                    g.writeNumberField("score", gs.score());
                    g.writeNumberField("scorable", gs.scorable());
                    g.writeNumberField("max", gs.group().max());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("indicators");
                for (Index766.IndicatorScore is : r.index766().indicators()) {
                    g.writeStartObject();
                    g.writeStringField("id", is.indicator().id());
                    g.writeStringField("group", is.indicator().group());
                    g.writeStringField("label", label(is.indicator().label()));
                    g.writeFieldName("rate");
                    rate(g, is.rate(), null);
                    g.writeFieldName("score");
                    decimal(g, is.score());
                    g.writeNumberField("max", is.indicator().max());
                    g.writeNumberField("fullAt", is.indicator().fullAt());
                    g.writeBooleanField("confirmed", is.indicator().confirmed());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            if (r.series() != null) {
                g.writeObjectFieldStart("series");
                g.writeStringField("granularity", r.series().granularity().wireName());
                g.writeStringField("metric", r.series().metric().wireName());
                g.writeArrayFieldStart("points");
                List<TimeSeries.Average> avg = r.series().movingAverage(7);
                for (int i = 0; i < r.series().points().size(); i++) {
                    TimeSeries.Point p = r.series().points().get(i);
                    g.writeStartObject();
                    g.writeStringField("start", p.start().toString());
                    g.writeNumberField("received", p.received());
                    g.writeFieldName("rate");
                    rate(g, p.rate(), null);
                    g.writeNumberField("movingMeanReceived", avg.get(i).meanReceived());
                    g.writeFieldName("movingRate");
                    rate(g, avg.get(i).pooledRate(), null);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            if (r.savings() != null) {
                SavingsAccumulator.Savings sv = r.savings();
                g.writeObjectFieldStart("savings");
                g.writeNumberField("dossiers", sv.dossiers());
                g.writeNumberField("tripsAvoided", sv.tripsAvoided());
                g.writeNumberField("kmAvoided", sv.kmAvoided());
                g.writeNumberField("postalLegs", sv.postalLegs());
                g.writeNumberField("travelSaved", sv.travelSaved().dong());
                g.writeNumberField("postalFees", sv.postalFees().dong());
                g.writeNumberField("net", sv.net().dong());
                g.writeObjectFieldStart("assumptions");
                g.writeNumberField("costPerKm", sv.assumptions().costPerKm().dong());
                g.writeNumberField("costPerTrip", sv.assumptions().costPerTrip().dong());
                g.writeNumberField("postalFeePerLeg", sv.assumptions().postalFeePerLeg().dong());
                g.writeNumberField("defaultDistanceKm", sv.assumptions().defaultDistanceKm());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void metrics(JsonGenerator g, Metrics m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("total", m.total());
        g.writeNumberField("received", m.received());
        g.writeObjectFieldStart("rates");
        for (Metric metric : dossierMetrics()) {
            g.writeFieldName(metric.wireName());
            rate(g, m.rate(metric), metric);
        }
        g.writeEndObject();
        Metrics.OnTime ot = m.onTime();
        g.writeObjectFieldStart("onTime");
        g.writeNumberField("measured", ot.measured());
        g.writeNumberField("early", ot.early());
        g.writeNumberField("onTime", ot.onTime());
        g.writeNumberField("late", ot.late());
        g.writeNumberField("open", ot.open());
        g.writeNumberField("openLate", ot.openLate());
        g.writeNumberField("unmeasured", ot.unmeasured());
        g.writeEndObject();
        g.writeNumberField("resolved", m.resolved());
        g.writeFieldName("averageResolutionMinutes");
        decimal(g, m.averageResolutionMinutes());
        g.writeEndObject();
    }

    private void rate(JsonGenerator g, Rate r, Metric metric) throws IOException {
        g.writeStartObject();
        if (metric != null) {
            g.writeStringField("label", label(metric.label()));
            if (!metric.formula().isEmpty()) {
                g.writeStringField("formula", metric.formula());
            }
        }
        g.writeNumberField("numerator", r.numerator());
        g.writeNumberField("denominator", r.denominator());
        g.writeFieldName("percent");
        decimal(g, r.percent());
        Optional<Rate.ConfidenceInterval> ci = r.wilson();
        g.writeFieldName("wilsonLower");
        decimal(g, ci.map(Rate.ConfidenceInterval::lowerPercent));
        g.writeFieldName("wilsonUpper");
        decimal(g, ci.map(Rate.ConfidenceInterval::upperPercent));
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, Optional<BigDecimal> v) throws IOException {
        if (v.isPresent()) {
            g.writeNumber(v.get());
        } else {
            g.writeNull();
        }
    }
}
