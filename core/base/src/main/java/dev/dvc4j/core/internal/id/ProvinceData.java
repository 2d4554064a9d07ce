package dev.dvc4j.core.internal.id;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads province and personal-ID place data from JSON (the bundled resources or a vendor's file). */
public final class ProvinceData {

    static final String PROVINCES = "provinces.json";
    static final String PLACES = "personal-id-places.json";

    private ProvinceData() {
    }

    /**
     * The bundled provinces.
     *
     * @return the units in file order
     */
    public static List<Province> bundled() {
        try (InputStream in = open(PROVINCES)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads units from JSON.
     *
     * @param in the JSON, not closed
     * @return the units
     */
    public static List<Province> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        JsonNode root = tree(in);
        JsonNode units = root.get("units");
        if (units == null || !units.isArray()) {
            throw error("thiếu mảng \"units\"", "missing array \"units\"");
        }
        List<Province> out = new ArrayList<>();
        for (JsonNode u : units) {
            out.add(new Province(text(u, "code", true), text(u, "name", true), date(u, "validFrom", true),
                    date(u, "validTo", false), text(u, "legalBasis", true), text(u, "codeSource", true),
                    u.path("codeSourceSecondary").asBoolean(false), text(u, "successor", false)));
        }
        return out;
    }

    static InputStream open(String name) {
        InputStream in = ProvinceData.class.getResourceAsStream(name);
        if (in == null) {
            throw error("không tìm thấy tài nguyên " + name, "resource not found: " + name);
        }
        return in;
    }

    static JsonNode tree(InputStream in) {
        try {
            JsonNode root = StrictJson.readTree("", in);
            if (!root.isObject()) {
                throw error("tài liệu không phải một đối tượng JSON", "the document is not a JSON object");
            }
            return root;
        } catch (dev.dvc4j.core.io.InputFormatException e) {
            throw error(e.problem().describe(false), e.problem().describe(true));
        }
    }

    static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw error("thiếu trường \"" + field + "\" trong " + node, "missing field \"" + field + "\" in " + node);
            }
            return null;
        }
        if (!v.isTextual()) {
            throw error("trường \"" + field + "\" phải là chuỗi trong " + node, "field \"" + field + "\" must be a string in " + node);
        }
        return v.asText();
    }

    static LocalDate date(JsonNode node, String field, boolean required) {
        String s = text(node, field, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error("ngày không hợp lệ \"" + s + "\" ở trường " + field, "invalid date \"" + s + "\" in field " + field);
        }
    }

    static Dvc4jException error(String vi, String en) {
        return new Dvc4jException("id.province.data", LocalizedText.of(
                "Dữ liệu tỉnh không hợp lệ: " + vi, "Invalid province data: " + en));
    }
}
