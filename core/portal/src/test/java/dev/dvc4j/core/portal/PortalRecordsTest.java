package dev.dvc4j.core.portal;

import static dev.dvc4j.core.portal.PortalFixtures.POLICY;
import static dev.dvc4j.core.portal.PortalFixtures.filed;
import static dev.dvc4j.core.portal.PortalFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.json.Dvc4jJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a portal record answers, each way, and the Vietnamese wording of progress entries for each kind of step. */
class PortalRecordsTest {

    private static PortalDossier dossier(String json) {
        return Dvc4jJson.read(json, PortalDossier.class);
    }

    @Test
    void theEndIsTheEndOfProcessing_elseTheReturn_elseTheRefusal_elseNone() {
        assertThat(dossier("{\"NgayKetThucXuLy\":\"20260301080000\"}").endedAt())
                .contains(Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(dossier("{\"NgayKetThucXuLy\":\"20260301080000\",\"NgayTra\":\"20260302080000\","
                + "\"NgayTuChoi\":\"20260303080000\"}").endedAt()).contains(Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(dossier("{\"NgayTra\":\"20260302080000\",\"NgayTuChoi\":\"20260303080000\"}").endedAt())
                .contains(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(dossier("{\"NgayTuChoi\":\"20260303080000\"}").endedAt())
                .contains(Instant.parse("2026-03-03T01:00:00Z"));
        assertThat(dossier("{}").endedAt()).isEmpty();
    }

    @Test
    void aDigitisedComponentIsTheDossiersFlagOrAnyDigitisedFile() {
        assertThat(dossier("{\"HoSoCoThanhPhanSoHoa\":1}").hasDigitisedComponent()).isTrue();
        assertThat(dossier("{\"HoSoCoThanhPhanSoHoa\":0,\"TaiLieuNop\":[{\"DuocSoHoa\":1}]}").hasDigitisedComponent())
                .isTrue();
        assertThat(dossier("{\"TaiLieuNop\":[{\"DuocSoHoa\":0},{\"DuocSoHoa\":1}]}").hasDigitisedComponent()).isTrue();
        assertThat(dossier("{\"HoSoCoThanhPhanSoHoa\":0,\"TaiLieuNop\":[{\"DuocSoHoa\":0},{}]}").hasDigitisedComponent())
                .isFalse();
        assertThat(dossier("{}").hasDigitisedComponent()).isFalse();
    }

    @Test
    void toStringShowsCodesAndMasksTheEmailAfterItsFirstLetter() {
        String s = dossier("{\"MaHoSo\":\"X-1\",\"TrangThaiHoSo\":4,\"KenhThucHien\":2,\"Email\":\"an@example.vn\"}")
                .toString();
        assertThat(s).startsWith("PortalDossier[MaHoSo=X-1, MaTTHC=null, TrangThaiHoSo=4, KenhThucHien=2, ")
                .contains(", Email=a***@example.vn, ");
        String empty = dossier("{}").toString();
        assertThat(empty).contains("TrangThaiHoSo=null, KenhThucHien=null").contains(", Email=null, ");
        // an address with nothing before '@' is masked whole; one with a single letter keeps it
        assertThat(PortalDossier.maskEmail("@example.vn")).isEqualTo("@exa*****vn");
        assertThat(PortalDossier.maskEmail("a@example.vn")).isEqualTo("a***@example.vn");
        assertThat(PortalDossier.maskEmail("no-at-sign")).isEqualTo("no-a****gn");
    }

    private static List<String> contents(Dossier d) {
        return PortalMapper.defaults().toProgress(d).stream().map(PortalProgress::content).toList();
    }

    @Test
    void progressWordingForEachKindOfStep() {
        Dossier received = filed().receive(t(1), "officer", POLICY);
        assertThat(contents(received.startProcessing(t(2), "officer", null))).last().isEqualTo("Chuyển xử lý");
        assertThat(contents(received.startProcessing(t(2), "officer", " "))).last().isEqualTo("Chuyển xử lý");
        assertThat(contents(received.startProcessing(t(2), "officer", "Phòng A"))).last()
                .isEqualTo("Chuyển xử lý: Phòng A");
        Dossier processing = received.startProcessing(t(2), "officer", "Phòng A");
        assertThat(contents(processing.approve(t(3), "leader",
                List.of(new dev.dvc4j.core.dossier.ResultDocument("KQ", "Kết quả", true, null))))).last()
                .isEqualTo("Giải quyết xong: chấp thuận");
        assertThat(contents(processing.reject(t(3), "leader", List.of("Lý do 1", "Lý do 2")))).last()
                .isEqualTo("Từ chối giải quyết: Lý do 1; Lý do 2");
        assertThat(contents(processing.withdraw(t(3), "citizen", null))).last().isEqualTo("Công dân rút hồ sơ");
        assertThat(contents(processing.withdraw(t(3), "citizen", "  "))).last().isEqualTo("Công dân rút hồ sơ");
        assertThat(contents(processing.withdraw(t(3), "citizen", "Đổi ý"))).last()
                .isEqualTo("Công dân rút hồ sơ: Đổi ý");
    }
}
