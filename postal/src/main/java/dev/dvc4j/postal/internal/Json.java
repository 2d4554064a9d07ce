package dev.dvc4j.postal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.postal.TariffFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Reading postal data with typed errors. Not part of the API. */
public final class Json {

    private static final JsonMapper MAPPER = StrictJson.newMapper();

    private Json() {
    }

    /**
     * The mapper used for postal data.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a value from a stream.
     *
     * @param in the stream (not closed)
     * @param type the type
     * @param what what is read, for messages
     * @param <T> the type
     * @return the value
     * @throws TariffFormatException naming the problem
     */
    public static <T> T read(InputStream in, Class<T> type, String what) {
        Objects.requireNonNull(in, "in");
        try {
            return StrictJson.read(StrictJson.parser(MAPPER, what, in), MAPPER.readerFor(type), what);
        } catch (InputFormatException e) {
            throw new TariffFormatException(LocalizedText.of(e.problem().describe(false), e.problem().describe(true)), e);
        }
    }

    /**
     * Reads a value from a file.
     *
     * @param file the file
     * @param type the type
     * @param <T> the type
     * @return the value
     * @throws TariffFormatException naming the problem, or a missing file
     */
    public static <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, type, file.toString());
        } catch (NoSuchFileException e) {
            throw new TariffFormatException(LocalizedText.of("Không có tệp %s", "No such file: %s").formatted(file), e);
        } catch (IOException e) {
            throw new TariffFormatException(LocalizedText.of("%s: không đọc được: %s", "%s: cannot read: %s")
                    .formatted(file, e.getMessage()), e);
        }
    }

    /**
     * Reads a bundled resource next to this module's API package.
     *
     * @param name the resource name under {@code dev/dvc4j/postal/}
     * @param type the type
     * @param <T> the type
     * @return the value
     */
    public static <T> T resource(String name, Class<T> type) {
        try (InputStream in = Json.class.getResourceAsStream("/dev/dvc4j/postal/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource dev/dvc4j/postal/" + name);
            }
            return read(in, type, "dev/dvc4j/postal/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value as pretty JSON.
     *
     * @param value the value
     * @return the JSON
     */
    public static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

}
