package dev.dvc4j.stats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.internal.json.JsonProblems;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import java.io.IOException;

/**
 * Reads the facts of one dvc4j dossier per line (what {@code dvc4j generate} and hosts export): the line is read with
 * {@link Dossier#fromJson}, which replays the events through the lifecycle and verifies every hash link and the head
 * hash, and the dossier is mapped to facts by a {@link FactsMapper}.
 *
 * <p>{@code Dossier.fromJson} reads a line as dvc4j writes it straight from its bytes, and anything else with
 * Jackson's data binding of {@link Dossier} (the one definition of the wire format, duplicate keys refused). A line
 * it refuses is read again here by a Jackson parser of its own, to tell its problem in this reader's terms: the
 * position in the line, the JSON path and a code.
 *
 * <p>One instance per worker thread.
 */
public final class DossierLineParser implements BlockIngest.Parser<DossierFacts> {

    private static final ObjectReader DOSSIER = Dvc4jJson.mapper().readerFor(Dossier.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final FactsMapper mapper;

    /**
     * A parser.
     *
     * @param mapper how a dossier becomes facts
     */
    public DossierLineParser(FactsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public DossierFacts parse(byte[] b, int start, int end) {
        int i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
            i++;
        }
        if (i >= end || b[i] != '{') {
            throw new Malformed(i, "$", "input.json", LocalizedText.of("JSON hỏng: cần một đối tượng JSON (một hồ sơ)",
                    "Malformed JSON: expected a JSON object (a dossier)"));
        }
        Dossier dossier;
        try {
            dossier = Dossier.fromJson(b, i, end - i);
        } catch (RuntimeException e) {
            throw alone(b, i, end);
        }
        try {
            return mapper.fromDossier(dossier);
        } catch (Dvc4jException e) {
            throw new Malformed(Malformed.NO_POSITION, "", e.code(), e.text());
        }
    }

    /** Reads one line with a parser of its own, to tell its problem whatever comes after it. */
    private Malformed alone(byte[] b, int start, int end) {
        JsonParser p = null;
        try {
            p = DOSSIER.createParser(b, start, end - start);
            p.nextToken();
            DOSSIER.readValue(p);
            int after = (int) (start + p.currentLocation().getByteOffset());
            return new Malformed(after, "$", "input.json", LocalizedText.of("JSON hỏng: cần hết dòng sau đối tượng",
                    "Malformed JSON: expected nothing after the object"));
        } catch (JsonProcessingException e) {
            return problem(e, p, b, start, end);
        } catch (IOException | RuntimeException e) {
            return new Malformed(Malformed.NO_POSITION, "$", "input.record", LocalizedText.of(
                    "Không đọc được hồ sơ", "The dossier could not be read"));
        } finally {
            close(p);
        }
    }

    private static Malformed notEnded(int end) {
        return new Malformed(end, "$", "input.json", LocalizedText.of(
                "JSON hỏng: đối tượng chưa đóng khi hết dòng", "Malformed JSON: the object does not end on its line"));
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // a parser over bytes in memory has nothing to release that can fail
            }
        }
    }

    /** Jackson's exception as a problem of the line, in dvc4j's words: its position, its JSON path, a code. */
    private Malformed problem(JsonProcessingException e, JsonParser p, byte[] b, int start, int end) {
        int bad = Utf8.firstMalformed(b, start, end);
        if (bad >= 0) {
            return new Malformed(bad, "", "input.utf8", LocalizedText.of("Byte UTF-8 không hợp lệ", "Malformed UTF-8"));
        }
        int at = Malformed.NO_POSITION;
        if (e.getLocation() != null && e.getLocation().getByteOffset() >= 0) {
            long where = start + e.getLocation().getByteOffset();
            boolean closed = p.getParsingContext().inRoot();
            if (where >= end && !closed) {
                return notEnded(end); // the line ends inside its object
            }
            at = (int) Math.min(where, end);
        }
        // Malformed JSON is where the parser stopped (data binding, which wraps it, names only the object it was in);
        // a value data binding refused is where binding was.
        boolean malformed = JsonProblems.find(e, StreamReadException.class) != null;
        String path = !malformed && e instanceof JsonMappingException m && !m.getPath().isEmpty() ? JsonProblems.path(m)
                : JsonProblems.path(p.getParsingContext());
        Dvc4jException d = JsonProblems.find(e, Dvc4jException.class);
        if (d != null) {
            return new Malformed(at, path, d.code(), d.text());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new Malformed(at, path, "input.unknown-property", LocalizedText.of(
                    "Thuộc tính không xác định \"%s\"", "Unknown property \"%s\"").formatted(u.getPropertyName()));
        }
        if (e instanceof InvalidTypeIdException t) {
            return new Malformed(at, path, "input.type-id", LocalizedText.of(
                    "Loại không xác định \"%s\"", "Unknown type \"%s\"").formatted(t.getTypeId()));
        }
        if (e instanceof InvalidFormatException) {
            return new Malformed(at, path, "input.value", LocalizedText.of("Giá trị không hợp lệ", "Invalid value"));
        }
        if (e instanceof MismatchedInputException) {
            return new Malformed(at, path, "input.type", LocalizedText.of(
                    "Giá trị sai kiểu hoặc thiếu giá trị bắt buộc", "A value of the wrong type, or a required value missing"));
        }
        if (e instanceof StreamConstraintsException) {
            return new Malformed(at, path, "input.limit", LocalizedText.of(
                    "Vượt giới hạn đọc (độ sâu, độ dài chuỗi hoặc số)", "A read limit (nesting, string or number length) is exceeded"));
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            return new Malformed(at, path, "input.duplicate-key", LocalizedText.of("Khóa lặp lại", "A key is repeated"));
        }
        return new Malformed(at, path, "input.json", LocalizedText.of("JSON hỏng", "Malformed JSON"));
    }
}
