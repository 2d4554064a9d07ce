package dev.dvc4j.core.portal;

import static dev.dvc4j.core.portal.PortalFixtures.DIRECTORY;
import static dev.dvc4j.core.portal.PortalFixtures.POLICY;
import static dev.dvc4j.core.portal.PortalFixtures.filed;
import static dev.dvc4j.core.portal.PortalFixtures.returned;
import static dev.dvc4j.core.portal.PortalFixtures.t;
import static dev.dvc4j.core.portal.PortalFixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalMapperTest {

    static final PortalMapper MAPPER = PortalMapper.builder().directory(DIRECTORY).build();

    @Test
    void writesExactlyTheHandWrittenPayload() throws Exception {
        SyncRequest request = MAPPER.syncRequest(List.of(returned()), false);
        JsonNode written = Dvc4jJson.mapper().readTree(request.toJson());
        JsonNode expected = Dvc4jJson.mapper().readTree(PortalFixtures.resource("export-expected.json"));
        assertThat(written).isEqualTo(expected);
        // field order as in the field list
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = written.get("data").get(0).fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertThat(names).startsWith("MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien")
                .endsWith("TaiLieuNop", "DanhSachLePhi", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua");
    }

    @Test
    void theReadModelExposesWhatStatisticsNeed() {
        PortalDossier p = MAPPER.toPortal(returned());
        assertThat(p.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(p.filedAt()).isEqualTo(vn("2026-02-10T09:00:00")); // the half second is gone
        assertThat(p.receivedAt()).isEqualTo(vn("2026-02-10T10:00:00"));
        assertThat(p.dueAt()).isEqualTo(vn("2026-02-15T14:00:00"));
        assertThat(p.endedAt()).contains(vn("2026-02-10T17:00:00"));
        assertThat(p.supplements()).singleElement().satisfies(s -> {
            assertThat(s.requestedAt()).isEqualTo(vn("2026-02-10T12:00:00"));
            assertThat(s.completedAt()).isEqualTo(vn("2026-02-10T14:00:00"));
            assertThat(s.dueBefore()).isEqualTo(vn("2026-02-15T10:00:00"));
            assertThat(s.dueAfter()).isEqualTo(vn("2026-02-15T14:00:00"));
        });
        assertThat(p.paidOnline()).isTrue();
        assertThat(p.hasElectronicResult()).isTrue();
        assertThat(p.hasDigitisedComponent()).isTrue();
        assertThat(p.hasReusedData()).isTrue();
        assertThat(p.hasNationalStoreDocument()).isFalse();
        assertThat(p.vneidAuthenticated()).isTrue();
        assertThat(p.totalFees()).isEqualTo(Vnd.of(70_000));
        assertThat(p.feeBearing()).isTrue();
        assertThat(p.hasOpenSupplement()).isFalse();
    }

    @Test
    void toStringMasksTheApplicantsPersonalData() {
        PortalDossier p = MAPPER.toPortal(returned());
        String s = p.toString();
        assertThat(s).doesNotContain("Nguyễn Văn An", "042095001234", "0912345678", "an@example.vn")
                .contains("N***** V** A*", "0420******34", "0912****78", "a***@example.vn", "000.00.21.H42-260210-0001");
        assertThat(MAPPER.syncRequest(List.of(returned()), false).toString()).doesNotContain("042095001234");
    }

    @Test
    void progressHasOneEntryPerEventWithTheStatusAndDueDateAfterIt() {
        Dossier d = returned();
        List<PortalProgress> progress = MAPPER.toProgress(d);
        assertThat(progress).hasSize(d.events().size());
        assertThat(progress).extracting(PortalProgress::status).containsExactly(
                DossierStatus.FILED, DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.PROCESSING, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED, DossierStatus.PROCESSING,
                DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);
        assertThat(progress).extracting(PortalProgress::handler).containsExactly(
                "portal", "officer-1", "officer-1", "officer-2", "citizen", "officer-2", "citizen", "leader", "officer-1");
        assertThat(progress.get(0).dueAt()).isNull();
        assertThat(progress.get(1).dueAt()).isEqualTo(vn("2026-02-15T10:00:00"));
        assertThat(progress.get(4).dueAt()).isEqualTo(vn("2026-02-15T14:00:00"));
        assertThat(progress.get(1).department()).isNull();
        assertThat(progress.get(2).department()).isEqualTo("Phòng Quản lý vận tải");
        assertThat(progress.get(3).content()).isEqualTo("Yêu cầu bổ sung hồ sơ: Thiếu bản sao giấy đăng ký");
        assertThat(progress.get(6).content()).isEqualTo("Thanh toán 70.000 ₫ (Thanh toán trực tuyến trên Cổng DVC quốc gia)");
        assertThat(progress.get(8).at()).isEqualTo(progress.get(8).startedAt()).isEqualTo(vn("2026-02-10T18:00:00"));
        assertThat(progress).allSatisfy(e -> assertThat(e.code()).isEqualTo("000.00.21.H42-260210-0001"));
    }

    @Test
    void apologyMovesTheProgressDueDateButNotTheStatus() {
        Dossier d = filed().receive(t(1), "officer-1", POLICY).apologise(t(2), "officer-1", t(200), "Cần xác minh thêm");
        List<PortalProgress> progress = MAPPER.toProgress(d);
        assertThat(progress.get(2).status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(progress.get(2).dueAt()).isEqualTo(PortalTime.truncate(t(200)));
        assertThat(progress.get(2).content()).isEqualTo("Xin lỗi và hẹn lại ngày trả: Cần xác minh thêm");
        assertThat(MAPPER.toPortal(d).dueAt()).isEqualTo(PortalTime.truncate(t(200)));
    }

    @Test
    void refusalsFillNgayTuChoi() {
        Dossier refused = filed().refuse(t(1), "officer-1", "Không thuộc thẩm quyền");
        assertThat(MAPPER.toPortal(refused).refusedAt()).isEqualTo(PortalTime.truncate(t(1)));
        assertThat(MAPPER.toPortal(refused).endedAt()).contains(PortalTime.truncate(t(1)));
        Dossier rejected = filed().receive(t(1), "o", POLICY).reject(t(2), "leader", List.of("Không đủ điều kiện"));
        assertThat(MAPPER.toPortal(rejected).refusedAt()).isEqualTo(PortalTime.truncate(t(2)));
        assertThat(MAPPER.toPortal(rejected).results()).isEmpty();
        Dossier approved = filed().receive(t(1), "o", POLICY).approve(t(2), "leader", List.of());
        assertThat(MAPPER.toPortal(approved).refusedAt()).isNull();
    }

    @Test
    void paymentsAreAppliedToFeesInOrderForTheCollectionMethod() {
        Dossier d = filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null)
                .requestPayment(t(3), "o", List.of(new Fee("P1", "Phí thẩm định", Vnd.of(20_000), FeeKind.CHARGE),
                        new Fee("P2", "Phí khác", Vnd.of(10_000), FeeKind.OTHER)))
                .pay(t(4), "citizen", new Payment(Vnd.of(40_000), PaymentMethod.CASH, null))
                .pay(t(5), "citizen", new Payment(Vnd.of(40_000), PaymentMethod.OWN_GATEWAY, "GW-9"));
        PortalDossier p = MAPPER.toPortal(d);
        // LP1 50,000 ← cash 40,000 first; P1 20,000 ← gateway; P2 10,000 ← gateway
        assertThat(p.fees()).extracting(PortalFee::collection).containsExactly("1", "3", "3");
        assertThat(p.fees()).extracting(PortalFee::kind).containsExactly("2", "1", "3");
        assertThat(p.onlinePayment()).isEqualTo(2);

        Dossier unpaid = filed();
        assertThat(MAPPER.toPortal(unpaid).fees()).extracting(PortalFee::collection).containsOnlyNulls();
        assertThat(MAPPER.toPortal(unpaid).onlinePayment()).isZero();
        assertThat(MAPPER.toPortal(unpaid).paidOnline()).isFalse();
    }

    @Test
    void configuredCodesDirectoryAndLinksAreUsed() {
        PortalCodes codes = PortalCodes.fromJson(new ByteArrayInputStream("""
                {"source": "Hợp đồng tích hợp tỉnh X, phụ lục 2",
                 "applicantTypes": {"citizen": "CD", "organisation": "DN"},
                 "deliveryForms": {"counter": "TQ", "online": "TT", "postal": "BC"},
                 "feeKinds": {"charge": "PHI", "fee": "LEPHI", "other": "KHAC"},
                 "collectionMethods": {"cash": "TM", "national-portal": "DVCQG", "own-gateway": "CTT"},
                 "feeCodes": {"LP1": "LPPH-01"}}
                """.getBytes(StandardCharsets.UTF_8)));
        PortalMapper mapper = PortalMapper.builder().codes(codes)
                .resultLinks((dossier, i, r) -> r.electronic() ? "https://kq.example.vn/" + dossier.code() + "/" + r.code() : null)
                .build();
        Dossier d = returned();
        PortalDossier p = mapper.toPortal(d);
        assertThat(p.applicantType()).isEqualTo("CD");
        assertThat(p.deliveryForm()).isEqualTo("BC");
        assertThat(p.fees()).extracting(PortalFee::code).containsExactly("LPPH-01", "P1");
        assertThat(p.fees()).extracting(PortalFee::kind).containsExactly("LEPHI", "PHI");
        assertThat(p.fees()).extracting(PortalFee::collection).containsExactly("DVCQG", "DVCQG");
        assertThat(p.results()).extracting(PortalResult::link)
                .containsExactly("https://kq.example.vn/000.00.21.H42-260210-0001/PH-1");
        // no directory configured: the procedure's name and sector are left out
        assertThat(p.procedureName()).isNull();
        assertThat(p.toString()).doesNotContain("TenTTHC");
        // a reader with the same table accepts the codes, the default reader does not
        String json = SyncRequest.ofDossiers(List.of(p), false).toJson();
        assertThat(new PortalReader(codes).readStrict(json).dossiers()).containsExactly(p);
        assertThat(PortalReader.defaults().read(json).problems()).extracting(PortalProblem::path)
                .contains("data[0].LoaiDoiTuong", "data[0].HinhThuc", "data[0].DanhSachLePhi[0].LoaiPhiLePhi");
    }

    @Test
    void paperResultsHaveNoLinkAndDigestsMakeContentAddressedLinks() {
        Dossier d = filed().receive(t(1), "o", POLICY).approve(t(2), "leader", List.of(
                new ResultDocument("KQ-1", "Giấy phép", false, null),
                new ResultDocument(null, "Bản điện tử", true, "b".repeat(64))));
        PortalDossier p = MAPPER.toPortal(d);
        assertThat(p.results()).extracting(PortalResult::link).containsExactly(null, "urn:sha256:" + "b".repeat(64));
        assertThat(p.results()).extracting(PortalResult::electronic).containsExactly(false, true);
        assertThat(p.results().get(1).code()).isNull();
    }

    @Test
    void exportJsonIsOneCallFromDossierJsonToPayloadJson() throws Exception {
        Dossier d = returned();
        String dossierJson = Dvc4jJson.mapper().writeValueAsString(d);
        String payload = MAPPER.exportJson(dossierJson);
        assertThat(PortalReader.defaults().readStrict(payload).dossiers()).containsExactly(MAPPER.toPortal(d));

        Dossier other = PortalFixtures.filed("000.00.21.H42-260210-0002").receive(t(1), "o", POLICY);
        String array = Dvc4jJson.mapper().writeValueAsString(List.of(d, other));
        SyncRequest both = PortalReader.defaults().readStrict(MAPPER.exportJson(array, true));
        assertThat(both.updating()).isTrue();
        assertThat(both.dossiers()).extracting(PortalDossier::status)
                .containsExactly(DossierStatus.RESULT_RETURNED, DossierStatus.RECEIVED);
    }

    @Test
    void exportJsonRejectsWhatIsNotADossier() throws Exception {
        assertThatThrownBy(() -> MAPPER.exportJson("[]")).isInstanceOf(Dvc4jException.class)
                .satisfies(e -> assertThat(((Dvc4jException) e).code()).isEqualTo("portal.export-input"));
        assertThatThrownBy(() -> MAPPER.exportJson("{\"code\": 1")).isInstanceOfSatisfying(WireFormatException.class,
                e -> assertThat(e.problem().path()).isEqualTo("$.code"));
        assertThatThrownBy(() -> MAPPER.exportJson("null")).isInstanceOfSatisfying(WireFormatException.class,
                e -> assertThat(e.problem().code()).isEqualTo("input.null"));
        assertThatThrownBy(() -> MAPPER.exportJson("[null]")).isInstanceOf(Dvc4jException.class)
                .satisfies(e -> assertThat(((Dvc4jException) e).code()).isEqualTo("portal.export-input"));
        // a tampered dossier: the history's own check speaks
        String json = Dvc4jJson.mapper().writeValueAsString(returned()).replace("\"result-returned\"", "\"processed\"");
        assertThatThrownBy(() -> MAPPER.exportJson(json)).isInstanceOf(Dvc4jException.class);
    }

    @Test
    void requestsCheckTheirData() {
        PortalDossier p = MAPPER.toPortal(returned());
        PortalProgress e = MAPPER.toProgress(returned()).get(0);
        assertThatThrownBy(() -> new SyncRequest(PortalService.SYNC_DOSSIERS, false, List.of()))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("no data");
        assertThatThrownBy(() -> new SyncRequest(PortalService.SYNC_DOSSIERS, false, List.of(p, e)))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("data[1]");
        SyncRequest progress = MAPPER.progressRequest(List.of(returned(), filed()), false);
        assertThat(progress.service()).isEqualTo(PortalService.UPDATE_PROGRESS);
        assertThat(progress.progress()).hasSize(10);
        assertThat(progress.dossiers()).isEmpty();
        assertThat(progress.toJson()).startsWith("{\"service\":\"CapNhatTienDoHoSoMC\",\"isUpdating\":false,\"data\":[{\"MaHoSo\"");
    }

    @Test
    void theWireNamesOfDerivedMethodsDoNotLeakIntoJson() throws Exception {
        JsonNode n = Dvc4jJson.mapper().readTree(SyncRequest.ofDossiers(List.of(MAPPER.toPortal(returned())), false).toJson());
        JsonNode d = n.get("data").get(0);
        // every field but MaDoiTuong (the dossier has no such code) and NgayTuChoi (it was approved)
        assertThat(d.size()).isEqualTo(28);
        assertThat(d.has("MaDoiTuong")).isFalse();
        assertThat(d.has("NgayTuChoi")).isFalse();
        assertThat(Dvc4jJson.mapper().readTree(Dvc4jJson.mapper().writeValueAsString(new SyncResponse("0", "OK"))))
                .isEqualTo(Dvc4jJson.mapper().readTree("{\"error_code\":\"0\",\"message\":\"OK\"}"));
    }

    @Test
    void theRecordsAlsoReadThroughPlainJackson() throws Exception {
        PortalDossier p = MAPPER.toPortal(returned());
        String json = SyncRequest.ofDossiers(List.of(p), false).toJson();
        JsonNode element = Dvc4jJson.mapper().readTree(json).get("data").get(0);
        assertThat(Dvc4jJson.mapper().treeToValue(element, PortalDossier.class)).isEqualTo(p);
    }

    @Test
    void procedureDirectoryFallsBackToTheCodeWithoutSuffixAndToUnknown() {
        ProcedureDirectory dir = ProcedureDirectory.of(Map.of(dev.dvc4j.core.id.ProcedureCode.parse("1.000948"),
                new ProcedureInfo(" Đăng ký hộ kinh doanh ", "", null)));
        assertThat(dir.lookup(dev.dvc4j.core.id.ProcedureCode.parse("1.000948.H42")).name()).isEqualTo("Đăng ký hộ kinh doanh");
        assertThat(dir.lookup(dev.dvc4j.core.id.ProcedureCode.parse("1.000948.H42")).sectorCode()).isNull();
        assertThat(dir.lookup(dev.dvc4j.core.id.ProcedureCode.parse("2.000635"))).isEqualTo(ProcedureInfo.UNKNOWN);
        assertThat(ProcedureDirectory.UNKNOWN.lookup(dev.dvc4j.core.id.ProcedureCode.parse("2.000635"))).isEqualTo(ProcedureInfo.UNKNOWN);
    }

    @Test
    void mappingLeavesTheDossierUnchanged() throws Exception {
        Dossier d = returned();
        String before = Dvc4jJson.mapper().writeValueAsString(d);
        MAPPER.toPortal(d);
        MAPPER.toProgress(d);
        assertThat(Dvc4jJson.mapper().writeValueAsString(d)).isEqualTo(before);
        assertThat(Duration.between(d.filedAt(), PortalFixtures.T0)).isZero();
    }
}
