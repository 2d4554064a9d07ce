package dev.dvc4j.core.portal;

import static dev.dvc4j.core.portal.PortalFixtures.resource;
import static dev.dvc4j.core.portal.PortalFixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Malformed payloads: every problem is reported with its path; lenient reading keeps the rest. */
class PortalMalformedTest {

    static final String MALFORMED = resource("malformed-dossiers.json");

    static final List<String> EXPECTED_PATHS = List.of(
            "data[0].NgayTiepNhan",
            "data[0].NgayHenTra",
            "data[0].TrangThaiHoSo",
            "data[0].TaiLieuNop[0].DuocSoHoa",
            "data[0].DanhSachLePhi[0].Gia",
            "data[1].MaHoSo",
            "data[1].KenhThucHien",
            "data[1].ChuHoSo",
            "data[1].LoaiDoiTuong",
            "data[1].SoDienThoai",
            "data[1].TaiLieuNop",
            "data[1].DanhSachHoSoBoSung[0].NgayBoSung",
            "data[1].NgayKetThucXuLy",
            "data[2]",
            "data[3].NgayNopHoSo",
            "data[3].MaHoSo");

    @Test
    void strictReadingRejectsWithEveryProblemAndItsPath() {
        assertThatThrownBy(() -> PortalReader.defaults().readStrict(MALFORMED))
                .isInstanceOfSatisfying(PortalPayloadException.class, e -> {
                    assertThat(e.code()).isEqualTo("portal.payload");
                    assertThat(e.problems()).extracting(PortalProblem::path).containsExactlyElementsOf(EXPECTED_PATHS);
                    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("The national portal payload has 16 problems:")
                            .contains("data[0].NgayTiepNhan: date-time \"2026-03-10 08:30\" is not a valid yyyyMMddHHmmss")
                            .contains("data[0].TrangThaiHoSo: unknown dossier status code 11 (1–10)")
                            .contains("data[1].MaHoSo: required field is missing")
                            .contains("data[1].ChuHoSo: wrong type: expected string, got an object")
                            .contains("data[3].MaHoSo: duplicates the dossier code of data[0]");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("Dữ liệu đồng bộ cổng DVC quốc gia có 16 lỗi:")
                            .contains("data[0].TrangThaiHoSo: mã trạng thái hồ sơ 11 không hợp lệ (1–10)")
                            .contains("data[1].MaHoSo: thiếu trường bắt buộc");
                });
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        ReadResult r = PortalReader.defaults().read(MALFORMED);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactlyElementsOf(EXPECTED_PATHS);
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.message().vi()).isNotBlank().isNotEqualTo(p.message().en());
            assertThat(p.message().en()).isNotBlank();
        });
        assertThat(r.problems().get(1).message().en()).contains("20260231170000");
        assertThat(r.problems().get(3).message().en()).isEqualTo("flag \"có\" must be 0 or 1");
        assertThat(r.problems().get(4).message().en()).contains("-5000").contains("non-negative");
        assertThat(r.problems().get(13).message().en()).contains("not an object").contains("skipped");
    }

    @Test
    void lenientReadingKeepsEveryDossierWithTheBadFieldsNull() {
        ReadResult r = PortalReader.defaults().read(MALFORMED);
        assertThat(r.isClean()).isFalse();
        assertThat(r.service()).isEqualTo(PortalService.SYNC_DOSSIERS);
        List<PortalDossier> ds = r.dossiers();
        assertThat(ds).hasSize(3); // data[2] is a bare string: reported as skipped, not silently dropped

        PortalDossier first = ds.get(0);
        assertThat(first.code()).isEqualTo("000.00.21.H42-260310-0001");
        assertThat(first.receivedAt()).isNull();
        assertThat(first.dueAt()).isNull();
        assertThat(first.status()).isNull();
        assertThat(first.filedAt()).isEqualTo(vn("2026-03-10T08:00:00"));
        assertThat(first.channel()).isEqualTo(Channel.ONLINE);
        assertThat(first.vneidAuthenticated()).isTrue();
        assertThat(first.paidOnline()).isTrue();
        assertThat(first.documents()).singleElement().satisfies(d -> {
            assertThat(d.digitised()).isNull();
            assertThat(d.componentCode()).isEqualTo("TP1");
            assertThat(d.reused()).isFalse();
        });
        assertThat(first.fees()).singleElement().satisfies(f -> {
            assertThat(f.amount()).isNull();
            assertThat(f.code()).isEqualTo("LP1");
        });

        PortalDossier second = ds.get(1);
        assertThat(second.code()).isNull();
        assertThat(second.channel()).isNull();
        assertThat(second.applicantName()).isNull();
        assertThat(second.phone()).isNull();
        assertThat(second.applicantType()).isNull();
        assertThat(second.applicantId()).isEqualTo("042088001111");
        assertThat(second.status()).isEqualTo(DossierStatus.PROCESSED);
        assertThat(second.receivedAt()).isEqualTo(vn("2026-03-11T08:00:00"));
        assertThat(second.documents()).isEmpty();
        assertThat(second.supplements()).singleElement().satisfies(s -> {
            assertThat(s.requestedAt()).isNull();
            assertThat(s.reason()).isEqualTo("Thiếu ảnh");
        });
        assertThat(second.hasElectronicResult()).isTrue();

        PortalDossier fourth = ds.get(2);
        assertThat(fourth.code()).isEqualTo("000.00.21.H42-260310-0001");
        assertThat(fourth.filedAt()).isNull();
        assertThat(fourth.status()).isEqualTo(DossierStatus.FILED);
        assertThatThrownBy(r::orThrow).isInstanceOf(PortalPayloadException.class);
    }

    @Test
    void messagesNeverRepeatPersonalData() {
        ReadResult r = PortalReader.defaults().read(MALFORMED);
        String all = r.toString() + new PortalPayloadException(r.problems()).getMessage();
        assertThat(all).doesNotContain("Hoàng Minh Đức", "0912000111", "042088001111", "Phạm Thu Dung", "042195002468");
        assertThat(r.dossiers().get(1).toString()).doesNotContain("042088001111").contains("0420******11");
    }

    @Test
    void aFeeTooLargeForADoubleIsAProblemOfItsField() {
        String json = resource("sync-dossiers.json").replace("\"Gia\": 50000", "\"Gia\": 1e999"); // two dossiers have this fee
        ReadResult r = PortalReader.defaults().read(json);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly("data[0].DanhSachLePhi[0].Gia", "data[3].DanhSachLePhi[0].Gia");
        assertThat(r.problems().get(0).message().en()).contains("must be a whole, non-negative number of đồng");
        assertThat(PortalReader.defaults().read(resource("sync-dossiers.json")).problems()).isEmpty();
    }

    @Test
    void brokenEnvelopes() {
        assertThat(paths("{\"service\": \"DongBoHoSo\", \"isUpdating\": \"maybe\", \"data\": {}}"))
                .containsExactly("service", "isUpdating", "data");
        assertThat(paths("{\"isUpdating\": false}")).containsExactly("service", "data");
        assertThat(paths("{\"service\": \"DongBoHoSoMC\", \"data\": []}")).containsExactly("data");
        assertThat(paths("[1, 2]")).containsExactly("$");
        assertThat(paths("{\"service\": \"DongBoHoSoMC\", \"data\": [")).containsExactly("$");
        assertThat(paths("")).containsExactly("$");
        assertThat(paths("{\"service\": \"DongBoHoSoMC\", \"service\": \"DongBoHoSoMC\", \"data\": []}")).containsExactly("$");
        assertThat(PortalReader.defaults().read("{\"service\": \"DongBoHoSoMC\", \"data\": [")
                .problems().get(0).message().en()).isEqualTo("Line 1:38 ($.data[0]): malformed JSON: the document ends in the middle of a value");
        assertThat(PortalReader.defaults().read("{\"service\": \"DongBoHoSoMC\", \"service\": \"DongBoHoSoMC\", \"data\": []}")
                .problems().get(0).message().vi()).isEqualTo("Dòng 1:29 ($.service): khóa \"service\" xuất hiện hai lần trong một đối tượng");
        assertThat(PortalReader.defaults().read("null").problems().get(0).message().en()).endsWith("the document is null, not a value");
    }

    @Test
    void withoutAServiceEachElementIsReadByItsFields() {
        ReadResult r = PortalReader.defaults().read("""
                {"data": [{"MaHoSo": "X-1", "MaTTHC": "1.002859", "KenhThucHien": 2, "TrangThaiHoSo": 1},
                          {"MaHoSo": "X-1", "ThoiDiemXuLy": "20260301080000", "TrangThai": 1}]}
                """);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly("service");
        assertThat(r.dossiers()).hasSize(1);
        assertThat(r.progress()).hasSize(1);
        assertThat(r.service()).isNull();
    }

    @Test
    void malformedProgressEntries() {
        ReadResult r = PortalReader.defaults().read("""
                {"service": "CapNhatTienDoHoSoMC", "isUpdating": 1, "data": [
                  {"MaHoSo": "A-1", "NguoiXuLy": "officer", "ThoiDiemXuLy": "20260301250000", "TrangThai": 0},
                  {"NguoiXuLy": ["x"], "TrangThai": "bốn", "NgayBatDau": true},
                  {"MaHoSo": "A-1", "ThoiDiemXuLy": "20260301080000", "TrangThai": 4}]}
                """);
        assertThat(r.updating()).isTrue();
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly(
                "data[0].ThoiDiemXuLy", "data[0].TrangThai",
                "data[1].MaHoSo", "data[1].NguoiXuLy", "data[1].ThoiDiemXuLy", "data[1].TrangThai", "data[1].NgayBatDau");
        assertThat(r.progress()).hasSize(3); // no duplicate check: many entries per dossier are normal
        assertThat(r.progress().get(0).handler()).isEqualTo("officer");
        assertThat(r.progress().get(2).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void statusesImplyTheirDates() {
        ReadResult r = PortalReader.defaults().read("""
                {"service": "DongBoHoSoMC", "data": [
                  {"MaHoSo": "A-1", "MaTTHC": "1.002859", "KenhThucHien": 2, "TrangThaiHoSo": 10},
                  {"MaHoSo": "A-2", "MaTTHC": "1.002859", "KenhThucHien": 2, "TrangThaiHoSo": 1},
                  {"MaHoSo": "A-3", "MaTTHC": "1.002859", "KenhThucHien": 2, "TrangThaiHoSo": 4, "NgayTiepNhan": "20260301080000",
                   "NgayHenTra": "bad"}]}
                """);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly(
                "data[0].NgayTiepNhan", "data[0].NgayHenTra", "data[0].NgayKetThucXuLy", "data[0].NgayTra",
                "data[2].NgayHenTra");
        assertThat(r.problems().get(0).message().en()).isEqualTo("a dossier in status 10 needs this field");
        assertThat(r.problems().get(4).message().en()).contains("\"bad\""); // malformed, not reported twice
    }

    @Test
    void typeProblemsOfNumbersFlagsAndAmounts() {
        ReadResult r = PortalReader.defaults().read("""
                {"service": "DongBoHoSoMC", "data": [
                  {"MaHoSo": "A-1", "MaTTHC": 1.5, "KenhThucHien": "hai", "TrangThaiHoSo": {"ma": 1},
                   "HoSoCoThanhPhanSoHoa": 2, "TaiKhoanDuocXacThucVoiVNeID": [1], "DuocThanhToanTrucTuyen": 3,
                   "HinhThuc": "7",
                   "DanhSachLePhi": [{"Gia": 1500.5, "HinhThucThu": "9"}, {"Gia": "50.000"}, {"Gia": 1000.0}, {}],
                   "DanhSachGiayToKetQua": [1]}]}
                """);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly(
                "data[0].MaTTHC", "data[0].KenhThucHien", "data[0].TrangThaiHoSo", "data[0].HinhThuc",
                "data[0].HoSoCoThanhPhanSoHoa", "data[0].TaiKhoanDuocXacThucVoiVNeID", "data[0].DuocThanhToanTrucTuyen",
                "data[0].DanhSachLePhi[0].HinhThucThu", "data[0].DanhSachLePhi[0].Gia", "data[0].DanhSachLePhi[1].Gia",
                "data[0].DanhSachLePhi[3].Gia", "data[0].DanhSachGiayToKetQua[0]");
        PortalDossier d = r.dossiers().get(0);
        assertThat(d.fees()).hasSize(4);
        assertThat(d.fees().get(2).amount()).isEqualTo(dev.dvc4j.core.money.Vnd.of(1000)); // 1000.0 is whole đồng
        assertThat(r.problems().get(2).message().en()).isEqualTo("wrong type: expected number, got an object");
        assertThat(r.problems().get(1).message().en()).isEqualTo("unknown channel code hai (1, 2 or 3)");
        assertThat(r.problems().get(3).message().en()).isEqualTo("code \"7\" is not in the configured deliveryForms table");
    }

    @Test
    void malformedAnswers() {
        assertThatThrownBy(() -> PortalReader.readResponse("{\"message\": \"x\"}"))
                .isInstanceOfSatisfying(PortalPayloadException.class,
                        e -> assertThat(e.problems()).extracting(PortalProblem::path).containsExactly("error_code"));
        assertThatThrownBy(() -> PortalReader.readResponse("[]"))
                .isInstanceOfSatisfying(PortalPayloadException.class,
                        e -> assertThat(e.problems()).extracting(PortalProblem::path).containsExactly("$"));
        assertThatThrownBy(() -> PortalReader.readResponse("<html>502 Bad Gateway</html>"))
                .isInstanceOf(PortalPayloadException.class);
        assertThatThrownBy(() -> PortalReader.readResponse("{\"error_code\": {\"x\": 1}, \"message\": []}"))
                .isInstanceOfSatisfying(PortalPayloadException.class,
                        e -> assertThat(e.problems()).extracting(PortalProblem::path).containsExactly("error_code", "message"));
    }

    @Test
    void bareDataArraysAreReadWithIndexPaths() {
        ReadResult r = PortalReader.defaults().readData("[{\"MaHoSo\": \"A-1\", \"MaTTHC\": \"1.002859\", \"KenhThucHien\": 2}]",
                PortalService.SYNC_DOSSIERS);
        assertThat(r.problems()).extracting(PortalProblem::path).containsExactly("[0].TrangThaiHoSo");
        assertThat(r.service()).isEqualTo(PortalService.SYNC_DOSSIERS);
        assertThat(r.dossiers()).hasSize(1);
    }

    private static List<String> paths(String json) {
        return PortalReader.defaults().read(json).problems().stream().map(PortalProblem::path).toList();
    }
}
