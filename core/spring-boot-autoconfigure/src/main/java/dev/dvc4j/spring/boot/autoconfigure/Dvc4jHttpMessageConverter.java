package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.portal.PortalRecord;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.jackson3.Dvc4jJson3;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes dvc4j's own types (dossiers, events, national-portal records and requests, and dossier facts with
 * dvc4j-stats) in the wire format with dvc4j's strict mapper, whatever the application's mapper is configured to
 * accept: unknown fields, trailing text, duplicate keys and input past the documented limits are refused with a
 * {@link WireFormatException} (wrapped in Spring's {@link HttpMessageNotReadableException}). It uses Jackson 3 when
 * the application has it and dvc4j-jackson3, Jackson 2 otherwise; both write the same bytes. Other types are left to
 * the application's converters.
 */
public class Dvc4jHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

    private final Wire wire;

    /** A converter on the Jackson the application has (Jackson 3 if present, else Jackson 2). */
    public Dvc4jHttpMessageConverter() {
        this(Classes.JACKSON3);
    }

    /**
     * A converter on a chosen Jackson.
     *
     * @param jackson3 whether to use Jackson 3 (needs {@code tools.jackson} and dvc4j-jackson3)
     */
    public Dvc4jHttpMessageConverter(boolean jackson3) {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.wire = jackson3 ? new Jackson3Wire() : new Jackson2Wire();
    }

    /** @return {@code "jackson3"} or {@code "jackson2"}: the library that reads and writes */
    public String library() {
        return wire instanceof Jackson3Wire ? "jackson3" : "jackson2";
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Dossier.class.isAssignableFrom(clazz) || DossierEvent.class.isAssignableFrom(clazz)
                || PortalRecord.class.isAssignableFrom(clazz) || SyncRequest.class == clazz
                || Classes.STATS && "dev.dvc4j.stats.DossierFacts".equals(clazz.getName());
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        // a sync request is read by PortalReader, which collects every problem of a payload
        return clazz != SyncRequest.class && super.canRead(clazz, mediaType);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
        try {
            return wire.read(input.getBody(), clazz);
        } catch (WireFormatException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        wire.write(value, output.getBody());
    }

    /** One Jackson. */
    private interface Wire {
        Object read(InputStream in, Class<?> type) throws IOException;

        void write(Object value, OutputStream out) throws IOException;
    }

    private static final class Jackson2Wire implements Wire {
        @Override
        public Object read(InputStream in, Class<?> type) throws IOException {
            return Dvc4jJson.read("", in, type);
        }

        @Override
        public void write(Object value, OutputStream out) throws IOException {
            out.write(Dvc4jJson.mapper().writeValueAsBytes(value));
        }
    }

    private static final class Jackson3Wire implements Wire {
        @Override
        public Object read(InputStream in, Class<?> type) {
            return Dvc4jJson3.read(in, type);
        }

        @Override
        public void write(Object value, OutputStream out) throws IOException {
            out.write(Dvc4jJson3.mapper().writeValueAsBytes(value));
        }
    }
}
