package dev.dvc4j.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.spring.boot.autoconfigure.Dvc4jHttpMessageConverter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.ClassUtils;

/** A host files a dossier over REST, applies a transition, and is refused malformed input in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class RestHostTest {

    static final String FILING = """
            {"code":"000.00.21.H42-260210-0001","procedure":"1.002859","agency":"000.00.21.H42",
             "applicantName":"Nguyễn Văn An","personalId":"042095001234","channel":"online","workingDays":5}""";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Dvc4j dvc4j;

    @Autowired
    DeadlinePolicy deadlines;

    @Autowired
    Dvc4jHttpMessageConverter converter;

    Http http() {
        return new Http(port);
    }

    Dossier filed() {
        Http.Response r = http().post("/dossiers", FILING, "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Dvc4jJson.read(r.body(), Dossier.class);
    }

    @Test
    void theStarterGivesTheRuntimeAndItsServicesAsBeans() {
        assertThat(deadlines).isSameAs(dvc4j.get(CalendarPoints.DEADLINE_POLICY));
        assertThat(dvc4j.clock().instant()).isEqualTo(Instant.parse("2026-02-10T02:00:00Z"));
        boolean jackson3 = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", null);
        assertThat(converter.library()).isEqualTo(jackson3 ? "jackson3" : "jackson2");
    }

    @Test
    void aDossierIsFiledOverRestInTheWireFormatWithItsDueDate() {
        Http.Response r = http().post("/dossiers", FILING, "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        Dossier d = Dvc4jJson.read(r.body(), Dossier.class);
        assertThat(r.body()).isEqualTo(Dvc4jJson.write(d));
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.verifyHistory().intact()).isTrue();
        // five working days from Tuesday 10 Feb 2026 09:00, across Tết (14–22 Feb): Tuesday 24 Feb, 09:00
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-02-24T02:00:00Z"));
    }

    @Test
    void aTransitionIsAppliedToADossierSentBack() {
        Dossier d = filed();
        Http.Response r = http().post("/dossiers/processing", Dvc4jJson.write(d), "en");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Dossier processing = Dvc4jJson.read(r.body(), Dossier.class);
        assertThat(processing.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(processing.events()).hasSize(d.events().size() + 1);
    }

    @Test
    void anIllegalTransitionIsAConflictInTheRequestedLanguage() {
        Dossier processing = filed().startProcessing(Instant.parse("2026-02-10T03:00:00Z"), "officer-1", "Một cửa");
        Http.Response vi = http().post("/dossiers/processing", Dvc4jJson.write(processing), "vi");
        assertThat(vi.status()).isEqualTo(409);
        assertThat(vi.contentType()).startsWith("application/problem+json");
        assertThat(vi.contentLanguage()).isEqualTo("vi");
        JsonNode p = vi.json();
        assertThat(p.get("status").asInt()).isEqualTo(409);
        assertThat(p.get("code").asText()).isEqualTo("dossier.illegal-transition");
        assertThat(p.get("title").asText()).isEqualTo("Không thể thực hiện ở trạng thái hiện tại");
        Http.Response en = http().post("/dossiers/processing", Dvc4jJson.write(processing), "en-GB,en;q=0.9");
        assertThat(en.status()).isEqualTo(409);
        assertThat(en.json().get("title").asText()).isEqualTo("Conflict with the current state");
        assertThat(en.json().get("detail").asText()).isNotEqualTo(p.get("detail").asText());
    }

    @Test
    void anUnknownFieldIsRefusedWithAVietnameseAndAnEnglishProblemDetail() {
        String json = Dvc4jJson.write(filed()).replaceFirst("\"actor\":\"portal\"", "\"actor\":\"portal\",\"hacked\":true");
        assertThat(json).contains("\"hacked\":true");
        Http.Response vi = http().post("/dossiers/processing", json, "vi-VN,vi;q=0.9");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.contentType()).startsWith("application/problem+json");
        JsonNode pv = vi.json();
        assertThat(pv.get("code").asText()).isEqualTo("json.wire-format");
        assertThat(pv.get("path").asText()).isEqualTo("$.events[0].hacked");
        assertThat(pv.get("detail").asText()).endsWith("($.events[0].hacked): thuộc tính \"hacked\" không có trong định dạng");
        assertThat(pv.get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(pv.get("language").asText()).isEqualTo("vi");

        Http.Response en = http().post("/dossiers/processing", json, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("detail").asText()).endsWith("($.events[0].hacked): unknown property \"hacked\"");
        assertThat(en.json().get("title").asText()).isEqualTo("Bad request");

        // no Accept-Language, or one naming neither language: dvc4j.default-language (vi)
        assertThat(http().post("/dossiers/processing", json, null).json().get("language").asText()).isEqualTo("vi");
        assertThat(http().post("/dossiers/processing", json, "fr").json().get("language").asText()).isEqualTo("vi");
    }

    @Test
    void trailingTextAndOversizedInputAreRefusedEvenThoughSpringsMapperIsLenient() {
        String json = Dvc4jJson.write(filed());
        assertThat(http().post("/dossiers/processing", json, "en").status()).isEqualTo(200);
        Http.Response trailing = http().post("/dossiers/processing", json + " {}", "en");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.json().get("code").asText()).isEqualTo("json.wire-format");
        String longNumber = json.replaceFirst("\"version\":\\d+", "\"version\":1" + "0".repeat(120));
        assertThat(longNumber).isNotEqualTo(json);
        Http.Response tooLong = http().post("/dossiers/processing", longNumber, "en");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asText()).contains("a number is longer than 100 characters");
    }

    @Test
    void springsOwnMapperHasDvc4jsModule() {
        Http.Response ok = http().post("/dossiers/procedure", "{\"p\":\"1.002859\"}", "en");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("p").asText()).isEqualTo("1.002859");
        Http.Response bad = http().post("/dossiers/procedure", "{\"p\":\"1.02859\"}", "vi");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("Mã thủ tục \"1.02859\" không hợp lệ");
    }

    @Test
    void validationMessagesComeInBothLanguages() {
        String invalid = FILING.replace("\"Nguyễn Văn An\"", "\" \"").replace("\"042095001234\"", "\"123\"")
                .replace("\"workingDays\":5", "\"workingDays\":0");
        Http.Response vi = http().post("/dossiers", invalid, "vi");
        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        assertThat(vi.json().get("code").asText()).isEqualTo("validation.failed");
        assertThat(messages(vi.json())).containsExactlyInAnyOrder(
                "applicantName: không được để trống",
                "personalId: phải là số định danh cá nhân gồm đúng 12 chữ số, bắt đầu bằng mã nơi đăng ký khai sinh hợp lệ (001 đến 096)",
                "workingDays: phải lớn hơn 0");
        assertThat(vi.json().get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");

        Http.Response en = http().post("/dossiers", invalid, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(messages(en.json())).containsExactlyInAnyOrder(
                "applicantName: must not be blank",
                "personalId: must be a personal identification number of exactly 12 digits starting with a known place-of-registration code (001 to 096)",
                "workingDays: must be greater than 0");
    }

    @Test
    void constraintsOnAMethodParameterAreReportedPerParameterInBothLanguages() {
        Http.Response ok = http().get("/dossiers/due?workingDays=5", "en");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("dueAt").asText()).isEqualTo("2026-02-24T02:00:00Z");

        Http.Response vi = http().get("/dossiers/due?workingDays=0", "vi");
        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        assertThat(vi.contentType()).startsWith("application/problem+json");
        assertThat(vi.json().get("code").asText()).isEqualTo("validation.failed");
        assertThat(vi.json().get("detail").asText()).isEqualTo("Dữ liệu không hợp lệ ở 1 trường: workingDays: phải lớn hơn 0");
        JsonNode error = vi.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("workingDays");
        assertThat(error.get("constraint").asText()).isEqualTo("Positive");

        Http.Response en = http().get("/dossiers/due?workingDays=366", "en");
        assertThat(en.status()).as(en.body()).isEqualTo(400);
        assertThat(messages(en.json())).containsExactly("workingDays: must be less than or equal to 365");
        assertThat(en.json().get("errors").get(0).get("constraint").asText()).isEqualTo("Max");
    }

    private static List<String> messages(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }
}
