package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalFee;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.portal.PortalProblem;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The system-specific portal codes live in one table, read through {@link PortalPoints#CODES}: a runtime that
 * registers another table changes what the payload builder writes, what the payload reader accepts and what the
 * statistics read from a payload; the fixed national codes have one definition each, in their enums.
 */
class PortalCodeTableConsumersTest {

    static final Instant T0 = Instant.parse("2026-02-10T02:00:00Z");

    static final PortalCodes PROVINCE_X = PortalCodes.fromJson(new ByteArrayInputStream("""
            {"source": "Hợp đồng tích hợp tỉnh X, phụ lục 2",
             "applicantTypes": {"citizen": "CD", "organisation": "DN"},
             "deliveryForms": {"counter": "TQ", "online": "TT", "postal": "BC"},
             "feeKinds": {"charge": "PHI", "fee": "LEPHI", "other": "KHAC"},
             "collectionMethods": {"cash": "TM", "national_portal": "DVCQG", "own-gateway": "CTT"},
             "feeCodes": {"LP1": "LPPH-01"}}
            """.getBytes(StandardCharsets.UTF_8)));

    /** A host module that registers its portal contract's table. */
    public static final class ProvinceX implements Dvc4jModule {
        @Override
        public String name() {
            return "province-x";
        }

        @Override
        public void setup(SetupContext context) {
            context.provide(PortalPoints.CODES, PROVINCE_X);
        }
    }

    static Dossier paidByPost() {
        return Dossier.file(Filing.builder()
                        .code(DossierCode.parse("000.00.21.H42-260210-0001")).procedure(ProcedureCode.parse("1.002859"))
                        .agency(AgencyCode.parse("000.00.21.H42"))
                        .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, Contact.NONE, null))
                        .channel(Channel.IN_PERSON).resultDelivery(ResultDelivery.POSTAL)
                        .period(ProcessingPeriod.workingDays(5))
                        .fee(new Fee("LP1", "Lệ phí", Vnd.of(50_000), FeeKind.FEE))
                        .at(T0).actor("one-stop").build())
                .receive(T0.plusSeconds(3600), "o", new SimpleDeadlinePolicy(SupplementClock.RESTART))
                .pay(T0.plusSeconds(7200), "c", new Payment(Vnd.of(50_000), PaymentMethod.NATIONAL_PORTAL, "TX"));
    }

    @Test
    void theRegisteredTableChangesWhatEveryConsumerWritesAndReads() {
        Dvc4j provinceX = Dvc4j.builder().register(new ProvinceX()).build();
        Dvc4j bundled = Dvc4j.builder().build();
        assertThat(provinceX.get(PortalPoints.CODES)).isSameAs(PROVINCE_X);
        // the old key spelling "national_portal" was read as national-portal
        assertThat(PROVINCE_X.collectionMethods()).containsEntry("national-portal", "DVCQG");

        // the builder writes the table's codes
        PortalDossier p = PortalMapper.from(provinceX).toPortal(paidByPost());
        assertThat(p.applicantType()).isEqualTo("CD");
        assertThat(p.deliveryForm()).isEqualTo("BC");
        assertThat(p.fees()).extracting(PortalFee::code, PortalFee::kind, PortalFee::collection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LPPH-01", "LEPHI", "DVCQG"));
        PortalDossier q = PortalMapper.from(bundled).toPortal(paidByPost());
        assertThat(q.applicantType()).isEqualTo(PortalCodes.defaults().applicantTypes().get("citizen"));
        assertThat(q.deliveryForm()).isEqualTo(PortalCodes.defaults().deliveryForms().get("postal")).isNotEqualTo("BC");
        // the fixed national codes come from the enums, whatever the table
        assertThat(p.channel()).isEqualTo(q.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(p.onlinePayment()).isEqualTo(q.onlinePayment()).isEqualTo(PaymentMethod.NATIONAL_PORTAL.portalFlag().getAsInt());

        // the reader accepts the table's codes and refuses the others
        String json = SyncRequest.ofDossiers(List.of(p), false).toJson();
        assertThat(PortalReader.from(provinceX).readStrict(json).dossiers()).containsExactly(p);
        assertThat(PortalReader.from(bundled).read(json).problems()).extracting(PortalProblem::path)
                .contains("data[0].LoaiDoiTuong", "data[0].HinhThuc", "data[0].DanhSachLePhi[0].LoaiPhiLePhi");

        // the statistics read the payload's result delivery through the same table
        assertThat(FactsMapper.from(provinceX).fromPortal(p).resultDelivery()).isEqualTo(ResultDelivery.POSTAL);
        assertThat(FactsMapper.from(bundled).fromPortal(p).resultDelivery()).isNull();
        assertThat(FactsMapper.from(bundled).fromPortal(q).resultDelivery()).isEqualTo(ResultDelivery.POSTAL);
        assertThat(FactsMapper.defaults().withPortalCodes(PROVINCE_X).fromPortal(p).resultDelivery())
                .isEqualTo(ResultDelivery.POSTAL);
        // and so count it in the public-postal share, as they count the dossier itself
        assertThat(FactsMapper.from(provinceX).fromPortal(p).resultDelivery())
                .isEqualTo(FactsMapper.from(provinceX).fromDossier(paidByPost()).resultDelivery());
    }

    @Test
    void theOnlinePaymentFlagHasOneDefinition() {
        assertThat(PaymentMethod.fromPortalFlag(1)).contains(PaymentMethod.NATIONAL_PORTAL);
        assertThat(PaymentMethod.fromPortalFlag(2)).contains(PaymentMethod.OWN_GATEWAY);
        assertThat(PaymentMethod.fromPortalFlag(0)).isEmpty();
        for (int bad : new int[] {-1, 3}) {
            assertThat(PaymentMethod.isPortalFlag(bad)).isFalse();
            assertThatThrownBy(() -> PaymentMethod.fromPortalFlag(bad)).isInstanceOf(Dvc4jException.class)
                    .hasMessageContaining("Online payment flag " + bad + " is not 0, 1 or 2");
            assertThatThrownBy(() -> DossierFacts.builder().code("X").agency("A").procedure("P").channel(Channel.ONLINE)
                    .status(dev.dvc4j.core.dossier.DossierStatus.FILED).filedAt(T0).paymentFlag(bad).build())
                    .isInstanceOf(StatsException.class);
        }
        for (int ok : new int[] {0, 1, 2}) {
            assertThat(PaymentMethod.isPortalFlag(ok)).isTrue();
        }
    }
}
