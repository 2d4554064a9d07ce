package dev.dvc4j.jackson3.internal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.internal.json.VnTimes;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * The Jackson 3 twins of dvc4j's Jackson 2 codecs ({@code dev.dvc4j.core.internal.json.ValueCodecs},
 * {@code VnTimeSerializer}, the portal's {@code PortalCodecs}): the same tokens written, the same tokens accepted,
 * the same errors. The formats themselves are the value types' own parsers and formatters. Not part of the API.
 */
public final class Codecs {

    private Codecs() {
    }

    /** A parser that a deserializer can hold. */
    @FunctionalInterface
    public interface Parse<T> extends Function<String, T>, Serializable {
    }

    /** An accessor that a serializer can hold. */
    @FunctionalInterface
    public interface Format<T> extends Function<T, String>, Serializable {
    }

    /**
     * Registers a text codec on a module.
     *
     * @param m the module
     * @param type the value type
     * @param parse its parser
     * @param format its formatter
     * @param <T> the value type
     */
    public static <T> void text(SimpleModule m, Class<T> type, Parse<T> parse, Format<T> format) {
        m.addSerializer(type, new TextSerializer<>(type, format));
        m.addDeserializer(type, new TextDeserializer<>(type, parse));
    }

    /** Reads a JSON string with the type's parser; a rejected text keeps the parser's bilingual error as cause. */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private final Parse<T> parse;

        TextDeserializer(Class<T> type, Parse<T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                throw rejected(p, text, handledType(), e);
            }
        }
    }

    /** Writes a value as the JSON string its accessor gives. */
    static final class TextSerializer<T> extends StdScalarSerializer<T> {
        private final Format<T> format;

        TextSerializer(Class<T> type, Format<T> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(format.apply(value));
        }
    }

    /** Reads {@link Vnd} from a JSON integer of whole đồng. */
    public static final class VndDeserializer extends StdScalarDeserializer<Vnd> {
        /** Creates the deserializer. */
        public VndDeserializer() {
            super(Vnd.class);
        }

        @Override
        public Vnd deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Vnd) ctxt.handleUnexpectedToken(Vnd.class, p);
            }
            return Vnd.of(p.getLongValue());
        }
    }

    /** Writes {@link Vnd} as a JSON integer of whole đồng. */
    public static final class VndSerializer extends StdScalarSerializer<Vnd> {
        /** Creates the serializer. */
        public VndSerializer() {
            super(Vnd.class);
        }

        @Override
        public void serialize(Vnd value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.dong());
        }
    }

    /** Writes an instant as ISO-8601 at +07:00 ({@code @VnTime}). */
    static final class VnTimeSerializer extends StdScalarSerializer<Instant> {
        VnTimeSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(VnTimes.format(value));
        }
    }

    /** Reads an ISO-8601 offset date-time into an instant ({@code @VnTime}). */
    static final class VnTimeDeserializer extends StdScalarDeserializer<Instant> {
        VnTimeDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return VnTimes.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getString(),
                        "expected an ISO-8601 date-time with offset, such as 2026-02-13T16:00:00+07:00");
            }
        }
    }

    /** Writes an instant as the portal's {@code yyyyMMddHHmmss}. */
    static final class PortalTimeSerializer extends StdScalarSerializer<Instant> {
        PortalTimeSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(PortalTime.format(value));
        }
    }

    /** Reads the portal's {@code yyyyMMddHHmmss}; an empty string is {@code null}. */
    static final class PortalTimeDeserializer extends StdScalarDeserializer<Instant> {
        PortalTimeDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
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
    static final class StatusSerializer extends StdScalarSerializer<DossierStatus> {
        StatusSerializer() {
            super(DossierStatus.class);
        }

        @Override
        public void serialize(DossierStatus value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.portalCode());
        }
    }

    /** Reads a status code, 1 to 10. */
    static final class StatusDeserializer extends StdScalarDeserializer<DossierStatus> {
        StatusDeserializer() {
            super(DossierStatus.class);
        }

        @Override
        public DossierStatus deserialize(JsonParser p, DeserializationContext ctxt) {
            Integer code = code(p, ctxt, DossierStatus.class);
            try {
                return code == null ? null : DossierStatus.fromPortalCode(code);
            } catch (Dvc4jException e) {
                return (DossierStatus) ctxt.handleWeirdNumberValue(DossierStatus.class, code, "%s", e.getMessage());
            }
        }
    }

    /** Writes a channel as its portal code, 1 to 3. */
    static final class ChannelSerializer extends StdScalarSerializer<Channel> {
        ChannelSerializer() {
            super(Channel.class);
        }

        @Override
        public void serialize(Channel value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.portalCode());
        }
    }

    /** Reads a channel code, 1 to 3. */
    static final class ChannelDeserializer extends StdScalarDeserializer<Channel> {
        ChannelDeserializer() {
            super(Channel.class);
        }

        @Override
        public Channel deserialize(JsonParser p, DeserializationContext ctxt) {
            Integer code = code(p, ctxt, Channel.class);
            try {
                return code == null ? null : Channel.fromPortalCode(code);
            } catch (Dvc4jException e) {
                return (Channel) ctxt.handleWeirdNumberValue(Channel.class, code, "%s", e.getMessage());
            }
        }
    }

    /** Writes a flag as {@code 1} (yes) or {@code 0} (no). */
    static final class FlagSerializer extends StdScalarSerializer<Boolean> {
        FlagSerializer() {
            super(Boolean.class);
        }

        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value ? 1 : 0);
        }
    }

    /** Reads a flag: {@code 1}/{@code 0}, {@code "1"}/{@code "0"} or {@code true}/{@code false}. */
    static final class FlagDeserializer extends StdScalarDeserializer<Boolean> {
        FlagDeserializer() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
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

    private static Integer code(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String s = p.getString().strip();
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

    static InvalidFormatException rejected(JsonParser p, String text, Class<?> type, RuntimeException cause) {
        InvalidFormatException e = InvalidFormatException.from(p, cause.getMessage(), text, type);
        e.initCause(cause);
        return e;
    }
}
