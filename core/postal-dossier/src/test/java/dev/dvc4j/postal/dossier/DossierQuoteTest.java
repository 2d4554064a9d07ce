package dev.dvc4j.postal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalException;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalTariffs;
import dev.dvc4j.postal.ZoneResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Quotes for a dossier from its channel and result delivery, and the explanation. */
class DossierQuoteTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PostalCalculator CALC = PostalCalculator.builder().withBundledDefaults()
            .subsidy(haTinhCityCap()).build();
    private static final PostalAddress CITIZEN = new PostalAddress("42", "18073", "436");
    private static final PostalAddress AGENCY = new PostalAddress("42", "18070", "436");

    @Test
    void legsFollowChannelAndDelivery() {
        assertThat(DossierPostage.legsFor(Channel.POSTAL, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.BOTH);
        assertThat(DossierPostage.legsFor(Channel.POSTAL, ResultDelivery.COUNTER)).isEqualTo(PostalLeg.SEND_ONLY);
        assertThat(DossierPostage.legsFor(Channel.ONLINE, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThat(DossierPostage.legsFor(Channel.IN_PERSON, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThatThrownBy(() -> DossierPostage.legsFor(Channel.ONLINE, ResultDelivery.ONLINE))
                .isInstanceOf(PostalException.class).hasMessageContaining("no public postal service")
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.no-leg"));
    }

    @Test
    void onlineFilingWithPostalResultInHaTinhCity() {
        PostalQuote q = CALC.quote(DossierPostage.request(Channel.ONLINE, ResultDelivery.POSTAL, CITIZEN, AGENCY, 80,
                DAY, null));
        assertThat(q.legs()).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThat(q.zone()).isEqualTo(ZoneResolver.INTRA_DISTRICT);
        assertThat(q.total()).isEqualTo(Vnd.of(26_000));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(10_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(16_000));
    }

    @Test
    void aDossierIsQuotedFromItsOwnChannelDeliveryAddressAndDate() {
        Dossier d = Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260302-0001")).procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, null,
                        new Address("42", "18070", "Số 1 Trần Phú")))
                .channel(Channel.ONLINE).resultDelivery(ResultDelivery.POSTAL).period(ProcessingPeriod.workingDays(2))
                .at(DAY.atTime(9, 0).atZone(Dvc4j.VIETNAM).toInstant()).actor("portal").build());
        PostalQuote q = CALC.quote(DossierPostage.request(d, AGENCY, 80, null));
        assertThat(q.legs()).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(10_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(16_000));

        Dossier noAddress = Dossier.file(Filing.builder().code(d.code()).procedure(d.procedure()).agency(d.agency())
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, null, null))
                .channel(Channel.ONLINE).resultDelivery(ResultDelivery.POSTAL).period(d.period()).at(d.filedAt())
                .actor("portal").build());
        assertThatThrownBy(() -> DossierPostage.request(noAddress, AGENCY, 80, null))
                .isInstanceOf(PostalException.class)
                .hasMessageContaining("000.00.21.H42-260302-0001")
                .hasMessageContaining("the applicant's address is missing (a 2-digit province code and a 5-digit commune code are needed)")
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.request"));
    }

    private static Dossier filed(Address applicant, Channel channel, ResultDelivery delivery) {
        return Dossier.file(Filing.builder()
                .code(DossierCode.parse("000.00.21.H42-260302-0002")).procedure(ProcedureCode.parse("1.002859"))
                .agency(AgencyCode.parse("000.00.21.H42"))
                .applicant(new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, null, applicant))
                .channel(channel).resultDelivery(delivery).period(ProcessingPeriod.workingDays(2))
                .at(DAY.atTime(9, 0).atZone(Dvc4j.VIETNAM).toInstant()).actor("portal").build());
    }

    @Test
    void theAgencysAddressMayBeTheDossiersOwnAddressType() {
        Dossier d = filed(new Address("42", "18073", null), Channel.POSTAL, ResultDelivery.POSTAL);
        PostalQuote viaDossierType = CALC.quote(DossierPostage.request(d, new Address("42", "18070", "Số 1 Trần Phú"), 80, null));
        PostalQuote viaPostalType = CALC.quote(DossierPostage.request(d, PostalAddress.of("42", "18070"), 80, null));
        assertThat(viaDossierType).isEqualTo(viaPostalType);
        assertThat(viaDossierType.legs()).isEqualTo(PostalLeg.BOTH);
        assertThat(DossierPostage.postalAddress(new Address("42", "18070", "Số 1"))).isEqualTo(PostalAddress.of("42", "18070"));
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        Dossier d = filed(new Address(null, "18073", null), Channel.ONLINE, ResultDelivery.POSTAL);
        assertThatThrownBy(() -> DossierPostage.request(d, new Address("42", null, null), 80, null))
                .isInstanceOf(PostalException.class)
                .hasMessageContaining("the applicant's address has no province code")
                .hasMessageContaining("the receiving agency's address has no commune code")
                .satisfies(e -> assertThat(((PostalException) e).text().vi())
                        .contains("địa chỉ người nộp không có mã tỉnh").contains("địa chỉ cơ quan tiếp nhận không có mã xã"));
        Dossier badCode = filed(new Address("4", "18073", null), Channel.ONLINE, ResultDelivery.POSTAL);
        assertThatThrownBy(() -> DossierPostage.request(badCode, PostalAddress.of("42", "18070"), 80, null))
                .isInstanceOf(PostalException.class).hasMessageContaining("the applicant's address: Postal address: invalid province code \"4\"");
        assertThatThrownBy(() -> DossierPostage.postalAddress(new Address("42", null, null)))
                .isInstanceOf(PostalException.class).hasMessageContaining("the address has no commune code");
        // a dossier with no postal leg says so before anything about addresses
        Dossier online = filed(null, Channel.ONLINE, ResultDelivery.ONLINE);
        assertThatThrownBy(() -> DossierPostage.request(online, new Address("42", "18070", null), 80, null))
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.no-leg"));
    }

    @Test
    void oneMissingPartIsTheWholeMessage_twoAreSeparatedBySemicolons_inBothLanguages() {
        assertThatThrownBy(() -> DossierPostage.postalAddress(new Address("42", null, null)))
                .isInstanceOfSatisfying(PostalException.class, e -> {
                    assertThat(e.code()).isEqualTo("postal.request");
                    assertThat(e.text().vi()).isEqualTo("Không tính được cước bưu chính: địa chỉ không có mã xã"
                            + " (5 chữ số), cần để xác định vùng giá");
                    assertThat(e.text().en()).isEqualTo("Cannot price the postal service: the address has no commune"
                            + " code (5 digits), which the zone is found from");
                });
        assertThatThrownBy(() -> DossierPostage.postalAddress(new Address(null, null, null)))
                .isInstanceOfSatisfying(PostalException.class, e -> {
                    assertThat(e.code()).isEqualTo("postal.request");
                    assertThat(e.text().vi()).isEqualTo("Không tính được cước bưu chính: địa chỉ không có mã tỉnh"
                            + " (2 chữ số, ví dụ \"42\" Hà Tĩnh); địa chỉ không có mã xã (5 chữ số), cần để xác định"
                            + " vùng giá");
                    assertThat(e.text().en()).isEqualTo("Cannot price the postal service: the address has no province"
                            + " code (2 digits, for example \"42\" Hà Tĩnh); the address has no commune code (5 digits),"
                            + " which the zone is found from");
                });
    }

    @Test
    void aHaTinhDossierPricedWithTheDaNangTableSaysSo_orIsRefusedWithStrictScope() {
        Dossier d = filed(new Address("42", "18073", null), Channel.ONLINE, ResultDelivery.POSTAL);
        PostalQuote q = PostalCalculator.bundled().quote(DossierPostage.request(d, AGENCY, 80, null));
        assertThat(q.inScope()).isFalse();
        assertThat(q.outOfScope().en()).contains("applies in Đà Nẵng (48), not in Hà Tĩnh (42)");
        assertThat(q.explanation().get(1).en()).startsWith("WARNING — outside the tariff's scope:");
        assertThat(q.explanation().get(1).vi()).startsWith("CẢNH BÁO — ngoài phạm vi của biểu giá:").contains("Hà Tĩnh (42)");
        assertThatThrownBy(() -> PostalCalculator.bundled().withStrictScope().quote(DossierPostage.request(d, AGENCY, 80, null)))
                .isInstanceOf(dev.dvc4j.postal.NoTariffException.class)
                .hasMessageContaining("No public postal tariff's scope covers province 42 on 2026-03-02")
                .hasMessageContaining("vnpost-bcci-da-nang-2021 [48; 2021-01-01..]");
        // a Đà Nẵng dossier is in scope
        Dossier daNang = filed(new Address("48", "20194", null), Channel.ONLINE, ResultDelivery.POSTAL);
        PostalQuote dn = PostalCalculator.bundled().withStrictScope()
                .quote(DossierPostage.request(daNang, PostalAddress.of("48", "20194"), 80, null));
        assertThat(dn.inScope()).isTrue();
        assertThat(dn.outOfScope()).isNull();
        assertThat(dn.explanation()).noneSatisfy(t -> assertThat(t.en()).contains("WARNING"));
    }

    @Test
    void describeInBothLanguages() {
        PostalQuote q = CALC.quote(DossierPostage.request(Channel.POSTAL, ResultDelivery.POSTAL, CITIZEN, AGENCY, 80,
                DAY, "war-invalid"));
        String vi = q.describe(Locale.forLanguageTag("vi"));
        String en = q.describe(Locale.ENGLISH);
        assertThat(vi).contains("Cước bưu chính công ích theo biểu giá")
                .contains("- Cước gửi hồ sơ, nội huyện: 26.000 ₫")
                .contains("Giảm 50% cước cho đối tượng: Thương binh, người hưởng chính sách như thương binh [trả kết quả]: -13.000 ₫")
                .contains("làm tròn đến đồng")
                .contains("ngân sách trả 3.000 ₫ thay người nộp")
                .contains("Tổng: 26.000 ₫; người nộp trả 20.000 ₫, ngân sách trả 6.000 ₫")
                .contains("Thuế GTGT: nguồn không nêu");
        assertThat(en).contains("- Postage, sending the dossier, intra-district: 26,000 VND")
                .contains("50% discount for: War invalid")
                .contains("Total: 26,000 VND; the applicant pays 20,000 VND, the budget pays 6,000 VND")
                .contains("VAT: the source does not say");
        assertThat(q.explanation()).allSatisfy(t -> assertThat(t.vi()).isNotBlank());
    }

    private static dev.dvc4j.postal.PostalSubsidy haTinhCityCap() {
        try (InputStream in = DossierQuoteTest.class.getResourceAsStream("ha-tinh-city-cap.json")) {
            return PostalTariffs.loadSubsidies(in).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
