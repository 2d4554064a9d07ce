package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.dvc4j.core.money.Vnd;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Direct codecs for dvc4j's value types, registered by the Jackson module: they call the type's parser and accessor
 * without the reflection Jackson's {@code @JsonCreator}/{@code @JsonValue} handling goes through for every value (the
 * annotations stay on the types and describe the same format). Not part of the API.
 */
public final class ValueCodecs {

    private ValueCodecs() {
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
     * Reads a JSON string with the type's parser; any other token, or text the parser rejects, is an error whose root
     * cause is the parser's bilingual exception.
     *
     * @param <T> the value type
     */
    public static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Parse<T> parse;

        /**
         * Creates the deserializer.
         *
         * @param type the value type
         * @param parse its parser
         */
        public TextDeserializer(Class<T> type, Parse<T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                throw rejected(p, text, handledType(), e);
            }
        }
    }

    /**
     * Writes a value as the JSON string its accessor gives.
     *
     * @param <T> the value type
     */
    public static final class TextSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final Format<T> format;

        /**
         * Creates the serializer.
         *
         * @param type the value type
         * @param format its accessor
         */
        public TextSerializer(Class<T> type, Format<T> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    /** Reads {@link Vnd} from a JSON integer of whole đồng. */
    public static final class VndDeserializer extends StdScalarDeserializer<Vnd> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public VndDeserializer() {
            super(Vnd.class);
        }

        @Override
        public Vnd deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Vnd) ctxt.handleUnexpectedToken(Vnd.class, p);
            }
            return Vnd.of(p.getLongValue());
        }
    }

    /** Writes {@link Vnd} as a JSON integer of whole đồng. */
    public static final class VndSerializer extends StdScalarSerializer<Vnd> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public VndSerializer() {
            super(Vnd.class);
        }

        @Override
        public void serialize(Vnd value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.dong());
        }
    }

    /**
     * Reads a scalar only from its own JSON type (a string, an integer, a boolean), sending any other token to the
     * context's problem handlers: the strict policy for readers that collect every problem of a document instead of
     * stopping at the first (Jackson's own scalar readers throw at once on a refused coercion).
     *
     * @param <T> the scalar type
     */
    public static final class ExactScalar<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final JsonToken token;

        /**
         * Creates the deserializer.
         *
         * @param type {@code String}, {@code Boolean}, {@code Integer} or {@code Long}
         */
        public ExactScalar(Class<T> type) {
            super(type);
            this.token = type == String.class ? JsonToken.VALUE_STRING
                    : type == Boolean.class ? JsonToken.VALUE_TRUE : JsonToken.VALUE_NUMBER_INT;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            Class<?> type = handledType();
            if (token == JsonToken.VALUE_TRUE && (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
                return (T) Boolean.valueOf(t == JsonToken.VALUE_TRUE);
            }
            if (t != token) {
                return (T) ctxt.handleUnexpectedToken(type, p);
            }
            if (type == String.class) {
                return (T) p.getText();
            }
            JsonParser.NumberType n = p.getNumberType();
            if (type == Integer.class && n == JsonParser.NumberType.INT) {
                return (T) Integer.valueOf(p.getIntValue());
            }
            if (type == Long.class && (n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG)) {
                return (T) Long.valueOf(p.getLongValue());
            }
            return (T) ctxt.handleWeirdNumberValue(type, p.getNumberValue(), "out of range");
        }
    }

    static InvalidFormatException rejected(JsonParser p, String text, Class<?> type, RuntimeException cause) {
        InvalidFormatException e = InvalidFormatException.from(p, cause.getMessage(), text, type);
        e.initCause(cause);
        return e;
    }
}
