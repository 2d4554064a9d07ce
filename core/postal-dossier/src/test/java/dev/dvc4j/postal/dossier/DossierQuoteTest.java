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
                .isInstanceOf(PostalException.class).hasMessageContaining("has no applicant province");
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
