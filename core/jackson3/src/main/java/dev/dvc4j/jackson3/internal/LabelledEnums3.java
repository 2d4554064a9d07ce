package dev.dvc4j.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.Labelled;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * The Jackson 3 twin of the Jackson 2 module's Labelled enums: every {@link Labelled} enum read by its wire name
 * through {@link Labelled#find} (the old snake_case spelling too), as values and map keys, with the same typed error
 * for a name that is none. An enum that declares its own {@code @JsonCreator} keeps it. Not part of the API.
 */
public final class LabelledEnums3 {

    private LabelledEnums3() {
    }

    /** @return the value deserializers */
    public static Deserializers deserializers() {
        return new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription.Supplier beanDescRef) {
                return handles(type.getRawClass()) ? new ValueReader(type.getRawClass()) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return handles(valueType);
            }
        };
    }

    /** @return the key deserializers */
    public static KeyDeserializers keyDeserializers() {
        return (type, config, beanDescRef) -> handles(type.getRawClass()) ? new KeyReader(type.getRawClass()) : null;
    }

    private static boolean handles(Class<?> type) {
        if (!type.isEnum() || !Labelled.class.isAssignableFrom(type)) {
            return false;
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Class<?> type, String text) {
        Optional<?> found = Labelled.find((Class) type, text);
        if (found.isEmpty()) {
            throw Labelled.unknown((Class<? extends Labelled>) type, text);
        }
        return found.get();
    }

    private static final class ValueReader extends StdScalarDeserializer<Object> {
        ValueReader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString();
            try {
                return read(handledType(), text);
            } catch (RuntimeException e) {
                throw Codecs.rejected(p, text, handledType(), e);
            }
        }
    }

    private static final class KeyReader extends KeyDeserializer {
        private final Class<?> type;

        KeyReader(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            try {
                return read(type, key);
            } catch (RuntimeException e) {
                return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
            }
        }
    }
}
