package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.filed;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a dossier answers at each step, each way; portal codes and payment flags both ways; masked e-mails. */
class DossierAnswersTest {

    @Test
    void aSupplementIsOpenUntilItIsAnswered() {
        Dossier processing = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", "Phòng A");
        assertThat(processing.hasOpenSupplement()).isFalse();
        assertThat(processing.processingUnit()).isEqualTo("Phòng A");
        assertThat(processing.receivedAt()).isEqualTo(t(1));
        Dossier asked = processing.requestSupplement(t(3), "officer", "Thiếu giấy");
        assertThat(asked.hasOpenSupplement()).isTrue();
        assertThat(asked.supplements().get(0).isOpen()).isTrue();
        assertThat(asked.supplements().get(0).completion()).isEmpty();
        Dossier answered = asked.supplement(t(4), "citizen", List.of(), POLICY);
        assertThat(answered.hasOpenSupplement()).isFalse();
        assertThat(answered.supplements().get(0).isOpen()).isFalse();
        assertThat(answered.supplements().get(0).completion()).contains(t(4));
    }

    @Test
    void theOutcomeResultsReasonsAndTimesOfProcessing() {
        Dossier processing = filed().receive(t(1), "officer", POLICY).startProcessing(t(2), "officer", null);
        assertThat(processing.outcome()).isEmpty();
        assertThat(processing.processedAt()).isNull();
        ResultDocument kq = new ResultDocument("KQ", "Kết quả", true, null);
        Dossier approved = processing.approve(t(3), "leader", List.of(kq));
        assertThat(approved.outcome()).contains(Outcome.APPROVED);
        assertThat(approved.results()).containsExactly(kq);
        assertThat(approved.processedAt()).isEqualTo(t(3));
        assertThat(approved.returnedAt()).isNull();
        Dossier rejected = processing.reject(t(3), "leader", List.of("Không đủ điều kiện"));
        assertThat(rejected.outcome()).contains(Outcome.REJECTED);
        assertThat(rejected.reasons()).containsExactly("Không đủ điều kiện");
        assertThat(filed().filedAt()).isEqualTo(DossierLifecycleTest.T0);
    }

    @Test
    void vneidAuthenticationIsWhatTheFilingSaid() {
        Dossier base = filed();
        Dossier yes = Dossier.file(Filing.builder().code(base.code()).procedure(base.procedure()).agency(base.agency())
                .applicant(base.applicant()).channel(base.channel()).resultDelivery(base.resultDelivery())
                .period(base.period()).vneidAuthenticated(true).at(base.filedAt()).actor("portal").build());
        Dossier no = Dossier.file(Filing.builder().code(base.code()).procedure(base.procedure()).agency(base.agency())
                .applicant(base.applicant()).channel(base.channel()).resultDelivery(base.resultDelivery())
                .period(base.period()).vneidAuthenticated(false).at(base.filedAt()).actor("portal").build());
        assertThat(yes.vneidAuthenticated()).isTrue();
        assertThat(no.vneidAuthenticated()).isFalse();
        assertThat(yes).isNotEqualTo(no);
    }

    @Test
    void channelsHaveThePortalsCodesOneToThree() {
        assertThat(Channel.IN_PERSON.portalCode()).isEqualTo(1);
        assertThat(Channel.ONLINE.portalCode()).isEqualTo(2);
        assertThat(Channel.POSTAL.portalCode()).isEqualTo(3);
        for (Channel c : Channel.values()) {
            assertThat(Channel.fromPortalCode(c.portalCode())).isEqualTo(c);
            assertThat(c.label().vi()).isNotBlank().isNotEqualTo(c.label().en());
        }
        assertThat(Channel.ONLINE.label().en()).isEqualTo("Online");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void aChannelCodeOutsideOneToThreeIsRefusedInBothLanguages(int code) {
        assertThatThrownBy(() -> Channel.fromPortalCode(code)).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.channel");
            assertThat(e.text().en()).isEqualTo("Unknown channel code " + code + " (1, 2 or 3)");
            assertThat(e.text().vi()).isEqualTo("Mã kênh thực hiện " + code + " không hợp lệ (1, 2 hoặc 3)");
        });
    }

    @Test
    void paymentFlagsAreZeroOneAndTwo_andOnlyTheOnlineMethodsAreOnline() {
        assertThat(PaymentMethod.isPortalFlag(0)).isTrue();
        assertThat(PaymentMethod.isPortalFlag(1)).isTrue();
        assertThat(PaymentMethod.isPortalFlag(2)).isTrue();
        assertThat(PaymentMethod.isPortalFlag(3)).isFalse();
        assertThat(PaymentMethod.isPortalFlag(-1)).isFalse();
        assertThat(PaymentMethod.fromPortalFlag(0)).isEqualTo(Optional.empty());
        assertThat(PaymentMethod.fromPortalFlag(1)).contains(PaymentMethod.NATIONAL_PORTAL);
        assertThat(PaymentMethod.fromPortalFlag(2)).contains(PaymentMethod.OWN_GATEWAY);
        assertThatThrownBy(() -> PaymentMethod.fromPortalFlag(3)).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("dossier.payment-flag");
            assertThat(e.text().en()).isEqualTo("Online payment flag 3 is not 0, 1 or 2");
            assertThat(e.text().vi()).isEqualTo("Cờ thanh toán trực tuyến 3 không hợp lệ (0, 1, 2)");
        });
        assertThat(PaymentMethod.NATIONAL_PORTAL.isOnline()).isTrue();
        assertThat(PaymentMethod.OWN_GATEWAY.isOnline()).isTrue();
        assertThat(PaymentMethod.CASH.isOnline()).isFalse();
        assertThat(PaymentMethod.CASH.label().en()).isEqualTo("Cash at the counter");
    }

    @Test
    void anEmailIsShownWithItsFirstLetterAndDomainOnly() {
        assertThat(Contact.maskEmail("an@example.vn")).isEqualTo("a***@example.vn");
        assertThat(Contact.maskEmail("a@example.vn")).isEqualTo("a***@example.vn");
        assertThat(Contact.maskEmail("@example.vn")).isEqualTo("@exa*****vn");
        assertThat(new Contact(null, "an@example.vn").toString()).isEqualTo("Contact[phone=null, email=a***@example.vn]");
        assertThat(new Contact(null, null).toString()).isEqualTo("Contact[phone=null, email=null]");
    }
}
