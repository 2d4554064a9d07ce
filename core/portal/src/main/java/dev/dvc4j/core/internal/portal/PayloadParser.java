package dev.dvc4j.core.internal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalDocument;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalFee;
import dev.dvc4j.core.portal.PortalProblem;
import dev.dvc4j.core.portal.PortalProgress;
import dev.dvc4j.core.portal.PortalRecord;
import dev.dvc4j.core.portal.PortalResult;
import dev.dvc4j.core.portal.PortalService;
import dev.dvc4j.core.portal.PortalSupplement;
import dev.dvc4j.core.portal.PortalTime;
import dev.dvc4j.core.portal.ReadResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks a payload's JSON tree field by field, building the records and collecting every problem with its path; a
 * field with a problem is left {@code null}. One instance per read; not part of the API.
 */
public final class PayloadParser {

    /** Statuses after receipt that need {@code NgayTiepNhan} and {@code NgayHenTra}. */
    private static final Set<DossierStatus> RECEIVED_STATUSES = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED, DossierStatus.STOPPED,
            DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);

    private final PortalCodes codes;
    private final List<PortalProblem> problems = new ArrayList<>();

    /**
     * A parser.
     *
     * @param codes the code table for the system-specific codes
     */
    public PayloadParser(PortalCodes codes) {
        this.codes = codes;
    }

    /** @return the problems found so far */
    public List<PortalProblem> problems() {
        return problems;
    }

    /**
     * Reports a problem.
     *
     * @param path the path
     * @param text the message
     */
    public void problem(String path, LocalizedText text) {
        problems.add(new PortalProblem(path, text));
    }

    // ------------------------------------------------------------------ envelope

    /**
     * Reads a request envelope.
     *
     * @param root the document
     * @return the result
     */
    public ReadResult envelope(JsonNode root) {
        if (!root.isObject()) {
            problem("$", LocalizedText.of("tài liệu phải là một đối tượng {service, isUpdating, data}, nhận được %1$s",
                    "the document must be an object {service, isUpdating, data}, got %2$s").formatted(typeVi(root), typeEn(root)));
            return new ReadResult(null, false, List.of(), problems);
        }
        PortalService service = null;
        String name = text(root, "service", "", true);
        if (name != null) {
            service = PortalService.fromWireName(name).orElse(null);
            if (service == null) {
                problem("service", LocalizedText.of("dịch vụ \"%s\" không xác định (DongBoHoSoMC hoặc CapNhatTienDoHoSoMC)",
                        "unknown service \"%s\" (DongBoHoSoMC or CapNhatTienDoHoSoMC)").formatted(shorten(name)));
            }
        }
        boolean updating = updating(root);
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            problem("data", missing());
            return new ReadResult(service, updating, List.of(), problems);
        }
        return data(data, service, "data", updating);
    }

    /**
     * Reads the records of {@code data[]}.
     *
     * @param data the array
     * @param service the service, or {@code null} to tell each element's kind by its fields
     * @param path the array's path
     * @param updating the envelope's {@code isUpdating}
     * @return the result
     */
    public ReadResult data(JsonNode data, PortalService service, String path, boolean updating) {
        List<PortalRecord> records = new ArrayList<>();
        if (!data.isArray()) {
            problem(path, wrongType("mảng", "array", data));
            return new ReadResult(service, updating, records, problems);
        }
        if (data.isEmpty()) {
            problem(path, LocalizedText.of("không có bản ghi nào", "has no records"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            JsonNode e = data.get(i);
            String p = path + "[" + i + "]";
            if (!e.isObject()) {
                problem(p, LocalizedText.of("phần tử không phải đối tượng (%1$s) nên bị bỏ qua",
                        "the element is not an object (%2$s) and was skipped").formatted(typeVi(e), typeEn(e)));
                continue;
            }
            PortalService kind = service != null ? service : guess(e);
            if (kind == PortalService.SYNC_DOSSIERS) {
                PortalDossier d = dossier(e, p);
                if (d.code() != null) {
                    Integer first = seen.putIfAbsent(d.code(), i);
                    if (first != null) {
                        problem(p + ".MaHoSo", LocalizedText.of("trùng mã hồ sơ với %s[%d]", "duplicates the dossier code of %s[%d]")
                                .formatted(path, first));
                    }
                }
                records.add(d);
            } else {
                records.add(progress(e, p));
            }
        }
        return new ReadResult(service, updating, records, problems, data.size());
    }

    private static PortalService guess(JsonNode e) {
        return e.has("TrangThaiHoSo") || !(e.has("ThoiDiemXuLy") || e.has("NguoiXuLy"))
                ? PortalService.SYNC_DOSSIERS : PortalService.UPDATE_PROGRESS;
    }

    private boolean updating(JsonNode root) {
        JsonNode n = root.get("isUpdating");
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String s = n.isTextual() ? n.textValue().strip().toLowerCase(Locale.ROOT) : n.isIntegralNumber() ? n.asText() : null;
        if ("true".equals(s) || "1".equals(s)) {
            return true;
        }
        if ("false".equals(s) || "0".equals(s) || "".equals(s)) {
            return false;
        }
        problem("isUpdating", LocalizedText.of("phải là true hoặc false", "must be true or false"));
        return false;
    }

    // ------------------------------------------------------------------ records

    /**
     * Reads one dossier.
     *
     * @param n the object
     * @param p its path
     * @return the dossier, with {@code null} where a field had a problem
     */
    public PortalDossier dossier(JsonNode n, String p) {
        String code = text(n, "MaHoSo", p, true);
        String procedure = text(n, "MaTTHC", p, true);
        String procedureName = text(n, "TenTTHC", p, false);
        String sectorCode = text(n, "MaLinhVuc", p, false);
        String sectorName = text(n, "TenLinhVuc", p, false);
        Channel channel = coded(n, "KenhThucHien", p, true, Channel::fromPortalCode,
                LocalizedText.of("mã kênh thực hiện %s không hợp lệ (1, 2 hoặc 3)", "unknown channel code %s (1, 2 or 3)"));
        String applicantName = text(n, "ChuHoSo", p, false);
        String applicantId = text(n, "SoGiayToChuHoSo", p, false);
        String applicantType = configured(n, "LoaiDoiTuong", p, "applicantTypes", c -> codes.applicantKindFor(c).isPresent());
        String applicantCode = text(n, "MaDoiTuong", p, false);
        String email = text(n, "Email", p, false);
        String phone = text(n, "SoDienThoai", p, false);
        String summary = text(n, "TrichYeuHoSo", p, false);
        Instant filedAt = time(n, "NgayNopHoSo", p, false);
        Instant receivedAt = time(n, "NgayTiepNhan", p, false);
        Instant dueAt = time(n, "NgayHenTra", p, false);
        DossierStatus status = coded(n, "TrangThaiHoSo", p, true, DossierStatus::fromPortalCode,
                LocalizedText.of("mã trạng thái hồ sơ %s không hợp lệ (1–10)", "unknown dossier status code %s (1–10)"));
        Instant returnedAt = time(n, "NgayTra", p, false);
        String returnInfo = text(n, "ThongTinTra", p, false);
        String deliveryForm = configured(n, "HinhThuc", p, "deliveryForms", c -> codes.deliveryFor(c).isPresent());
        Instant endedAt = time(n, "NgayKetThucXuLy", p, false);
        String unit = text(n, "DonViXuLy", p, false);
        Instant refusedAt = time(n, "NgayTuChoi", p, false);
        Boolean digitised = flag(n, "HoSoCoThanhPhanSoHoa", p);
        Boolean vneid = flag(n, "TaiKhoanDuocXacThucVoiVNeID", p);
        Integer payment = coded(n, "DuocThanhToanTrucTuyen", p, false, PayloadParser::paymentFlag,
                LocalizedText.of("cờ thanh toán trực tuyến %s không hợp lệ (0, 1 hoặc 2)",
                        "unknown online-payment flag %s (0, 1 or 2)"));
        List<PortalDocument> documents = list(n, "TaiLieuNop", p, this::document);
        List<PortalFee> fees = list(n, "DanhSachLePhi", p, this::fee);
        List<PortalSupplement> supplements = list(n, "DanhSachHoSoBoSung", p, this::supplement);
        List<PortalResult> results = list(n, "DanhSachGiayToKetQua", p, this::result);
        if (status != null) {
            if (RECEIVED_STATUSES.contains(status)) {
                requiredFor(n, p, status, "NgayTiepNhan");
                requiredFor(n, p, status, "NgayHenTra");
            }
            if (status == DossierStatus.PROCESSED || status == DossierStatus.RESULT_RETURNED) {
                requiredFor(n, p, status, "NgayKetThucXuLy");
            }
            if (status == DossierStatus.RESULT_RETURNED) {
                requiredFor(n, p, status, "NgayTra");
            }
        }
        return new PortalDossier(code, procedure, procedureName, sectorCode, sectorName, channel, applicantName,
                applicantId, applicantType, applicantCode, email, phone, summary, filedAt, receivedAt, dueAt, status,
                returnedAt, returnInfo, deliveryForm, endedAt, unit, refusedAt, digitised, vneid, payment, documents,
                fees, supplements, results);
    }

    /**
     * Reads one progress entry.
     *
     * @param n the object
     * @param p its path
     * @return the entry, with {@code null} where a field had a problem
     */
    public PortalProgress progress(JsonNode n, String p) {
        return new PortalProgress(
                text(n, "MaHoSo", p, true),
                text(n, "NguoiXuLy", p, false),
                time(n, "ThoiDiemXuLy", p, true),
                text(n, "PhongBanXuLy", p, false),
                text(n, "NoiDungXuLy", p, false),
                coded(n, "TrangThai", p, true, DossierStatus::fromPortalCode,
                        LocalizedText.of("mã trạng thái hồ sơ %s không hợp lệ (1–10)", "unknown dossier status code %s (1–10)")),
                time(n, "NgayBatDau", p, false),
                time(n, "NgayKetThucTheoQuyDinh", p, false));
    }

    private PortalDocument document(JsonNode n, String p) {
        return new PortalDocument(text(n, "MaThanhPhanHoSo", p, false), text(n, "TenTepDinhKem", p, false),
                flag(n, "DuocSoHoa", p), flag(n, "DuocTaiSuDung", p), flag(n, "DuocLayTuKhoDMQG", p));
    }

    private PortalFee fee(JsonNode n, String p) {
        return new PortalFee(text(n, "TenPhiLePhi", p, false), text(n, "MaPhiLePhi", p, false),
                configured(n, "HinhThucThu", p, "collectionMethods", c -> codes.collectionFor(c).isPresent()),
                amount(n, "Gia", p),
                configured(n, "LoaiPhiLePhi", p, "feeKinds", c -> codes.feeKindFor(c).isPresent()));
    }

    private PortalSupplement supplement(JsonNode n, String p) {
        return new PortalSupplement(text(n, "NoiDungBoSung", p, false), time(n, "NgayBoSung", p, true),
                time(n, "NgayTiepNhanBoSung", p, false), time(n, "NgayHenTraTruoc", p, false),
                time(n, "NgayHenTraMoi", p, false));
    }

    private PortalResult result(JsonNode n, String p) {
        return new PortalResult(text(n, "TenGiayTo", p, false), text(n, "MaGiayToKetQua", p, false),
                text(n, "DuongDanTepTinKetQua", p, false));
    }

    // ------------------------------------------------------------------ fields

    private static String at(String p, String field) {
        return p.isEmpty() ? field : p + "." + field;
    }

    /** The value of a field, or {@code null} when absent, JSON {@code null} or an empty/blank string. */
    private static JsonNode value(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            return null;
        }
        return v;
    }

    private void requiredFor(JsonNode obj, String p, DossierStatus status, String field) {
        if (!obj.has(field) || obj.get(field).isNull() || (obj.get(field).isTextual() && obj.get(field).textValue().isBlank())) {
            problem(at(p, field), LocalizedText.of("hồ sơ ở trạng thái %d phải có trường này",
                    "a dossier in status %d needs this field").formatted(status.portalCode()));
        }
    }

    /**
     * Reads a text field: a string, or a number taken as its text. Blank is absent.
     *
     * @param obj the object
     * @param field the field
     * @param p the object's path
     * @param required whether absence is a problem
     * @return the stripped text, or {@code null}
     */
    public String text(JsonNode obj, String field, String p, boolean required) {
        JsonNode v = value(obj, field);
        if (v == null) {
            if (required) {
                problem(at(p, field), missing());
            }
            return null;
        }
        if (v.isTextual()) {
            return v.textValue().strip();
        }
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        problem(at(p, field), wrongType("chuỗi", "string", v));
        return null;
    }

    private String configured(JsonNode obj, String field, String p, String table, java.util.function.Predicate<String> known) {
        String code = text(obj, field, p, false);
        if (code != null && !known.test(code)) {
            problem(at(p, field), LocalizedText.of("mã \"%s\" không có trong bảng mã %s đã cấu hình",
                    "code \"%s\" is not in the configured %s table").formatted(shorten(code), table));
            return null;
        }
        return code;
    }

    private Instant time(JsonNode obj, String field, String p, boolean required) {
        JsonNode v = value(obj, field);
        if (v == null) {
            if (required) {
                problem(at(p, field), missing());
            }
            return null;
        }
        if (!v.isTextual() && !v.isIntegralNumber()) {
            problem(at(p, field), wrongType("chuỗi ngày giờ yyyyMMddHHmmss", "a yyyyMMddHHmmss date-time string", v));
            return null;
        }
        String s = v.isTextual() ? v.textValue().strip() : v.asText();
        try {
            return PortalTime.parse(s);
        } catch (DateTimeParseException e) {
            problem(at(p, field), LocalizedText.of("ngày giờ \"%s\" không đúng dạng yyyyMMddHHmmss hoặc không tồn tại",
                    "date-time \"%s\" is not a valid yyyyMMddHHmmss").formatted(shorten(s)));
            return null;
        }
    }

    private <T> T coded(JsonNode obj, String field, String p, boolean required, Function<Integer, T> decode, LocalizedText unknown) {
        JsonNode v = value(obj, field);
        if (v == null) {
            if (required) {
                problem(at(p, field), missing());
            }
            return null;
        }
        Integer code = null;
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            code = v.intValue();
        } else if (v.isTextual() && v.textValue().strip().matches("\\d{1,9}")) {
            code = Integer.parseInt(v.textValue().strip());
        } else if (v.isTextual() || v.isNumber()) {
            problem(at(p, field), unknown.formatted(shorten(v.asText())));
            return null;
        } else {
            problem(at(p, field), wrongType("số", "number", v));
            return null;
        }
        try {
            return decode.apply(code);
        } catch (RuntimeException e) {
            problem(at(p, field), unknown.formatted(code));
            return null;
        }
    }

    private static Integer paymentFlag(Integer code) {
        if (!PaymentMethod.isPortalFlag(code)) {
            throw new IllegalArgumentException();
        }
        return code;
    }

    private Boolean flag(JsonNode obj, String field, String p) {
        JsonNode v = value(obj, field);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String s = v.isTextual() ? v.textValue().strip() : v.isIntegralNumber() ? v.asText() : null;
        if ("1".equals(s)) {
            return Boolean.TRUE;
        }
        if ("0".equals(s)) {
            return Boolean.FALSE;
        }
        if (s == null && !v.isNumber()) {
            problem(at(p, field), wrongType("số 0 hoặc 1", "0 or 1", v));
        } else {
            problem(at(p, field), LocalizedText.of("cờ \"%s\" không hợp lệ (0 hoặc 1)", "flag \"%s\" must be 0 or 1")
                    .formatted(shorten(v.asText())));
        }
        return null;
    }

    private Vnd amount(JsonNode obj, String field, String p) {
        JsonNode v = value(obj, field);
        if (v == null) {
            problem(at(p, field), missing());
            return null;
        }
        BigDecimal d = null;
        if (v.isNumber()) {
            d = dev.dvc4j.core.internal.json.StrictJson.finiteDecimal(v); // null (1e999) is refused below
        } else if (v.isTextual() && v.textValue().strip().matches("-?\\d{1,19}")) {
            d = new BigDecimal(v.textValue().strip());
        } else if (!v.isTextual()) {
            problem(at(p, field), wrongType("số tiền (số nguyên đồng)", "an amount (whole đồng)", v));
            return null;
        }
        if (d == null || d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            problem(at(p, field), LocalizedText.of("số tiền \"%s\" phải là số nguyên đồng không âm",
                    "amount \"%s\" must be a whole, non-negative number of đồng").formatted(shorten(v.asText())));
            return null;
        }
        return Vnd.of(d.longValueExact());
    }

    private <T> List<T> list(JsonNode obj, String field, String p, Reader<T> element) {
        JsonNode v = obj.get(field);
        String lp = at(p, field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(lp, wrongType("mảng", "array", v));
            return List.of();
        }
        List<T> l = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String ep = lp + "[" + i + "]";
            if (!e.isObject()) {
                problem(ep, LocalizedText.of("phần tử không phải đối tượng (%1$s) nên bị bỏ qua",
                        "the element is not an object (%2$s) and was skipped").formatted(typeVi(e), typeEn(e)));
                continue;
            }
            l.add(element.read(e, ep));
        }
        return l;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode n, String path);
    }

    // ------------------------------------------------------------------ messages

    private static LocalizedText missing() {
        return LocalizedText.of("thiếu trường bắt buộc", "required field is missing");
    }

    private static LocalizedText wrongType(String expectedVi, String expectedEn, JsonNode got) {
        return LocalizedText.of("sai kiểu dữ liệu: cần " + expectedVi + ", nhận được " + typeVi(got),
                "wrong type: expected " + expectedEn + ", got " + typeEn(got));
    }

    private static String typeEn(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> "null";
        };
    }

    private static String typeVi(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "mảng";
            case OBJECT -> "đối tượng";
            case BOOLEAN -> "giá trị đúng/sai";
            case NUMBER -> "số";
            case STRING -> "chuỗi";
            default -> "null";
        };
    }

    /**
     * Shortens a value for a message, masked where it could be a personal number typed into the wrong field (values
     * of personal-data fields are never passed here).
     *
     * @param s the value
     * @return at most 32 characters
     */
    public static String shorten(String s) {
        String shown = dev.dvc4j.core.id.Masking.inMessage(s);
        return shown.length() <= 32 ? shown : shown.substring(0, 29) + "...";
    }
}
