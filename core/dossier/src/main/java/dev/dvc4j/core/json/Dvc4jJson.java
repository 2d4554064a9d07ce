package dev.dvc4j.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.internal.json.StrictJson;
import java.util.Objects;

/**
 * Ready-made Jackson mappers configured for dvc4j's wire format.
 *
 * <p>Read limits (documented so hosts can rely on them): nesting depth 64, a string at most 1,000,000 characters,
 * a number at most 100 digits, a document at most 64 MiB. Unknown properties are rejected, as are {@code null}
 * for primitives and numbers for enums; trailing tokens after the document are an error.
 */
public final class Dvc4jJson {

    /** Maximum nesting depth accepted. */
    public static final int MAX_NESTING_DEPTH = StrictJson.MAX_NESTING_DEPTH;
    /** Maximum length of one string value. */
    public static final int MAX_STRING_LENGTH = StrictJson.MAX_STRING_LENGTH;
    /** Maximum length of a number. */
    public static final int MAX_NUMBER_LENGTH = StrictJson.MAX_NUMBER_LENGTH;
    /** Maximum length of a document in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = StrictJson.MAX_DOCUMENT_LENGTH;

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
        return StrictJson.limit(StrictJson.builder().addModule(new Dvc4jJacksonModule()).build());
    }

    private static ObjectMapper canonicalMapper() {
        return StrictJson.canonical(StrictJson.builder().addModule(new Dvc4jJacksonModule()));
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
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
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
        Objects.requireNonNull(value, "value");
        try {
            return SHARED.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a dvc4j value could not be written as JSON", e);
        }
    }
}
