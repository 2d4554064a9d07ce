package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.money.Vnd;

/**
 * The one reading policy of dvc4j's JSON, shared by every artifact: the wire format's mapper builds on it, and so do
 * the readers of bundled and host-supplied data (provinces, holidays, tariffs, catalogues, targets). Unknown
 * properties, {@code null} for primitives, numbers for enums, trailing tokens, duplicate keys and non-numeric numbers
 * are rejected; the documented limits apply while reading. Not part of the API.
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
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(baseValues())
                .addModule(new LabelledEnums())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
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
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
        return mapper;
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
