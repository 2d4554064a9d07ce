package dev.dvc4j.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.internal.json.JsonProblems;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.InputFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Ready-made Jackson mappers configured for dvc4j's wire format, and the {@code read} methods that apply dvc4j's one
 * reading policy to it.
 *
 * <p>Read limits (documented so hosts can rely on them, checked while streaming and exact at the boundary): nesting
 * depth 64, a string at most 1,000,000 characters, a number at most 100 characters, a property name at most 50,000
 * characters, a document at most 64 MiB and 2,000,000 tokens. Unknown properties, duplicate keys, {@code null} for
 * primitives, numbers for enums, {@code NaN}, coercion between types (a decimal for an integer, a string for a number
 * or boolean, a number for a string) and anything after the document are rejected. The {@code read} methods also
 * read bytes as strict UTF-8 (a byte order mark accepted at the start) and refuse an empty or {@code null} document.
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

    private static final JsonMapper SHARED = newMapper();
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
            return StrictJson.read(StrictJson.parser(SHARED, "", json), SHARED.readerFor(type), "");
        } catch (InputFormatException e) {
            throw WireFormatException.of(e);
        }
    }

    /**
     * Reads a value from UTF-8 bytes with the shared mapper, as {@link #read(String, Class)}: the bytes are read as
     * they come, every limit checked while streaming, and a malformed UTF-8 byte named with its line and column.
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
        try {
            return StrictJson.read(StrictJson.parser(SHARED, source, in), SHARED.readerFor(type), source);
        } catch (InputFormatException e) {
            throw WireFormatException.of(e);
        }
    }

    /**
     * Reads a value from a file, as {@link #read(String, InputStream, Class)}, naming the file in messages.
     *
     * @param file the file
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the file is not a valid {@code type}, or cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, type);
        } catch (IOException e) {
            throw WireFormatException.of(JsonProblems.exception(file.toString(), e, StrictJson.LIMITS));
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
