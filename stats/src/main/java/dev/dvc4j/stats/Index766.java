package dev.dvc4j.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Decision 766/QĐ-TTg service-quality index: indicator scores {@code min(max, rate ÷ fullAt × max)} from rates
 * rounded to 2 decimals, group totals and a total out of 100. Weights and thresholds are dated configuration (JSON
 * with a legal basis); the bundled default ({@link #bundled()}) marks which values are unconfirmed. Indicators not
 * computable from dossier facts (e.g. publication on time) take a rate supplied by the caller or stay "not
 * available"; the report then says how many of the 100 points could be scored.
 *
 * @param name the configuration's name
 * @param legalBasis the legal basis
 * @param validFrom first day of validity
 * @param validTo last day of validity, or {@code null}
 * @param groups the groups, in order
 * @param indicators the indicators, in order
 */
public record Index766(String name, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo,
                       List<Group> groups, List<Indicator> indicators) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates that every indicator names a group and that indicator maxima add up to each group's maximum. */
    public Index766 {
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        for (Group g : groups) {
            BigDecimal sum = indicators.stream().filter(i -> i.group().equals(g.id())).map(Indicator::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(g.max()) != 0) {
                throw invalid("Nhóm %s: tổng điểm các chỉ số %s khác điểm tối đa %s",
                        "Group %s: indicator maxima add up to %s, not %s", g.id(), sum.toPlainString(),
                        g.max().toPlainString());
            }
        }
        for (Indicator i : indicators) {
            if (groups.stream().noneMatch(g -> g.id().equals(i.group()))) {
                throw invalid("Chỉ số %s thuộc nhóm không có: %s", "Indicator %s names an unknown group %s", i.id(),
                        i.group());
            }
        }
    }

    /**
     * A group of indicators.
     *
     * @param id the identifier
     * @param label the name in both languages
     * @param max the group's maximum points
     */
    public record Group(String id, LocalizedText label, BigDecimal max) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Group {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(max, "max");
        }
    }

    /**
     * One indicator.
     *
     * @param id the formula-sheet number ({@code "2.1"})
     * @param group the group's identifier
     * @param metric the metric giving its rate, or {@code null} when the rate must be supplied
     * @param max the maximum points
     * @param fullAt the percentage at which the full points are given
     * @param confirmed whether the weight is confirmed by a source
     * @param fullAtConfirmed whether the full-score threshold is confirmed by a source
     * @param label the name in both languages
     */
    public record Indicator(String id, String group, @Nullable Metric metric, BigDecimal max, BigDecimal fullAt,
                            boolean confirmed, boolean fullAtConfirmed, LocalizedText label) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Indicator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(fullAt, "fullAt");
            Objects.requireNonNull(label, "label");
        }

        /**
         * The score for a rate: {@code min(max, percent ÷ fullAt × max)}, 2 decimals half-up, on the rate rounded as
         * the portal does.
         *
         * @param rate the rate
         * @return the score, empty when the rate is not applicable
         */
        public Optional<BigDecimal> score(Rate rate) {
            return rate.percent().map(p -> p.multiply(max).divide(fullAt, 2, RoundingMode.HALF_UP).min(max));
        }
    }

    /**
     * The bundled default configuration (Decision 766/QĐ-TTg, 2022).
     *
     * @return the configuration
     */
    public static Index766 bundled() {
        try (InputStream in = Index766.class.getResourceAsStream("index766.json")) {
            return read(in);
        } catch (IOException e) {
            throw new StatsException("stats.index.config", LocalizedText.of(
                    "Không đọc được cấu hình chỉ số 766", "Cannot read the 766 index configuration"), e);
        }
    }

    /**
     * Reads a configuration in the bundled file's format.
     *
     * @param in JSON
     * @return the configuration
     * @throws StatsException if malformed
     */
    public static Index766 read(InputStream in) {
        JsonNode root;
        try {
            root = dev.dvc4j.core.internal.json.StrictJson.readTree("", in);
        } catch (dev.dvc4j.core.io.InputFormatException e) {
            throw new StatsException("stats.index.config", LocalizedText.of(
                    "Cấu hình chỉ số 766: " + e.problem().describe(false), "766 index configuration: " + e.problem().describe(true)), e);
        }
        try {
            List<Group> groups = new ArrayList<>();
            for (JsonNode g : array(root, "groups")) {
                groups.add(new Group(text(g, "id"), LocalizedText.of(text(g, "vi"), text(g, "en")), number(g, "max")));
            }
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : array(root, "indicators")) {
                JsonNode metric = i.get("metric");
                BigDecimal fullAt = number(i, "fullAt");
                if (fullAt.signum() <= 0 || fullAt.compareTo(HUNDRED) > 0) {
                    throw invalid("Ngưỡng điểm tối đa %s không hợp lệ", "Invalid full-score threshold %s",
                            fullAt.toPlainString());
                }
                indicators.add(new Indicator(text(i, "id"), text(i, "group"),
                        metric == null || metric.isNull() ? null : Metric.parse(text(i, "metric")),
                        number(i, "max"), fullAt, bool(i, "confirmed", null), bool(i, "fullAtConfirmed", true),
                        LocalizedText.of(text(i, "vi"), text(i, "en"))));
            }
            JsonNode to = root.get("validTo");
            JsonNode basis = root.get("legalBasis");
            return new Index766(text(root, "name"), basis == null ? "" : text(root, "legalBasis"),
                    date(root, "validFrom"), to == null || to.isNull() ? null : date(root, "validTo"), groups, indicators);
        } catch (StatsException e) {
            throw e;
        } catch (dev.dvc4j.core.Dvc4jException e) {
            throw new StatsException("stats.index.config", LocalizedText.of(
                    "Cấu hình chỉ số 766 không hợp lệ: " + e.text().vi(), "Invalid 766 index configuration: " + e.text().en()), e);
        }
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.isObject() ? n.get(field) : null;
        if (v == null || v.isNull()) {
            throw invalid("Thiếu trường \"%s\"", "Missing field \"%s\"", field);
        }
        return v;
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isArray()) {
            throw invalid("Trường \"%s\" phải là một mảng", "Field \"%s\" must be an array", field);
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isTextual()) {
            throw invalid("Trường \"%s\" phải là một chuỗi", "Field \"%s\" must be a string", field);
        }
        return v.textValue();
    }

    private static BigDecimal number(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isNumber()) {
            throw invalid("Trường \"%s\" phải là một số", "Field \"%s\" must be a number", field);
        }
        BigDecimal d = dev.dvc4j.core.internal.json.StrictJson.finiteDecimal(v);
        if (d == null) {
            throw invalid("Trường \"%s\" vượt quá phạm vi số", "Field \"%s\" is out of range", field);
        }
        return d;
    }

    private static boolean bool(JsonNode n, String field, Boolean absent) {
        JsonNode v = n.isObject() ? n.get(field) : null;
        if ((v == null || v.isNull()) && absent != null) {
            return absent;
        }
        if (v == null || !v.isBoolean()) {
            throw invalid("Trường \"%s\" phải là true hoặc false", "Field \"%s\" must be true or false", field);
        }
        return v.booleanValue();
    }

    private static LocalDate date(JsonNode n, String field) {
        String t = text(n, field);
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("Trường \"%s\": ngày \"%s\" không hợp lệ (yyyy-MM-dd)", "Field \"%s\": \"%s\" is not a date (yyyy-MM-dd)",
                    field, dev.dvc4j.core.internal.json.InputTexts.shown(t));
        }
    }

    private static StatsException invalid(String vi, String en, Object... args) {
        return new StatsException("stats.index.config", LocalizedText.of(vi, en).formatted(args));
    }

    /**
     * Whether the configuration is in force on a day.
     *
     * @param day the day
     * @return whether {@code validFrom <= day <= validTo}
     */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Scores rates.
     *
     * @param rates the rate of each indicator by id, or empty when not available; typically
     *     {@code id -> metric-based rates} plus supplied ones
     * @return the score card
     */
    public Score score(Function<Indicator, Optional<Rate>> rates) {
        List<IndicatorScore> scores = new ArrayList<>();
        Map<String, BigDecimal[]> byGroup = new LinkedHashMap<>();
        for (Group g : groups) {
            byGroup.put(g.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        for (Indicator i : indicators) {
            Optional<Rate> rate = rates.apply(i).filter(Rate::isApplicable);
            Optional<BigDecimal> score = rate.flatMap(i::score);
            scores.add(new IndicatorScore(i, rate.orElse(Rate.NOT_APPLICABLE), score));
            if (score.isPresent()) {
                BigDecimal[] acc = byGroup.get(i.group());
                acc[0] = acc[0].add(score.get());
                acc[1] = acc[1].add(i.max());
            }
        }
        List<GroupScore> groupScores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal scorable = BigDecimal.ZERO;
        for (Group g : groups) {
            BigDecimal[] acc = byGroup.get(g.id());
            groupScores.add(new GroupScore(g, acc[0], acc[1]));
            total = total.add(acc[0]);
            scorable = scorable.add(acc[1]);
        }
        BigDecimal max = groups.stream().map(Group::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Score(scores, groupScores, total, scorable, max);
    }

    /**
     * Scores metrics: each indicator with a metric takes it from the dossier metrics or the service metrics;
     * others from {@code supplied} (by indicator id).
     *
     * @param dossiers dossier metrics
     * @param services catalogue metrics, or {@code null}
     * @param supplied rates of the other indicators by id
     * @return the score card
     */
    public Score score(Metrics dossiers, ServiceAccumulator.@Nullable Result services, Map<String, Rate> supplied) {
        return score(i -> {
            if (i.metric() == null) {
                return Optional.ofNullable(supplied.get(i.id()));
            }
            if (i.metric().fromDossiers()) {
                return Optional.of(dossiers.rate(i.metric()));
            }
            return services == null ? Optional.empty() : Optional.of(services.rate(i.metric()));
        });
    }

    /**
     * One indicator's score.
     *
     * @param indicator the indicator
     * @param rate its rate ({@link Rate#NOT_APPLICABLE} when unavailable)
     * @param score its points, empty when unavailable
     */
    public record IndicatorScore(Indicator indicator, Rate rate, Optional<BigDecimal> score) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public IndicatorScore {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(score, "score");
        }

        /**
         * Java serialization goes through {@link Serialized}, since {@link Optional} is not serializable.
         *
         * @return the serializable form
         */
        @java.io.Serial
        private Object writeReplace() {
            return new Serialized(indicator, rate, score.orElse(null));
        }

        /** The serialized form: the optional score as a nullable field. */
        private record Serialized(Indicator indicator, Rate rate, BigDecimal score) implements Serializable {
            @java.io.Serial
            private Object readResolve() {
                return new IndicatorScore(indicator, rate, Optional.ofNullable(score));
            }
        }
    }

    /**
     * One group's total.
     *
     * @param group the group
     * @param score points scored
     * @param scorable the maximum of the indicators that could be scored
     */
    public record GroupScore(Group group, BigDecimal score, BigDecimal scorable) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public GroupScore {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(scorable, "scorable");
        }
    }

    /**
     * A score card.
     *
     * @param indicators every indicator's score
     * @param groups every group's total
     * @param total the total
     * @param scorable the points that could be scored with the data available
     * @param max the maximum, 100
     */
    public record Score(List<IndicatorScore> indicators, List<GroupScore> groups, BigDecimal total,
                        BigDecimal scorable, BigDecimal max) implements Serializable {

        /** Refuses {@code null} for each required component, naming it. */
        public Score {
            Objects.requireNonNull(indicators, "indicators");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(scorable, "scorable");
            Objects.requireNonNull(max, "max");
        }
    }
}
