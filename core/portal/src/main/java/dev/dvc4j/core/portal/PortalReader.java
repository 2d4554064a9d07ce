package dev.dvc4j.core.portal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.internal.portal.PayloadParser;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.spi.Extensions;
import java.io.InputStream;
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
 * <p>What is checked: the JSON itself under dvc4j's reading policy (syntax, duplicate keys, strict UTF-8, the read
 * limits; a problem there is one problem at {@code $} with its line and column, and no record is read); the envelope ({@code service} known, {@code isUpdating} a
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
        JsonNode root = tree(() -> StrictJson.readTree("", json), parser);
        return root == null ? new ReadResult(null, false, List.of(), parser.problems()) : parser.envelope(root);
    }

    /**
     * Reads a request leniently from UTF-8 bytes, as they come: strict UTF-8 (a byte order mark accepted at the
     * start), every limit of the reading policy checked while streaming, so a hostile file is refused before it is
     * held whole. A problem of the JSON itself is one problem at {@code $} naming the line and column.
     *
     * @param source the input's name in problems (a file name), or empty
     * @param in the bytes (not closed)
     * @return the records and problems
     */
    public ReadResult read(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        PayloadParser parser = new PayloadParser(codes);
        JsonNode root = tree(() -> StrictJson.readTree(source, in), parser);
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
        JsonNode root = tree(() -> StrictJson.readTree("", json), parser);
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
        JsonNode root = tree(() -> StrictJson.readTree("", json), parser);
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

    private static JsonNode tree(java.util.function.Supplier<JsonNode> read, PayloadParser parser) {
        try {
            return read.get();
        } catch (InputFormatException e) {
            ReadProblem p = e.problem();
            // The JSON itself is unusable: one problem at the document, naming where the reading stopped.
            parser.problem("$", LocalizedText.of(p.describe(false), p.describe(true)));
            return null;
        }
    }
}
