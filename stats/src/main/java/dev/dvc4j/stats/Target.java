package dev.dvc4j.stats;

import dev.dvc4j.core.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A goal: a metric, a threshold, a scope and a deadline, e.g. "≥ 10% of driving-licence exchanges online in 2023".
 * A {@link Kind#RATE} target compares the metric's percentage with the threshold (a percentage); a
 * {@link Kind#COUNT} target compares the metric's numerator (e.g. the number of online dossiers) with the threshold
 * (a number of dossiers).
 *
 * @param id a name for reports
 * @param metric the metric (a dossier metric)
 * @param kind rate or count
 * @param threshold the percentage (0–100) or count to reach, positive
 * @param scope which facts count: each dimension must equal the value (empty: all facts)
 * @param deadline the last day, or {@code null} for none
 * @param source where the goal comes from (a decision, a plan), may be empty ({@code null} reads as empty)
 */
public record Target(String id, Metric metric, Kind kind, BigDecimal threshold, Map<Dimension, String> scope,
                     @Nullable LocalDate deadline, @Nullable String source) implements Serializable {

    /** What a target measures. */
    public enum Kind implements dev.dvc4j.core.Labelled {
        /** The metric's percentage. */
        RATE("tỷ lệ", "rate"),
        /** The metric's numerator. */
        COUNT("số lượng", "count");

        private final LocalizedText label;

        Kind(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** @return the kind's name in both languages */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /** Validates the target. */
    public Target {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
        source = source == null ? "" : source;
        scope = scope == null || scope.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scope));
        if (!metric.fromDossiers()) {
            throw invalid("Chỉ tiêu \"%s\": chỉ số %s không tính từ hồ sơ", "Target \"%s\": metric %s is not a dossier metric",
                    id, metric.wireName());
        }
        if (threshold.signum() <= 0 || (kind == Kind.RATE && threshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw invalid("Chỉ tiêu \"%s\": ngưỡng %s không hợp lệ", "Target \"%s\": invalid threshold %s", id,
                    threshold.toPlainString());
        }
        for (Dimension d : scope.keySet()) {
            if (d.isTime()) {
                throw invalid("Chỉ tiêu \"%s\": phạm vi không được theo thời gian (%s)",
                        "Target \"%s\": the scope cannot be a time dimension (%s)", id, d.wireName());
            }
        }
    }

    /**
     * Reads a targets file: {@code {"targets": [{"id": "gplx-online", "metric": "online-share", "kind": "rate",
     * "threshold": 10, "scope": {"procedure": "1.002809"}, "deadline": "2023-12-31", "source": "…"}]}}. {@code kind}
     * defaults to {@code rate}; {@code scope}, {@code deadline} and {@code source} are optional.
     *
     * @param in JSON
     * @return the targets, in file order
     * @throws StatsException naming the first bad entry; nothing is returned then
     */
    public static java.util.List<Target> read(java.io.InputStream in) {
        java.util.Objects.requireNonNull(in, "in");
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = dev.dvc4j.core.internal.json.StrictJson.readTree("", in);
        } catch (dev.dvc4j.core.io.InputFormatException e) {
            throw new StatsException("stats.target.invalid", LocalizedText.of(
                    "Tệp chỉ tiêu: " + e.problem().describe(false), "Targets file: " + e.problem().describe(true)), e);
        }
        com.fasterxml.jackson.databind.JsonNode list = root.isObject() ? root.get("targets") : null;
        if (list == null || !list.isArray() || root.size() != 1) {
            throw invalid("Tệp chỉ tiêu phải là một đối tượng chỉ có mảng \"targets\"",
                    "A targets file must be an object with only a \"targets\" array");
        }
        java.util.List<Target> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.targets[" + i + "]";
            com.fasterxml.jackson.databind.JsonNode t = list.get(i);
            try {
                out.add(entry(t, at));
            } catch (StatsException e) {
                throw new StatsException("stats.target.invalid", LocalizedText.of(
                        "Chỉ tiêu thứ " + (i + 1) + " (" + at + "): " + e.text().vi(),
                        "Target #" + (i + 1) + " (" + at + "): " + e.text().en()), e);
            }
        }
        return java.util.List.copyOf(out);
    }

    private static final java.util.Set<String> FIELDS = java.util.Set.of("id", "metric", "kind", "threshold", "scope",
            "deadline", "source");

    private static Target entry(com.fasterxml.jackson.databind.JsonNode t, String at) {
        if (!t.isObject()) {
            throw invalid("phải là một đối tượng", "must be an object");
        }
        for (java.util.Iterator<String> names = t.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid("thuộc tính \"%s\" không có trong định dạng", "unknown property \"%s\"",
                        dev.dvc4j.core.internal.json.InputTexts.shown(name));
            }
        }
        com.fasterxml.jackson.databind.JsonNode threshold = t.get("threshold");
        if (threshold == null || !threshold.isNumber()) {
            throw invalid("cần \"threshold\" là một số", "needs a numeric \"threshold\"");
        }
        BigDecimal thresholdValue = dev.dvc4j.core.internal.json.StrictJson.finiteDecimal(threshold);
        if (thresholdValue == null) {
            throw invalid("\"threshold\" vượt quá phạm vi số", "\"threshold\" is out of range");
        }
        Map<Dimension, String> scope = new EnumMap<>(Dimension.class);
        com.fasterxml.jackson.databind.JsonNode scopeNode = t.get("scope");
        if (scopeNode != null) {
            if (!scopeNode.isObject()) {
                throw invalid("\"scope\" phải là một đối tượng", "\"scope\" must be an object");
            }
            for (java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = scopeNode.fields(); it.hasNext(); ) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw invalid("\"scope.%s\" phải là một chuỗi", "\"scope.%s\" must be a string", e.getKey());
                }
                scope.put(Dimension.parse(e.getKey()), e.getValue().textValue());
            }
        }
        String kind = string(t, "kind", false);
        String deadline = string(t, "deadline", false);
        LocalDate due = null;
        if (deadline != null) {
            try {
                due = LocalDate.parse(deadline);
            } catch (java.time.format.DateTimeParseException e) {
                throw invalid("\"deadline\": ngày \"%s\" không hợp lệ (yyyy-MM-dd)", "\"deadline\": \"%s\" is not a date (yyyy-MM-dd)",
                        dev.dvc4j.core.internal.json.InputTexts.shown(deadline));
            }
        }
        String source = string(t, "source", false);
        return new Target(string(t, "id", true), Metric.parse(string(t, "metric", true)),
                kind == null ? Kind.RATE : dev.dvc4j.core.Labelled.findIgnoringCase(Kind.class, kind).orElseThrow(() -> invalid(
                        "loại chỉ tiêu \"%s\" không hợp lệ (%s)", "unknown target kind \"%s\" (%s)",
                        dev.dvc4j.core.internal.json.InputTexts.shown(kind), dev.dvc4j.core.Labelled.acceptedNames(Kind.class))),
                thresholdValue, scope, due, source == null ? "" : source);
    }

    /** A string property: absent is {@code null} (or an error when required); any other type is refused, not coerced. */
    private static String string(com.fasterxml.jackson.databind.JsonNode t, String field, boolean required) {
        com.fasterxml.jackson.databind.JsonNode v = t.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw invalid("thiếu \"%s\"", "missing \"%s\"", field);
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw invalid("\"%s\" phải là một chuỗi không rỗng", "\"%s\" must be a non-blank string", field);
        }
        return v.textValue();
    }

    private static StatsException invalid(String vi, String en, Object... args) {
        return new StatsException("stats.target.invalid", LocalizedText.of(vi, en).formatted(args));
    }

    /**
     * A rate target over all facts.
     *
     * @param id the name
     * @param metric the metric
     * @param percent the percentage to reach
     * @param deadline the deadline or {@code null}
     * @return the target
     */
    public static Target rate(String id, Metric metric, BigDecimal percent, @Nullable LocalDate deadline) {
        Objects.requireNonNull(percent, "percent");
        return new Target(id, metric, Kind.RATE, percent, Map.of(), deadline, "");
    }

    /**
     * A count target over all facts.
     *
     * @param id the name
     * @param metric the metric whose numerator counts
     * @param count the count to reach
     * @param deadline the deadline or {@code null}
     * @return the target
     */
    public static Target count(String id, Metric metric, long count, @Nullable LocalDate deadline) {
        return new Target(id, metric, Kind.COUNT, BigDecimal.valueOf(count), Map.of(), deadline, "");
    }

    /**
     * A copy with a scope.
     *
     * @param dimension the dimension
     * @param value the value facts must have
     * @return the target
     */
    public Target within(Dimension dimension, String value) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Map<Dimension, String> s = new EnumMap<>(Dimension.class);
        s.putAll(scope);
        s.put(dimension, value);
        return new Target(id, metric, kind, threshold, s, deadline, source);
    }

    /**
     * Whether a fact is in this target's scope.
     *
     * @param f the fact
     * @return whether every scope dimension matches
     */
    public boolean covers(DossierFacts f) {
        Objects.requireNonNull(f, "f");
        for (Map.Entry<Dimension, String> e : scope.entrySet()) {
            if (!e.getKey().valueOf(f).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
