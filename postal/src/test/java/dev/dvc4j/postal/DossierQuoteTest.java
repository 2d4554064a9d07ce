package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.money.Vnd;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Quotes for a dossier from its channel and result delivery, and the explanation. */
class DossierQuoteTest {

    private static final PostalCalculator CALC = Fixtures.everything();
    private static final PostalAddress CITIZEN = new PostalAddress("42", "18073", "436");
    private static final PostalAddress AGENCY = new PostalAddress("42", "18070", "436");

    @Test
    void legsFollowChannelAndDelivery() {
        assertThat(PostalQuoteRequest.legsFor(Channel.POSTAL, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.BOTH);
        assertThat(PostalQuoteRequest.legsFor(Channel.POSTAL, ResultDelivery.COUNTER)).isEqualTo(PostalLeg.SEND_ONLY);
        assertThat(PostalQuoteRequest.legsFor(Channel.ONLINE, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThat(PostalQuoteRequest.legsFor(Channel.IN_PERSON, ResultDelivery.POSTAL)).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThatThrownBy(() -> PostalQuoteRequest.legsFor(Channel.ONLINE, ResultDelivery.ONLINE))
                .isInstanceOf(PostalException.class).hasMessageContaining("no public postal service")
                .satisfies(e -> assertThat(((PostalException) e).code()).isEqualTo("postal.no-leg"));
    }

    @Test
    void onlineFilingWithPostalResultInHaTinhCity() {
        PostalQuote q = CALC.quote(PostalQuoteRequest.forDossier(Channel.ONLINE, ResultDelivery.POSTAL, CITIZEN, AGENCY, 80,
                Fixtures.DAY, null));
        assertThat(q.legs()).isEqualTo(PostalLeg.RETURN_ONLY);
        assertThat(q.zone()).isEqualTo(ZoneResolver.INTRA_DISTRICT);
        assertThat(q.total()).isEqualTo(Vnd.of(26_000));
        assertThat(q.applicantPays()).isEqualTo(Vnd.of(10_000));
        assertThat(q.budgetPays()).isEqualTo(Vnd.of(16_000));
    }

    @Test
    void describeInBothLanguages() {
        PostalQuote q = CALC.quote(PostalQuoteRequest.forDossier(Channel.POSTAL, ResultDelivery.POSTAL, CITIZEN, AGENCY, 80,
                Fixtures.DAY, "war-invalid"));
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
}
