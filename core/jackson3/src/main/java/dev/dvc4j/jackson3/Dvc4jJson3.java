package dev.dvc4j.jackson3;

import dev.dvc4j.core.internal.json.InputTexts;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.internal.json.Utf8Input;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.jackson3.internal.Problems3;
import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Ready-made Jackson 3 mappers for dvc4j's wire format, with the strict reading policy and read limits of the Jackson
 * 2 mappers ({@link Dvc4jJson}): unknown properties, duplicate keys, {@code null} for primitives, numbers for enums,
 * coercion between types, non-numeric numbers and trailing tokens are rejected; nesting depth 64, strings up to
 * 1,000,000 characters, numbers up to 100 characters, names up to 50,000 characters, documents up to 64 MiB and
 * 2,000,000 tokens. The {@code read} methods read bytes as strict UTF-8 (a byte order mark accepted at the start),
 * refuse an empty or {@code null} document and turn every problem into the same {@link WireFormatException}, with the
 * same code, line, column and JSON path, that {@link Dvc4jJson}'s raise.
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
                        .maxNameLength(StrictJson.MAX_NAME_LENGTH)
                        .maxTokenCount(StrictJson.MAX_TOKENS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
        JsonParser parser;
        try {
            parser = SHARED.createParser(StrictJson.checked("", json));
        } catch (InputFormatException e) {
            throw WireFormatException.of(e);
        } catch (JacksonException e) {
            throw new WireFormatException(Problems3.of("", e, StrictJson.LIMITS), e);
        }
        return read(parser, SHARED.readerFor(type), "");
    }

    /**
     * Reads a value from UTF-8 bytes with the shared mapper, as {@link Dvc4jJson#read(String, InputStream, Class)}
     * does on Jackson 2: strict UTF-8, every limit checked while streaming.
     *
     * @param source the input's name in messages (a file name), or empty
     * @param in the bytes (not closed)
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the bytes are not a valid {@code type}
     */
    public static <T> T read(String source, InputStream in, Class<T> type) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        JsonParser parser;
        try {
            parser = SHARED.createParser(new Utf8Input(source, in, Dvc4jJson.MAX_DOCUMENT_LENGTH));
        } catch (JacksonException e) {
            throw new WireFormatException(Problems3.of(source, e, StrictJson.LIMITS), e);
        }
        return read(parser, SHARED.readerFor(type), source);
    }

    private static <T> T read(JsonParser parser, ObjectReader reader, String source) {
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new WireFormatException(new ReadProblem(source, 0, 0, "$", InputTexts.EMPTY, InputTexts.empty()), null);
            }
            if (first == JsonToken.VALUE_NULL) {
                throw new WireFormatException(new ReadProblem(source, p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), "$", InputTexts.NULL, InputTexts.nullDocument()), null);
            }
            T value = reader.readValue(p);
            if (p.nextToken() != null) {
                throw new WireFormatException(new ReadProblem(source, p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), "$", InputTexts.TRAILING, InputTexts.trailing()), null);
            }
            return value;
        } catch (WireFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WireFormatException(Problems3.of(source, e, StrictJson.LIMITS), e);
        }
    }

    /**
     * Reads a value from a stream of UTF-8 bytes with the shared mapper, as {@link #read(String, InputStream, Class)}
     * with no name for the input. The stream is not closed.
     *
     * @param in the stream
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the content is not a valid {@code type}
     */
    public static <T> T read(InputStream in, Class<T> type) {
        return read("", in, type);
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
        return new WireFormatException(Problems3.of("", e, StrictJson.LIMITS), e);
    }
}
