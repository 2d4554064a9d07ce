package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.io.ReadLimits;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.money.Vnd;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The one reading policy of dvc4j's JSON, shared by every artifact: the wire format's mapper builds on it, and so do
 * the readers of bundled and host-supplied data (provinces, holidays, tariffs, catalogues, targets, portal payloads).
 *
 * <ul>
 *   <li>Strict UTF-8 ({@link Utf8Input}): a malformed byte is a problem with its line and column, never U+FFFD; a byte
 *       order mark is accepted at the start.</li>
 *   <li>Duplicate keys are refused by the parser itself, for trees and data binding alike ({@link DuplicateKeyParser},
 *       a cheaper check than Jackson's own, with the same error).</li>
 *   <li>No coercion between types: a decimal is not read as an integer, a string not as a number or boolean, a
 *       number or boolean not as a string, an empty string not as {@code null}; dates and times are strings.</li>
 *   <li>Unknown properties, {@code null} for primitives, numbers for enums, {@code NaN}/{@code Infinity} and anything
 *       after the document are refused; an empty or {@code null} document is refused by the {@code read} methods.</li>
 *   <li>The documented limits ({@link ReadLimits#DEFAULTS}, {@link #MAX_TOKENS}, {@link #MAX_NAME_LENGTH}) are
 *       checked while streaming and exact at the boundary.</li>
 * </ul>
 *
 * <p>The {@code read} methods turn every failure into an {@link InputFormatException} whose {@link ReadProblem} names
 * the input, line, column and JSON path in both languages ({@link JsonProblems}). Not part of the API.
 */
public final class StrictJson {

    /** Maximum nesting depth accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Maximum length of one string value. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Maximum length of a number. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Maximum length of a document in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** Maximum length of a property name, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;
    /**
     * Maximum number of tokens of one document (each name, value, and start or end of an object or array counts
     * one): it bounds the memory a document read whole can take, whatever its bytes hold.
     */
    public static final long MAX_TOKENS = 2_000_000;

    /** The limits the readers apply. */
    public static final ReadLimits LIMITS = ReadLimits.DEFAULTS;

    private static final JsonMapper SHARED = newMapper();

    private StrictJson() {
    }

    /**
     * A shared strict mapper; do not reconfigure it.
     *
     * @return the shared mapper
     */
    public static JsonMapper shared() {
        return SHARED;
    }

    /**
     * A mapper builder with the strict reading policy, the limits, {@code java.time} support and the codecs of the
     * base value types (identifiers and {@link Vnd}). Artifacts add their own modules before building.
     *
     * @return a new builder
     */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = new StrictJsonFactory(new JsonFactoryBuilder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(constraints()));
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(baseValues())
                .addModule(new LabelledEnums())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
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
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** @return the documented limits as Jackson's read constraints */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(LIMITS.maxNestingDepth())
                .maxStringLength(LIMITS.maxStringLength())
                .maxNumberLength(LIMITS.maxNumberLength())
                .maxDocumentLength(LIMITS.maxDocumentBytes())
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(MAX_TOKENS)
                .build();
    }

    /**
     * A strict mapper with the limits applied.
     *
     * @return a new mapper
     */
    public static JsonMapper newMapper() {
        return limit(builder().build());
    }

    /**
     * A strict mapper that writes canonical JSON: properties sorted alphabetically, map keys sorted.
     *
     * @param builder a builder from {@link #builder()}, with any further modules
     * @return the mapper
     */
    public static JsonMapper canonical(JsonMapper.Builder builder) {
        return limit(builder.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build());
    }

    /**
     * Applies the documented read limits to a mapper's factory.
     *
     * @param mapper the mapper
     * @return the same mapper
     */
    public static JsonMapper limit(JsonMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints());
        return mapper;
    }

    // ------------------------------------------------------------------ reading under the policy

    /**
     * A parser over a stream under the policy: strict UTF-8, a byte order mark skipped, the document's length counted
     * while streaming. Problems it raises are turned into typed errors by {@link JsonProblems#of}.
     *
     * @param mapper the strict mapper whose factory parses
     * @param source the input's name in messages, or empty
     * @param in the bytes (not closed)
     * @return the parser
     * @throws InputFormatException if the stream cannot be opened for reading
     */
    public static JsonParser parser(JsonMapper mapper, String source, InputStream in) {
        try {
            return mapper.getFactory().createParser(new Utf8Input(source, in, LIMITS.maxDocumentBytes()));
        } catch (IOException e) {
            throw JsonProblems.exception(source, e, LIMITS);
        }
    }

    /**
     * A parser over text under the policy: a leading byte order mark skipped, the document's length in UTF-8 bytes
     * checked before parsing.
     *
     * @param mapper the strict mapper whose factory parses
     * @param source the input's name in messages, or empty
     * @param json the text
     * @return the parser
     * @throws InputFormatException if the text is longer than the limit
     */
    public static JsonParser parser(JsonMapper mapper, String source, String json) {
        String text = checked(source, json);
        try {
            return mapper.getFactory().createParser(text);
        } catch (IOException e) {
            throw JsonProblems.exception(source, e, LIMITS);
        }
    }

    /**
     * A document held as text, ready to parse: a leading byte order mark dropped, its length in UTF-8 bytes checked.
     *
     * @param source the input's name in messages, or empty
     * @param json the text
     * @return the text without the mark
     * @throws InputFormatException if it is longer than the limit
     */
    public static String checked(String source, String json) {
        Objects.requireNonNull(json, "json");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (utf8Length(text, LIMITS.maxDocumentBytes()) > LIMITS.maxDocumentBytes()) {
            throw new InputFormatException(new ReadProblem(source, 0, 0, "", InputTexts.Limit.DOCUMENT.code(),
                    InputTexts.Limit.DOCUMENT.text(LIMITS.maxDocumentBytes())), null);
        }
        return text;
    }

    /** The UTF-8 length of a text, counted up to just past a bound. */
    static long utf8Length(String s, long bound) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= bound; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /**
     * Reads one document: neither empty nor {@code null}, nothing after it.
     *
     * @param parser a parser from {@link #parser}, before its first token (closed here)
     * @param reader the reader of the expected type, from a strict mapper
     * @param source the input's name in messages, or empty
     * @param <T> the type
     * @return the value
     * @throws InputFormatException naming the input, line, column and JSON path of the first problem
     */
    public static <T> T read(JsonParser parser, ObjectReader reader, String source) {
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputFormatException(new ReadProblem(source, 0, 0, "$", InputTexts.EMPTY, InputTexts.empty()), null);
            }
            if (first == JsonToken.VALUE_NULL) {
                throw new InputFormatException(new ReadProblem(source, p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), "$", InputTexts.NULL, InputTexts.nullDocument()), null);
            }
            T value = reader.readValue(p);
            if (p.nextToken() != null) {
                throw new InputFormatException(new ReadProblem(source, p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), "$", InputTexts.TRAILING, InputTexts.trailing()), null);
            }
            return value;
        } catch (InputFormatException e) {
            if (e.getCause() == null && e.problem().source().equals(source)) {
                throw e;
            }
            throw JsonProblems.exception(source, e, LIMITS);
        } catch (IOException | RuntimeException e) {
            throw JsonProblems.exception(source, e, LIMITS);
        }
    }

    /**
     * Reads one document from a stream with the shared mapper's reader for a type.
     *
     * @param source the input's name in messages, or empty
     * @param in the bytes (not closed)
     * @param type the type
     * @param <T> the type
     * @return the value
     * @throws InputFormatException naming the first problem
     */
    public static <T> T read(String source, InputStream in, Class<T> type) {
        return read(parser(SHARED, source, in), SHARED.readerFor(type), source);
    }

    /**
     * The exact value of a number node of a tree this class read, or {@code null} when it has none: a number too large
     * for a double ({@code 1e999}) reads as an infinite double, which has no decimal value. Readers treat {@code null}
     * as an out-of-range value of their own field.
     *
     * @param number a node for which {@link JsonNode#isNumber()} holds
     * @return its exact value, or {@code null}
     */
    public static java.math.BigDecimal finiteDecimal(JsonNode number) {
        Objects.requireNonNull(number, "number");
        return number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue()) ? null : number.decimalValue();
    }

    /**
     * Reads one document as a tree (an object or array, or a scalar), with the shared mapper.
     *
     * @param source the input's name in messages, or empty
     * @param in the bytes (not closed)
     * @return the tree, never {@code null} or a {@code null} node
     * @throws InputFormatException naming the first problem
     */
    public static JsonNode readTree(String source, InputStream in) {
        return read(parser(SHARED, source, in), SHARED.readerFor(JsonNode.class), source);
    }

    /**
     * Reads one document as a tree from text, with the shared mapper.
     *
     * @param source the input's name in messages, or empty
     * @param json the text
     * @return the tree, never {@code null} or a {@code null} node
     * @throws InputFormatException naming the first problem
     */
    public static JsonNode readTree(String source, String json) {
        return read(parser(SHARED, source, json), SHARED.readerFor(JsonNode.class), source);
    }


    /**
     * The direct codecs of the base value types: identifiers as strings, {@link Vnd} as an integer.
     *
     * @return a new module
     */
    public static SimpleModule baseValues() {
        SimpleModule m = new SimpleModule("dvc4j-base-values");
        text(m, DossierCode.class, DossierCode::parse, DossierCode::toString);
        text(m, AgencyCode.class, AgencyCode::parse, AgencyCode::toString);
        text(m, ProcedureCode.class, ProcedureCode::parse, ProcedureCode::toString);
        text(m, PersonalId.class, PersonalId::parse, PersonalId::value);
        text(m, TaxCode.class, TaxCode::parse, TaxCode::value);
        text(m, PhoneNumber.class, PhoneNumber::parse, PhoneNumber::value);
        m.addSerializer(Vnd.class, new ValueCodecs.VndSerializer());
        m.addDeserializer(Vnd.class, new ValueCodecs.VndDeserializer());
        return m;
    }

    /**
     * Scalars read only from their own JSON type, any other token sent to the mapper's problem handlers: for readers
     * that collect every problem of a document ({@link ValueCodecs.ExactScalar}).
     *
     * @return a new module for {@code String}, {@code Boolean}, {@code Integer} and {@code Long}
     */
    public static SimpleModule exactScalars() {
        SimpleModule m = new SimpleModule("dvc4j-exact-scalars");
        m.addDeserializer(String.class, new ValueCodecs.ExactScalar<>(String.class));
        m.addDeserializer(Boolean.class, new ValueCodecs.ExactScalar<>(Boolean.class));
        m.addDeserializer(Integer.class, new ValueCodecs.ExactScalar<>(Integer.class));
        m.addDeserializer(Long.class, new ValueCodecs.ExactScalar<>(Long.class));
        return m;
    }

    /**
     * Registers a text codec on a module.
     *
     * @param m the module
     * @param type the value type
     * @param parse its parser
     * @param format its formatter
     * @param <T> the value type
     */
    public static <T> void text(SimpleModule m, Class<T> type, ValueCodecs.Parse<T> parse, ValueCodecs.Format<T> format) {
        m.addSerializer(type, new ValueCodecs.TextSerializer<>(type, format));
        m.addDeserializer(type, new ValueCodecs.TextDeserializer<>(type, parse));
    }
}
