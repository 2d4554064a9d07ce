package dev.dvc4j.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalRecord;
import dev.dvc4j.core.portal.SyncRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** Which types the converter takes, which library it names, and a malformed body as an unreadable message. */
class Dvc4jHttpMessageConverterTest {

    static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json");

    @Test
    void itNamesTheJacksonLineItWasMadeFor() {
        assertThat(new Dvc4jHttpMessageConverter(false).library()).isEqualTo("jackson2");
        assertThat(new Dvc4jHttpMessageConverter(true).library()).isEqualTo("jackson3");
        assertThat(new Dvc4jHttpMessageConverter().library()).isEqualTo(Classes.JACKSON3 ? "jackson3" : "jackson2");
    }

    @Test
    void itReadsAndWritesDossiersEventsAndPortalRecordsAndOnlyWritesSyncRequests() {
        Dvc4jHttpMessageConverter c = new Dvc4jHttpMessageConverter(false);
        for (Class<?> type : new Class<?>[] {Dossier.class, DossierEvent.class, dev.dvc4j.core.dossier.Filed.class, PortalRecord.class,
                PortalDossier.class}) {
            assertThat(c.canRead(type, MediaType.APPLICATION_JSON)).as("read %s", type).isTrue();
            assertThat(c.canWrite(type, MediaType.APPLICATION_JSON)).as("write %s", type).isTrue();
            assertThat(c.canRead(type, PROBLEM)).as("read %s as +json", type).isTrue();
            assertThat(c.canRead(type, MediaType.TEXT_PLAIN)).as("read %s as text", type).isFalse();
        }
        assertThat(c.canRead(SyncRequest.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(c.canWrite(SyncRequest.class, MediaType.APPLICATION_JSON)).isTrue();
        for (Class<?> type : new Class<?>[] {String.class, Object.class, java.util.Map.class}) {
            assertThat(c.canRead(type, MediaType.APPLICATION_JSON)).as("read %s", type).isFalse();
            assertThat(c.canWrite(type, MediaType.APPLICATION_JSON)).as("write %s", type).isFalse();
        }
        boolean stats = Classes.STATS;
        if (stats) {
            assertThat(c.canRead(dev.dvc4j.stats.DossierFacts.class, MediaType.APPLICATION_JSON)).isTrue();
        }
    }

    @Test
    void aMalformedBodyIsUnreadableWithTheWireFormatErrorAsItsCause() {
        Dvc4jHttpMessageConverter c = new Dvc4jHttpMessageConverter(false);
        MockHttpInputMessage body = new MockHttpInputMessage("{\"code\": [".getBytes(StandardCharsets.UTF_8));
        body.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        assertThatThrownBy(() -> c.read(Dossier.class, body)).isInstanceOf(HttpMessageNotReadableException.class)
                .hasCauseInstanceOf(WireFormatException.class);
    }
}
