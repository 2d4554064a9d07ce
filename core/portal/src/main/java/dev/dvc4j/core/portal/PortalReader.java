package dev.dvc4j.core.portal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.portal.PayloadParser;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.spi.Extensions;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads the portal's sync payloads, leniently or strictly.
 *
 * <ul>
 *   <li>{@link #read(String)} is lenient: it returns a {@link ReadResult} with every record and every problem
 *       (path and message in both languages). A field with a problem is {@code null} in its record; the rest of the
 *       record is kept; no dossier is dropped silently.</li>
 *   <li>{@link #readStrict(String)} rejects a payload with any problem, throwing a {@link PortalPayloadException}
 *       that lists them all.</li>
 * </ul>
 *
 * <p>What is checked: JSON syntax (and duplicate keys); the envelope ({@code service} known, {@code isUpdating} a
 * boolean, {@code data} a non-empty array of objects); required fields ({@code MaHoSo}, {@code MaTTHC},
 * {@code KenhThucHien}, {@code TrangThaiHoSo}; in progress entries {@code MaHoSo}, {@code ThoiDiemXuLy},
 * {@code TrangThai}; {@code NgayBoSung} of a supplement; {@code Gia} of a fee); types; dates as
 * {@code yyyyMMddHHmmss} naming a real date-time; status 1–10, channel 1–3, payment flag 0–2, yes/no flags 0/1;
 * amounts whole non-negative đồng; the system-specific codes against the {@link PortalCodes} table; dates a status
 * implies ({@code NgayTiepNhan} and {@code NgayHenTra} once received, {@code NgayKetThucXuLy} at 9 and 10,
 * {@code NgayTra} at 10); dossier codes unique within a {@code DongBoHoSoMC} request.
 *
 * <p>What is tolerated, as integrations differ: codes and flags as numbers or strings of digits, flags also as
 * booleans, {@code isUpdating} also as {@code "true"}/{@code "false"}; an empty string or {@code null} is an absent
 * field; text is stripped; fields the portal defines but dvc4j does not model ({@code GhiChu}, {@code Fax}, …) are
 * ignored.
 *
 * <p>Messages never repeat the value of a personal-data field. Immutable and thread-safe.
 */
public final class PortalReader {

    private static final PortalReader DEFAULTS = new PortalReader(PortalCodes.defaults());

    private final PortalCodes codes;

    /**
     * A reader checking codes against a table.
     *
     * @param codes the code table
     */
    public PortalReader(PortalCodes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /**
     * A reader checking codes against a runtime's {@link PortalPoints#CODES}.
     *
     * @param dvc4j the runtime
     * @return the reader
     */
    public static PortalReader from(Extensions dvc4j) {
        return new PortalReader(Objects.requireNonNull(dvc4j, "dvc4j").get(PortalPoints.CODES));
    }

    /**
     * A reader checking codes against one variant's {@link PortalPoints#CODES}.
     *
     * @param dvc4j the runtime
     * @param variant the variant
     * @return the reader
     */
    public static PortalReader from(Extensions dvc4j, String variant) {
        return new PortalReader(Objects.requireNonNull(dvc4j, "dvc4j").get(PortalPoints.CODES, Objects.requireNonNull(variant, "variant")));
    }

    /** @return the code table checked against */
    public PortalCodes codes() {
        return codes;
    }

    /** @return a reader with the bundled code table */
    public static PortalReader defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a request leniently.
     *
     * @param json the request JSON
     * @return the records and problems
     */
    public ReadResult read(String json) {
        Objects.requireNonNull(json, "json");
        PayloadParser parser = new PayloadParser(codes);
        JsonNode root = tree(json, parser);
        return root == null ? new ReadResult(null, false, List.of(), parser.problems()) : parser.envelope(root);
    }

    /**
     * Reads a request strictly.
     *
     * @param json the request JSON
     * @return the request
     * @throws PortalPayloadException listing every problem, if there is any
     */
    public SyncRequest readStrict(String json) {
        return read(json).orThrow();
    }

    /**
     * Reads a bare {@code data} array leniently (some integrations post the array alone, naming the service in
     * the address); paths then start with {@code [i]}.
     *
     * @param json the array JSON
     * @param service the service the array belongs to
     * @return the records and problems
     */
    public ReadResult readData(String json, PortalService service) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(service, "service");
        PayloadParser parser = new PayloadParser(codes);
        JsonNode root = tree(json, parser);
        return root == null ? new ReadResult(service, false, List.of(), parser.problems()) : parser.data(root, service, "", false);
    }

    /**
     * Reads the portal's answer strictly: an object with {@code error_code} (a number or a string) and an optional
     * {@code message}.
     *
     * @param json the answer JSON
     * @return the answer
     * @throws PortalPayloadException if it is malformed
     */
    public static SyncResponse readResponse(String json) {
        Objects.requireNonNull(json, "json");
        PayloadParser parser = new PayloadParser(PortalCodes.defaults());
        JsonNode root = tree(json, parser);
        SyncResponse response = null;
        if (root != null && !root.isObject()) {
            parser.problem("$", LocalizedText.of("câu trả lời phải là một đối tượng {error_code, message}",
                    "the answer must be an object {error_code, message}"));
        } else if (root != null) {
            String code = parser.text(root, "error_code", "", true);
            String message = parser.text(root, "message", "", false);
            if (code != null) {
                response = new SyncResponse(code, message);
            }
        }
        if (!parser.problems().isEmpty()) {
            throw new PortalPayloadException(parser.problems());
        }
        return response;
    }

    private static JsonNode tree(String json, PayloadParser parser) {
        try {
            JsonNode root = Dvc4jJson.mapper().readTree(json);
            if (root == null || root.isMissingNode()) {
                parser.problem("$", LocalizedText.of("tài liệu rỗng", "the document is empty"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            parser.problem("$", at == null
                    ? LocalizedText.of("JSON không hợp lệ (lỗi cú pháp hoặc khóa trùng)", "malformed JSON (syntax error or duplicate key)")
                    : LocalizedText.of("JSON không hợp lệ tại dòng %d, cột %d (lỗi cú pháp hoặc khóa trùng)",
                    "malformed JSON at line %d, column %d (syntax error or duplicate key)")
                    .formatted(at.getLineNr(), at.getColumnNr()));
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
