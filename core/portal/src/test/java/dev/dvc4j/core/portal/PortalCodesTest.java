package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalCodesTest {

    static final Map<String, String> APPLICANTS = Map.of("citizen", "1", "organisation", "2");
    static final Map<String, String> DELIVERY = Map.of("counter", "0", "postal", "1", "online", "2");
    static final Map<String, String> KINDS = Map.of("charge", "1", "fee", "2", "other", "3");
    static final Map<String, String> COLLECTION = Map.of("cash", "1", "national-portal", "2", "own-gateway", "3");

    @Test
    void theBundledTableIsDataWithItsSource() {
        PortalCodes c = PortalCodes.defaults();
        assertThat(c.source()).contains("OpenCPS").contains("not confirmed");
        assertThat(c.applicantKindFor("1")).contains(PortalCodes.ApplicantKind.CITIZEN);
        assertThat(c.applicantKindFor(" 2 ")).contains(PortalCodes.ApplicantKind.ORGANISATION);
        assertThat(c.applicantKindFor("3")).isEmpty();
        assertThat(c.applicantKindFor(null)).isEmpty();
        assertThat(c.deliveryFor("0")).contains(ResultDelivery.COUNTER);
        assertThat(c.deliveryFormOf(ResultDelivery.ONLINE)).isEqualTo("2");
        assertThat(c.feeKindOf(FeeKind.OTHER)).isEqualTo("3");
        assertThat(c.collectionOf(PaymentMethod.OWN_GATEWAY)).isEqualTo("3");
        assertThat(c.portalFeeCode("LP1")).isEqualTo("LP1");
        assertThat(new PortalCodes("x", APPLICANTS, DELIVERY, KINDS, COLLECTION, Map.of("LP1", "LPPH")).portalFeeCode("LP1"))
                .isEqualTo("LPPH");
    }

    @Test
    void incompleteAmbiguousOrUnknownTablesAreRefused() {
        assertThatThrownBy(() -> new PortalCodes("x", Map.of("citizen", "1"), DELIVERY, KINDS, COLLECTION, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("applicantTypes").hasMessageContaining("no code for [organisation]");
        assertThatThrownBy(() -> new PortalCodes("x", Map.of("citizen", "1", "organisation", "1"), DELIVERY, KINDS, COLLECTION, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("code \"1\" is used for both");
        Map<String, String> extra = new HashMap<>(DELIVERY);
        extra.put("drone", "9");
        assertThatThrownBy(() -> new PortalCodes("x", APPLICANTS, extra, KINDS, COLLECTION, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("unknown keys [drone]");
        Map<String, String> blank = new HashMap<>(KINDS);
        blank.put("fee", " ");
        assertThatThrownBy(() -> new PortalCodes("x", APPLICANTS, DELIVERY, blank, COLLECTION, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("feeKinds.fee");
        assertThatThrownBy(() -> new PortalCodes(" ", APPLICANTS, DELIVERY, KINDS, COLLECTION, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> new PortalCodes("x", APPLICANTS, DELIVERY, KINDS, null, null))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("collectionMethods");
    }

    @Test
    void badJsonTablesSayWhy() {
        assertThatThrownBy(() -> PortalCodes.fromJson(json("{\"source\": \"x\"}")))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("applicantTypes");
        assertThatThrownBy(() -> PortalCodes.fromJson(json("{\"source\": \"x\", \"colour\": 1}")))
                .isInstanceOf(Dvc4jException.class)
                .satisfies(e -> assertThat(((Dvc4jException) e).code()).isEqualTo("portal.codes"));
        assertThatThrownBy(() -> PortalCodes.fromJson(json("{")))
                .isInstanceOf(Dvc4jException.class).hasMessageContaining("Portal code table: Line 1:2 ($): malformed JSON");
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
