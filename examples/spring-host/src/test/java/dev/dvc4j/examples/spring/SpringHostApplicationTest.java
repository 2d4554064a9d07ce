package dev.dvc4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.json.Dvc4jJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The example starts with the starter alone and serves the commands of examples/README.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SpringHostApplicationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void filesAndProcessesADossier() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String form = "{\"code\":\"000.00.21.H42-260210-0001\",\"procedure\":\"1.002859\",\"agency\":\"000.00.21.H42\","
                + "\"applicantName\":\"Nguyễn Văn An\",\"personalId\":\"042095001234\",\"channel\":\"online\",\"workingDays\":5}";
        HttpResponse<String> filed = client.send(post("/dossiers", form, "vi"), HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        HttpResponse<String> processing = client.send(post("/dossiers/processing", filed.body(), "vi"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Dvc4jJson.read(processing.body(), Dossier.class).status()).isEqualTo(DossierStatus.PROCESSING);
        HttpResponse<String> bad = client.send(post("/dossiers/processing", "{\"code\":\"x\",\"hacked\":true}", "en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"code\":\"json.wire-format\"", "Line 1:9 ($.code): Dossier code");
    }

    private HttpRequest post(String path, String body, String language) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
