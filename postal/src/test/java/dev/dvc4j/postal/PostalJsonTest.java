package dev.dvc4j.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvc4j.postal.internal.Json;
import dev.dvc4j.core.money.Vnd;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Tariffs, subsidies, categories and quotes in dvc4j's JSON wire format. */
class PostalJsonTest {

    private static final ObjectMapper M = Json.mapper();

    @Test
    void vndIsAnInteger() throws Exception {
        assertThat(M.writeValueAsString(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(M.readValue("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
    }

    @Test
    void tariffRoundTrips() throws Exception {
        for (PostalTariff t : new PostalTariff[] {PostalTariffs.bundled(), Fixtures.khanhHoa()}) {
            String json = M.writeValueAsString(t);
            assertThat(M.readValue(json, PostalTariff.class)).isEqualTo(t);
            assertThat(PostalTariffs.parse(PostalTariffs.toJson(t))).isEqualTo(t);
        }
        JsonNode node = M.readTree(M.writeValueAsString(PostalTariffs.bundled()));
        assertThat(node.get("prices").get(0).get("bands").get(0).isIntegralNumber()).isTrue();
        assertThat(node.get("prices").get(0).get("leg").asText()).isEqualTo("send");
        assertThat(node.get("validFrom").asText()).isEqualTo("2021-01-01");
        assertThat(node.has("nationwide")).isFalse();
    }

    @Test
    void subsidiesAndCategoriesRoundTrip() throws Exception {
        for (PostalSubsidy s : new PostalSubsidy[] {Fixtures.haTinhCap(), Fixtures.quangNgai()}) {
            assertThat(M.readValue(M.writeValueAsString(s), PostalSubsidy.class)).isEqualTo(s);
        }
        JsonNode cap = M.readTree(M.writeValueAsString(Fixtures.haTinhCap()));
        assertThat(cap.get("kind").asText()).isEqualTo("cap");
        assertThat(cap.get("limits").get("intra-district").asLong()).isEqualTo(10_000);
        for (BeneficiaryCategory c : PostalTariffs.bundledCategories()) {
            assertThat(M.readValue(M.writeValueAsString(c), BeneficiaryCategory.class)).isEqualTo(c);
        }
    }

    @Test
    void quoteRoundTripsAndWritesWholeDong() throws Exception {
        PostalQuote q = Fixtures.everything().quote(PostalQuoteRequest.builder().legs(PostalLeg.BOTH).zone("intra-district")
                .province("42").weightGrams(250).date(LocalDate.of(2026, 3, 2)).category("war-invalid").feeRemittance().build());
        String json = M.writeValueAsString(q);
        assertThat(M.readValue(json, PostalQuote.class)).isEqualTo(q);
        JsonNode node = M.readTree(json);
        assertThat(node.get("total").isIntegralNumber()).isTrue();
        assertThat(node.get("total").asLong()).isEqualTo(q.total().dong());
        assertThat(node.get("legs").toString()).isEqualTo("[\"send\",\"return\"]");
        assertThat(node.get("lines").get(0).get("kind").asText()).isEqualTo("postage");
        assertThat(node.get("lines").get(0).get("label").get("vi").asText()).isEqualTo("Cước gửi hồ sơ, nội huyện");
        assertThat(node.has("explanation")).isFalse();
        // tampered totals are refused
        String tampered = json.replace("\"total\":" + q.total().dong(), "\"total\":1");
        assertThatThrownBy(() -> M.readValue(tampered, PostalQuote.class)).hasRootCauseInstanceOf(PostalException.class)
                .rootCause().hasMessageContaining("Inconsistent quote");
    }

    @Test
    void requestRoundTrips() throws Exception {
        PostalQuoteRequest r = PostalQuoteRequest.builder().legs(PostalLeg.SEND).addresses(PostalAddress.of("42", "18070"),
                new PostalAddress("42", "18073", "436")).weightGrams(120).date(LocalDate.of(2026, 3, 2)).feeRemittance().build();
        assertThat(M.readValue(M.writeValueAsString(r), PostalQuoteRequest.class)).isEqualTo(r);
    }
}
