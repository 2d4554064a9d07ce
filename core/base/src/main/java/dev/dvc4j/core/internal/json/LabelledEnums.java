package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.dvc4j.core.Labelled;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Reads every {@link Labelled} enum by its wire name through {@link Labelled#find}, so JSON values and map keys accept
 * the kebab-case name and, for one release, the old snake_case spelling (logged as deprecated). An enum that declares
 * its own {@code @JsonCreator} factory keeps it (such factories read through {@code Labelled} themselves). Writing
 * needs nothing here: {@link Labelled#wireName()} is the {@code @JsonValue}. Not part of the API.
 */
public final class LabelledEnums extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public LabelledEnums() {
        super("dvc4j-labelled-enums");
    }

    @Override
    public Object getTypeId() {
        return LabelledEnums.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        // Nothing is registered through SimpleModule's own lists, so there is nothing for its setupModule to add.
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription beanDesc) {
                return handles(type) ? new ValueDeserializer(type) : null;
            }
        });
        context.addKeyDeserializers(new KeyDeserializers() {
            @Override
            public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                                                       BeanDescription beanDesc) {
                return handles(type.getRawClass()) ? new KeyReader(type.getRawClass()) : null;
            }
        });
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

    private static final class ValueDeserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        ValueDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return read(handledType(), text);
            } catch (RuntimeException e) {
                throw ValueCodecs.rejected(p, text, handledType(), e);
            }
        }
    }

    private static final class KeyReader extends KeyDeserializer {
        private final Class<?> type;

        KeyReader(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return read(type, key);
            } catch (RuntimeException e) {
                return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
            }
        }
    }
}
