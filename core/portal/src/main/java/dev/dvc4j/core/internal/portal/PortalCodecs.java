package dev.dvc4j.core.internal.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.portal.PortalTime;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Jackson serializers and deserializers for the portal's encodings: {@code yyyyMMddHHmmss} date-times, status and
 * channel codes as numbers, yes/no flags as {@code 1}/{@code 0}. Used through annotations on the payload records;
 * not part of the API. Deserializers accept a number or a string of digits, as integrations send either.
 */
public final class PortalCodecs {

    private PortalCodecs() {
    }

    /** Writes an instant as {@code yyyyMMddHHmmss}. */
    public static final class TimeSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(PortalTime.format(value));
        }
    }

    /** Reads {@code yyyyMMddHHmmss}; an empty string is {@code null}. */
    public static final class TimeDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = p.getValueAsString();
            if (s == null) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            if (s.isEmpty()) {
                return null;
            }
            try {
                return PortalTime.parse(s);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, s, "not " + PortalTime.PATTERN);
            }
        }
    }

    /** Writes a status as its portal code, 1 to 10. */
    public static final class StatusSerializer extends JsonSerializer<DossierStatus> {
        @Override
        public void serialize(DossierStatus value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(value.portalCode());
        }
    }

    /** Reads a status code, 1 to 10. */
    public static final class StatusDeserializer extends JsonDeserializer<DossierStatus> {
        @Override
        public DossierStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Integer code = code(p, ctxt, DossierStatus.class);
            try {
                return code == null ? null : DossierStatus.fromPortalCode(code);
            } catch (Dvc4jException e) {
                return (DossierStatus) ctxt.handleWeirdNumberValue(DossierStatus.class, code, "%s", e.getMessage());
            }
        }
    }

    /** Writes a channel as its portal code, 1 to 3. */
    public static final class ChannelSerializer extends JsonSerializer<Channel> {
        @Override
        public void serialize(Channel value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(value.portalCode());
        }
    }

    /** Reads a channel code, 1 to 3. */
    public static final class ChannelDeserializer extends JsonDeserializer<Channel> {
        @Override
        public Channel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Integer code = code(p, ctxt, Channel.class);
            try {
                return code == null ? null : Channel.fromPortalCode(code);
            } catch (Dvc4jException e) {
                return (Channel) ctxt.handleWeirdNumberValue(Channel.class, code, "%s", e.getMessage());
            }
        }
    }

    /** Writes a flag as {@code 1} (yes) or {@code 0} (no). */
    public static final class FlagSerializer extends JsonSerializer<Boolean> {
        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(value ? 1 : 0);
        }
    }

    /** Reads a flag: {@code 1}/{@code 0}, {@code "1"}/{@code "0"} or {@code true}/{@code false}. */
    public static final class FlagDeserializer extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                return p.getBooleanValue();
            }
            Integer code = code(p, ctxt, Boolean.class);
            if (code == null) {
                return null;
            }
            if (code != 0 && code != 1) {
                return (Boolean) ctxt.handleWeirdNumberValue(Boolean.class, code, "a flag is 0 or 1");
            }
            return code == 1;
        }
    }

    private static Integer code(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String s = p.getText().strip();
            if (s.isEmpty()) {
                return null;
            }
            if (s.matches("\\d{1,9}")) {
                return Integer.parseInt(s);
            }
            ctxt.handleWeirdStringValue(type, s, "not a numeric code");
            return null;
        }
        ctxt.handleUnexpectedToken(type, p);
        return null;
    }
}
