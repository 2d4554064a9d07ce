package dev.dvc4j.core.portal;

import static dev.dvc4j.core.portal.PortalFixtures.resource;
import static dev.dvc4j.core.portal.PortalFixtures.vn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.money.Vnd;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payloads written by hand from the field list (test resources) are read and give the expected facts. */
class PortalGoldenTest {

    static final PortalCodes CODES = PortalCodes.defaults();

    static List<PortalDossier> golden() {
        SyncRequest r = PortalReader.defaults().readStrict(resource("sync-dossiers.json"));
        assertThat(r.service()).isEqualTo(PortalService.SYNC_DOSSIERS);
        assertThat(r.updating()).isFalse();
        return r.dossiers();
    }

    @Test
    void onlineDossierReturnedWithAnElectronicResultAndPaidOnThePortal() {
        PortalDossier a = golden().get(0);
        assertThat(a.code()).isEqualTo("000.00.21.H42-260302-0007");
        assertThat(a.procedureCode()).isEqualTo("1.002859");
        assertThat(a.procedureName()).isEqualTo("Cấp phù hiệu xe ô tô kinh doanh vận tải");
        assertThat(a.sectorCode()).isEqualTo("G12");
        assertThat(a.sectorName()).isEqualTo("Đường bộ");
        assertThat(a.channel()).isEqualTo(Channel.ONLINE);
        assertThat(a.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(CODES.applicantKindFor(a.applicantType())).contains(PortalCodes.ApplicantKind.CITIZEN);
        assertThat(a.filedAt()).isEqualTo(vn("2026-03-01T21:30:00"));
        assertThat(a.receivedAt()).isEqualTo(vn("2026-03-02T08:15:00"));
        assertThat(a.dueAt()).isEqualTo(vn("2026-03-06T17:00:00"));
        assertThat(a.processingEndedAt()).isEqualTo(vn("2026-03-04T15:30:00"));
        assertThat(a.returnedAt()).isEqualTo(vn("2026-03-05T10:00:00"));
        assertThat(a.endedAt()).contains(vn("2026-03-04T15:30:00"));
        assertThat(a.refusedAt()).isNull();
        assertThat(CODES.deliveryFor(a.deliveryForm())).contains(ResultDelivery.POSTAL);
        assertThat(a.processingUnit()).isEqualTo("Phòng Quản lý vận tải");
        assertThat(a.vneidAuthenticated()).isTrue();
        assertThat(a.onlinePayment()).isEqualTo(1);
        assertThat(a.paidOnline()).isTrue();
        assertThat(a.hasDigitisedComponent()).isTrue();
        assertThat(a.hasReusedData()).isTrue();
        assertThat(a.hasNationalStoreDocument()).isTrue();
        assertThat(a.documents()).extracting(PortalDocument::digitised).containsExactly(true, true);
        assertThat(a.documents()).extracting(PortalDocument::reused).containsExactly(false, true);
        assertThat(a.hasElectronicResult()).isTrue();
        assertThat(a.results()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Phù hiệu xe tải");
            assertThat(r.code()).isEqualTo("PH-2026-0042");
        });
        assertThat(a.totalFees()).isEqualTo(Vnd.of(50_000));
        assertThat(a.feeBearing()).isTrue();
        assertThat(CODES.collectionFor(a.fees().get(0).collection())).contains(PaymentMethod.NATIONAL_PORTAL);
        assertThat(CODES.feeKindFor(a.fees().get(0).kind())).contains(FeeKind.FEE);
        assertThat(CODES.feeKindFor(a.fees().get(1).kind())).contains(FeeKind.CHARGE);
        assertThat(a.fees().get(1).collection()).isNull();
        assertThat(a.supplements()).isEmpty();
        assertThat(a.hasOpenSupplement()).isFalse();
    }

    @Test
    void inPersonDossierWithStringCodesAndAnOpenSecondSupplement() {
        PortalDossier b = golden().get(1);
        assertThat(b.procedureCode()).isEqualTo("1.000948.H42");
        assertThat(b.procedureName()).isNull();
        assertThat(b.channel()).isEqualTo(Channel.IN_PERSON);          // "1"
        assertThat(b.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED); // "5"
        assertThat(b.applicantType()).isEqualTo("1");                    // the number 1
        assertThat(b.applicantCode()).isNull();                          // ""
        assertThat(b.email()).isNull();                                  // ""
        assertThat(b.returnedAt()).isNull();
        assertThat(b.processingEndedAt()).isNull();
        assertThat(b.endedAt()).isEmpty();
        assertThat(CODES.deliveryFor(b.deliveryForm())).contains(ResultDelivery.COUNTER);
        assertThat(b.digitisedComponents()).isFalse();
        assertThat(b.vneidAuthenticated()).isFalse();
        assertThat(b.onlinePayment()).isZero();
        assertThat(b.paidOnline()).isFalse();
        assertThat(b.hasDigitisedComponent()).isFalse();
        assertThat(b.hasElectronicResult()).isFalse();
        assertThat(b.fees()).singleElement().satisfies(f -> assertThat(f.amount()).isEqualTo(Vnd.ZERO));
        assertThat(b.feeBearing()).isFalse();
        assertThat(b.supplements()).hasSize(2);
        PortalSupplement first = b.supplements().get(0);
        assertThat(first.reason()).isEqualTo("Thiếu bản sao hợp đồng thuê nhà");
        assertThat(first.requestedAt()).isEqualTo(vn("2026-03-04T10:00:00"));
        assertThat(first.completedAt()).isEqualTo(vn("2026-03-06T14:30:00"));
        assertThat(first.dueBefore()).isEqualTo(vn("2026-03-10T17:00:00"));
        assertThat(first.dueAfter()).isEqualTo(vn("2026-03-12T17:00:00"));
        assertThat(first.open()).isFalse();
        assertThat(b.supplements().get(1).open()).isTrue();
        assertThat(b.supplements().get(1).dueAfter()).isNull();
        assertThat(b.hasOpenSupplement()).isTrue();
    }

    @Test
    void postalOrganisationRefusedAtReception() {
        PortalDossier c = golden().get(2);
        assertThat(c.channel()).isEqualTo(Channel.POSTAL);
        assertThat(c.status()).isEqualTo(DossierStatus.REFUSED_AT_RECEPTION);
        assertThat(CODES.applicantKindFor(c.applicantType())).contains(PortalCodes.ApplicantKind.ORGANISATION);
        assertThat(c.receivedAt()).isNull();
        assertThat(c.refusedAt()).isEqualTo(vn("2026-03-05T10:30:00"));
        assertThat(c.endedAt()).contains(vn("2026-03-05T10:30:00"));
        assertThat(c.documents()).isEmpty();
        assertThat(c.fees()).isEmpty();
        assertThat(c.feeBearing()).isFalse();
        assertThat(c.results()).isEmpty();
    }

    @Test
    void onlineDossierWithdrawnBeforeReceiptAfterPayingThroughTheProvincialGateway() {
        PortalDossier d = golden().get(3);
        assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(d.receivedAt()).isNull();
        assertThat(d.dueAt()).isNull();
        assertThat(d.endedAt()).contains(vn("2026-03-07T08:00:00"));
        assertThat(d.digitisedComponents()).isTrue();  // the boolean true
        assertThat(d.vneidAuthenticated()).isTrue();
        assertThat(d.hasDigitisedComponent()).isTrue();
        assertThat(d.onlinePayment()).isEqualTo(2);
        assertThat(d.paidOnline()).isTrue();
        assertThat(CODES.collectionFor(d.fees().get(0).collection())).contains(PaymentMethod.OWN_GATEWAY);
    }

    @Test
    void progressEntriesWrittenByHand() {
        SyncRequest r = PortalReader.defaults().readStrict(resource("sync-progress.json"));
        assertThat(r.service()).isEqualTo(PortalService.UPDATE_PROGRESS);
        assertThat(r.updating()).isTrue(); // "true"
        List<PortalProgress> p = r.progress();
        assertThat(p).extracting(PortalProgress::status)
                .containsExactly(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(p).extracting(PortalProgress::department)
                .containsExactly(null, "Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch");
        assertThat(p.get(2).at()).isEqualTo(vn("2026-03-04T10:00:00"));
        assertThat(p.get(2).handler()).isEqualTo("officer-9");
        assertThat(p).extracting(PortalProgress::dueAt).containsOnly(vn("2026-03-10T17:00:00"));
    }

    @Test
    void whatIsReadIsWrittenBackAndReadAgainUnchanged() {
        for (String name : List.of("sync-dossiers.json", "sync-progress.json")) {
            SyncRequest first = PortalReader.defaults().readStrict(resource(name));
            SyncRequest second = PortalReader.defaults().readStrict(first.toJson());
            assertThat(second).isEqualTo(first);
            assertThat(PortalReader.defaults().readStrict(first.toPrettyJson())).isEqualTo(first);
        }
    }

    @Test
    void theAnswerIsReadWithItsCodeAsNumberOrString() {
        assertThat(PortalReader.readResponse("{\"error_code\": 0, \"message\": \"Thành công\"}"))
                .isEqualTo(new SyncResponse("0", "Thành công")).matches(SyncResponse::isSuccess);
        assertThat(PortalReader.readResponse("{\"error_code\": \"-1\", \"message\": \"Sai mã TTHC\"}"))
                .satisfies(s -> assertThat(s.isSuccess()).isFalse());
        assertThat(PortalReader.readResponse("{\"error_code\": \"0\"}").message()).isNull();
    }
}
