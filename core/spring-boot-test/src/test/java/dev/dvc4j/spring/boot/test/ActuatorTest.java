package dev.dvc4j.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Actuator's info shows dvc4j's modules and data coverage; health turns OUT_OF_SERVICE in an unannounced year. */
class ActuatorTest {

    static final String EXPOSE = "management.endpoints.web.exposure.include=health,info";
    static final String DETAILS = "management.endpoint.health.show-details=always";

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"server.address=127.0.0.1", EXPOSE, DETAILS})
    class InAnAnnouncedYear {

        @Value("${local.server.port}")
        int port;

        @Test
        void infoShowsModulesVersionsProvenanceAndCoverage() {
            Http.Response r = new Http(port).get("/actuator/info");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode dvc4j = r.json().get("dvc4j");
            assertThat(dvc4j.get("version").asText()).isNotBlank();
            assertThat(dvc4j.get("modules").toString()).contains("\"name\":\"spring-properties\"");
            assertThat(dvc4j.get("provenance").isObject()).isTrue();
            JsonNode calendar = dvc4j.get("coverage").get("calendar");
            assertThat(calendar.get("runningYear").asInt()).isEqualTo(2026);
            assertThat(calendar.get("lastAnnouncedYear").asInt()).isEqualTo(2026);
            assertThat(calendar.get("runningYearAnnounced").asBoolean()).isTrue();
            JsonNode tariff = dvc4j.get("coverage").get("tariffs").get(0);
            assertThat(tariff.get("validFrom").asText()).isEqualTo("2021-01-01");
            assertThat(tariff.get("inForce").asBoolean()).isTrue();
            assertThat(dvc4j.get("coverage").get("catalogue").get("procedures").isInt()).isTrue();
        }

        @Test
        void healthIsUp() {
            Http.Response r = new Http(port).get("/actuator/health");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode dvc4j = r.json().get("components").get("dvc4j");
            assertThat(dvc4j.get("status").asText()).isEqualTo("UP");
            assertThat(dvc4j.get("details").get("calendar").get("runningYear").asInt()).isEqualTo(2026);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"server.address=127.0.0.1", EXPOSE, DETAILS, "test.clock=2027-03-01T09:00:00+07:00"})
    class InAYearWithoutAnAnnouncedSchedule {

        @Value("${local.server.port}")
        int port;

        @Test
        void healthIsOutOfService() {
            Http.Response r = new Http(port).get("/actuator/health");
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            JsonNode dvc4j = r.json().get("components").get("dvc4j");
            assertThat(dvc4j.get("status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(dvc4j.get("details").get("calendar").get("runningYearAnnounced").asBoolean()).isFalse();
            assertThat(dvc4j.get("details").get("calendar").get("lastAnnouncedYear").asInt()).isEqualTo(2026);
        }
    }
}
