package dev.dvc4j.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson mappers configured for dvc4j's wire format.
 *
 * <p>Read limits (documented so hosts can rely on them): nesting depth 64, a string at most 1,000,000 characters,
 * a number at most 100 digits, a document at most 64 MiB. Unknown properties are rejected, as are {@code null}
 * for primitives and numbers for enums; trailing tokens after the document are an error.
 */
public final class Dvc4jJson {

    /** Maximum nesting depth accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Maximum length of one string value. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Maximum length of a number. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Maximum length of a document in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final ObjectMapper SHARED = newMapper();
    private static final ObjectMapper CANONICAL = canonicalMapper();

    private Dvc4jJson() {
    }

    /**
     * A new mapper with dvc4j's module, strict reading and the documented limits. Callers may change it.
     *
     * @return a new mapper
     */
    public static JsonMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Dvc4jJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        return mapper;
    }

    private static ObjectMapper canonicalMapper() {
        JsonMapper m = newMapper();
        m.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
        m.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        return m;
    }

    /**
     * A shared mapper with {@link #newMapper()}'s configuration. Do not reconfigure it; use its readers and writers.
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /**
     * The mapper that writes canonical JSON: properties sorted alphabetically, map keys sorted, no whitespace. The
     * hash chain of dossier events hashes this form.
     *
     * @return the canonical mapper
     */
    public static ObjectMapper canonical() {
        return CANONICAL;
    }

    /**
     * Reads a value with the shared mapper, turning every problem into a {@link WireFormatException} with its JSON
     * path: the convenient way to read dvc4j's wire format.
     *
     * @param json the JSON text
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the text is not a valid {@code type}
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return SHARED.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw WireFormatException.of(e);
        }
    }

    /**
     * Writes a value with the shared mapper.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return SHARED.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a dvc4j value could not be written as JSON", e);
        }
    }
}
