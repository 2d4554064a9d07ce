package dev.dvc4j.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.PortalService;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.portal.SyncResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example client against a local HTTP server on the loopback address. */
class JavaHttpPortalClientTest {

    HttpServer server;
    final List<SyncRequest> received = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    final List<String> tokens = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String answer = "{\"error_code\": 0, \"message\": \"Thành công\"}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sync", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (exchange.getRequestMethod().equals("POST")) {
                    received.add(PortalReader.defaults().readStrict(body));
                }
                contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Session-Token")));
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sync");
    }

    JavaHttpPortalClient client() {
        return new JavaHttpPortalClient(endpoint(), HttpClient.newHttpClient(), Duration.ofSeconds(10),
                Map.of("X-Session-Token", "phien-123"));
    }

    @Test
    void postsThePayloadAndReadsTheAnswer() throws IOException {
        SyncRequest request = PortalMapper.defaults().syncRequest(List.of(PortalSyncExample.demoDossier()), false);
        SyncResponse response = client().send(request);
        assertThat(response.isSuccess()).isTrue();
        assertThat(response.message()).isEqualTo("Thành công");
        assertThat(received).containsExactly(request);
        assertThat(contentTypes).containsExactly("application/json; charset=utf-8");
        assertThat(tokens).containsExactly("phien-123");
    }

    @Test
    void aRefusalByThePortalIsAnAnswerNotAnError() throws IOException {
        answer = "{\"error_code\": \"-1\", \"message\": \"Mã TTHC không tồn tại\"}";
        SyncResponse response = client().send(PortalMapper.defaults().syncRequest(List.of(PortalSyncExample.demoDossier()), true));
        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorCode()).isEqualTo("-1");
    }

    @Test
    void httpErrorsAndUnreadableAnswersAreIoExceptions() {
        SyncRequest request = PortalMapper.defaults().syncRequest(List.of(PortalSyncExample.demoDossier()), false);
        status = 502;
        answer = "<html>Bad Gateway</html>";
        assertThatThrownBy(() -> client().send(request)).isInstanceOf(IOException.class).hasMessageContaining("HTTP 502");
        status = 200;
        assertThatThrownBy(() -> client().send(request)).isInstanceOf(IOException.class).hasMessageContaining("unreadable")
                .hasMessageNotContaining("042095001234");
    }

    @Test
    void theExampleSendsDossiersThenProgress() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = PortalSyncExample.run(client(), PortalMapper.defaults(), List.of(PortalSyncExample.demoDossier()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(received).extracting(SyncRequest::service)
                .containsExactly(PortalService.SYNC_DOSSIERS, PortalService.UPDATE_PROGRESS);
        assertThat(received.get(1).progress()).hasSize(PortalSyncExample.demoDossier().version());
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "error_code 0").doesNotContain("042095001234", "Nguyễn");
    }

    @Test
    void theExampleStopsAfterARefusedSync() throws IOException {
        answer = "{\"error_code\": 1, \"message\": \"Lỗi\"}";
        int exit = PortalSyncExample.run(client(), PortalMapper.defaults(), List.of(PortalSyncExample.demoDossier()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(received).hasSize(1);
    }
}
