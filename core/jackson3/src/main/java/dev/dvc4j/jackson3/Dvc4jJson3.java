package dev.dvc4j.jackson3;

import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson 3 mappers for dvc4j's wire format, with the strict reading policy and read limits of the Jackson
 * 2 mappers ({@link Dvc4jJson}): unknown properties, {@code null} for primitives, numbers for enums, trailing tokens,
 * duplicate keys and non-numeric numbers are rejected; nesting depth 64, strings up to 1,000,000 characters, numbers
 * up to 100 digits, documents up to 64 MiB. {@link #read(String, Class)} turns every problem into the same
 * {@link WireFormatException}, with its JSON path, that {@link Dvc4jJson#read(String, Class)} raises.
 */
public final class Dvc4jJson3 {

    private static final JsonMapper SHARED = newMapper();

    private Dvc4jJson3() {
    }

    /**
     * A mapper builder with dvc4j's module, the strict reading policy, the limits and the writing settings of the
     * wire format (declared property order, dates as strings, {@code /} unescaped). Hosts may add modules to it.
     *
     * @return a new builder
     */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Dvc4jJson.MAX_NESTING_DEPTH)
                        .maxStringLength(Dvc4jJson.MAX_STRING_LENGTH)
                        .maxNumberLength(Dvc4jJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(Dvc4jJson.MAX_DOCUMENT_LENGTH)
                        .build())
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Dvc4jJackson3Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    }

    /**
     * A new strict mapper. Jackson 3 mappers are immutable; make variants with {@code rebuild()}.
     *
     * @return a new mapper
     */
    public static JsonMapper newMapper() {
        return builder().build();
    }

    /**
     * The shared strict mapper.
     *
     * @return the shared mapper
     */
    public static JsonMapper mapper() {
        return SHARED;
    }

    /**
     * Reads a value with the shared mapper, turning every problem into a {@link WireFormatException}.
     *
     * @param json the JSON text
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the text is not a valid {@code type}
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return SHARED.readValue(json, type);
        } catch (JacksonException e) {
            throw wireFormatException(e);
        }
    }

    /**
     * Reads a value from a stream (UTF-8 or another JSON encoding) with the shared mapper, as
     * {@link #read(String, Class)}. The stream is not closed.
     *
     * @param in the stream
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the content is not a valid {@code type}
     */
    public static <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        try {
            return SHARED.readValue(in, type);
        } catch (JacksonException e) {
            throw wireFormatException(e);
        }
    }

    /**
     * Writes a value with the shared mapper.
     *
     * @param value the value
     * @return the JSON text, the same as {@link Dvc4jJson#write(Object)} gives
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        return SHARED.writeValueAsString(value);
    }

    /**
     * Converts a Jackson 3 exception into dvc4j's typed error, keeping the JSON path, the location and, when the cause
     * is a dvc4j error, its bilingual message.
     *
     * @param e Jackson's exception
     * @return the typed exception
     */
    public static WireFormatException wireFormatException(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        TokenStreamLocation loc = e.getLocation();
        return WireFormatException.of(e, path.length() == 0 ? "$" : path.toString(),
                loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), e.getOriginalMessage());
    }
}
