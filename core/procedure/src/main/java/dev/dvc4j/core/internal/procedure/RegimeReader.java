package dev.dvc4j.core.internal.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.procedure.ProcedureException;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.ServiceCriteria;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevel;
import dev.dvc4j.core.procedure.ServiceRule;
import dev.dvc4j.core.procedure.Validity;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a {@link RuleBasedRegime} from JSON. Not part of the API. */
public final class RegimeReader {

    private static final Set<String> TOP = Set.of("key", "name", "legalBasis", "validFrom", "validTo", "provisional",
            "source", "note", "levels");
    private static final Set<String> LEVEL = Set.of("code", "rank", "name", "onlineService", "fullOnline", "equivalents",
            "rule", "note");

    private RegimeReader() {
    }

    /**
     * Reads a regime.
     *
     * @param in the JSON
     * @param extra criteria beyond the built-ins
     * @return the regime
     */
    public static RuleBasedRegime read(InputStream in, Map<String, ServiceCriterion> extra) {
        JsonNode root;
        try {
            root = StrictJson.readTree("", in);
        } catch (InputFormatException e) {
            throw new ProcedureException("procedure.regime-data", LocalizedText.of(
                    "Dữ liệu chế độ mức độ: " + e.problem().describe(false),
                    "Service-level regime data: " + e.problem().describe(true)), e);
        }
        Map<String, ServiceCriterion> criteria = new LinkedHashMap<>(ServiceCriteria.builtIns());
        criteria.putAll(extra);
        if (root == null || !root.isObject()) {
            throw fail("", "Chế độ mức độ phải là một đối tượng JSON", "A regime must be a JSON object");
        }
        known(root, TOP, "");
        String key = text(root, "key", "");
        LocalizedText name = localized(root.get("name"), "name");
        String legalBasis = text(root, "legalBasis", "");
        LocalDate from = date(root, "validFrom", "").orElseThrow(() -> missing("validFrom"));
        Optional<LocalDate> to = date(root, "validTo", "");
        boolean provisional = bool(root, "provisional", "");
        JsonNode levelsNode = root.get("levels");
        if (levelsNode == null || !levelsNode.isArray()) {
            throw missing("levels");
        }
        List<RuleBasedRegime.Level> levels = new ArrayList<>();
        for (int i = 0; i < levelsNode.size(); i++) {
            String p = "levels[" + i + "]";
            JsonNode l = levelsNode.get(i);
            if (!l.isObject()) {
                throw fail(p, "Mức phải là một đối tượng", "A level must be an object");
            }
            known(l, LEVEL, p + ".");
            if (!l.path("rank").isInt()) {
                throw missing(p + ".rank");
            }
            ServiceLevel level = new ServiceLevel(key, text(l, "code", p + "."), l.get("rank").asInt(),
                    localized(l.get("name"), p + ".name"), bool(l, "onlineService", p + "."),
                    bool(l, "fullOnline", p + "."));
            Optional<ServiceRule> rule = l.hasNonNull("rule") ? Optional.of(rule(l.get("rule"), p + ".rule", criteria))
                    : Optional.empty();
            Map<String, String> eq = new LinkedHashMap<>();
            JsonNode eqNode = l.get("equivalents");
            if (eqNode != null && !eqNode.isNull()) {
                if (!eqNode.isObject()) {
                    throw fail(p + ".equivalents", "Phải là đối tượng {chế độ: mức}", "Must be an object {regime: level}");
                }
                String ep = p + ".equivalents.";
                eqNode.fields().forEachRemaining(e -> eq.put(e.getKey(), text(eqNode, e.getKey(), ep)));
            }
            levels.add(new RuleBasedRegime.Level(level, rule, eq));
        }
        return new RuleBasedRegime(key, name, legalBasis, new Validity(from, to), provisional, levels);
    }

    private static ServiceRule rule(JsonNode n, String path, Map<String, ServiceCriterion> criteria) {
        if (n == null || !n.isObject() || n.size() != 1) {
            throw fail(path, "Quy tắc phải là {\"criterion\"|\"allOf\"|\"anyOf\"|\"not\": ...}",
                    "A rule must be one of {\"criterion\"|\"allOf\"|\"anyOf\"|\"not\": ...}");
        }
        Map.Entry<String, JsonNode> e = n.fields().next();
        String p = path + "." + e.getKey();
        switch (e.getKey()) {
            case "criterion": {
                ServiceCriterion c = criteria.get(e.getValue().asText());
                if (c == null) {
                    throw fail(p, "Tiêu chí \"%s\" không tồn tại (có: %s)", "Unknown criterion \"%s\" (known: %s)",
                            e.getValue().asText(), criteria.keySet());
                }
                return ServiceRule.check(c);
            }
            case "allOf":
            case "anyOf": {
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    throw fail(p, "Phải là mảng không rỗng các quy tắc", "Must be a non-empty array of rules");
                }
                List<ServiceRule> rules = new ArrayList<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    rules.add(rule(e.getValue().get(i), p + "[" + i + "]", criteria));
                }
                return e.getKey().equals("allOf") ? new ServiceRule.AllOf(rules) : new ServiceRule.AnyOf(rules);
            }
            case "not":
                return ServiceRule.not(rule(e.getValue(), p, criteria));
            default:
                throw fail(path, "Loại quy tắc \"%s\" không tồn tại", "Unknown rule kind \"%s\"", e.getKey());
        }
    }

    private static void known(JsonNode n, Set<String> allowed, String prefix) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw fail(prefix + f, "Thuộc tính không được hỗ trợ", "Unknown property");
            }
        }
    }

    private static String text(JsonNode n, String field, String prefix) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw missing(prefix + field);
        }
        return v.asText();
    }

    private static Optional<LocalDate> date(JsonNode n, String field, String prefix) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.asText()));
        } catch (DateTimeParseException e) {
            throw fail(prefix + field, "Ngày \"%s\" không hợp lệ (yyyy-MM-dd)", "Invalid date \"%s\" (yyyy-MM-dd)", v.asText());
        }
    }

    private static LocalizedText localized(JsonNode n, String path) {
        if (n == null || !n.path("vi").isTextual() || !n.path("en").isTextual()) {
            throw fail(path, "Cần {\"vi\": ..., \"en\": ...}", "Needs {\"vi\": ..., \"en\": ...}");
        }
        return LocalizedText.of(n.get("vi").asText(), n.get("en").asText());
    }

    /** An optional boolean: absent is false; anything but {@code true} or {@code false} is refused, not coerced. */
    private static boolean bool(JsonNode obj, String field, String prefix) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw fail(prefix + field, "Phải là true hoặc false", "Must be true or false");
        }
        return v.booleanValue();
    }

    private static ProcedureException missing(String path) {
        return fail(path, "Thiếu hoặc sai kiểu", "Missing or of the wrong type");
    }

    private static ProcedureException fail(String path, String vi, String en, Object... args) {
        LocalizedText t = LocalizedText.of(vi, en).formatted(args);
        return new ProcedureException("procedure.regime-data", LocalizedText.of(
                "Dữ liệu chế độ mức độ, " + (path.isEmpty() ? "gốc" : path) + ": " + t.vi(),
                "Service-level regime data, " + (path.isEmpty() ? "root" : path) + ": " + t.en()));
    }
}
