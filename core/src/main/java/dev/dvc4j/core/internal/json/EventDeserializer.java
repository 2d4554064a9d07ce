package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Apologised;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.Filed;
import dev.dvc4j.core.dossier.ObligationRequested;
import dev.dvc4j.core.dossier.Outcome;
import dev.dvc4j.core.dossier.Paid;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.Processed;
import dev.dvc4j.core.dossier.ProcessingStarted;
import dev.dvc4j.core.dossier.Received;
import dev.dvc4j.core.dossier.RefusedAtReception;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.ResultReturned;
import dev.dvc4j.core.dossier.Stopped;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.SupplementRequested;
import dev.dvc4j.core.dossier.Supplemented;
import dev.dvc4j.core.dossier.Withdrawn;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link DossierEvent} in one pass over the tokens: the {@code type} property picks the record, each
 * property goes to a local, and the record's constructor runs once at the end. It reads exactly what Jackson's
 * annotation-driven polymorphic reader reads (same properties, same value readers for identifiers, times, enums,
 * applicants and lists, same errors: unknown property, unknown type id, constructor failure, each with its JSON path)
 * without the per-record creator machinery, which made event reading the largest part of a verified dossier read.
 * {@code EventDeserializerProperties} holds it to the annotation-driven reader on arbitrary histories and on
 * malformed input.
 *
 * <p>Registered for {@link DossierEvent} only, by {@code Dvc4jJacksonModule}; the event records themselves keep
 * Jackson's own reader. Not part of the API.
 */
public final class EventDeserializer extends StdDeserializer<DossierEvent> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    /** The event types by wire name, with the properties each has (besides {@code type}). */
    private enum Kind {
        FILED(Filed.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.CODE, P.PROCEDURE, P.AGENCY, P.APPLICANT, P.CHANNEL,
                P.RESULT_DELIVERY, P.PERIOD, P.SUMMARY, P.VNEID_AUTHENTICATED, P.DOCUMENTS, P.FEES),
        RECEIVED(Received.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.DUE_AT),
        REFUSED_AT_RECEPTION(RefusedAtReception.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.REASON),
        PROCESSING_STARTED(ProcessingStarted.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.UNIT),
        SUPPLEMENT_REQUESTED(SupplementRequested.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.REASON),
        SUPPLEMENTED(Supplemented.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.DOCUMENTS, P.DUE_AT),
        OBLIGATION_REQUESTED(ObligationRequested.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.FEES),
        PAID(Paid.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.PAYMENT),
        PROCESSED(Processed.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.OUTCOME, P.REASONS, P.RESULTS),
        RESULT_RETURNED(ResultReturned.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.DELIVERY),
        WITHDRAWN(Withdrawn.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.REASON),
        STOPPED(Stopped.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.REASON),
        APOLOGISED(Apologised.class, P.AT, P.ACTOR, P.NOTE, P.PREVIOUS_HASH, P.NEW_DUE_AT, P.REASON);

        final Class<? extends DossierEvent> type;
        final String wireName;
        final long properties;

        Kind(Class<? extends DossierEvent> type, P... properties) {
            this.type = type;
            this.wireName = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            long mask = 0;
            for (P p : properties) {
                mask |= 1L << p.ordinal();
            }
            this.properties = mask;
        }

        boolean has(P p) {
            return (properties & (1L << p.ordinal())) != 0;
        }
    }

    /** Every event property, by its JSON name. */
    private enum P {
        AT("at"), ACTOR("actor"), NOTE("note"), PREVIOUS_HASH("previousHash"), CODE("code"), PROCEDURE("procedure"),
        AGENCY("agency"), APPLICANT("applicant"), CHANNEL("channel"), RESULT_DELIVERY("resultDelivery"),
        PERIOD("period"), SUMMARY("summary"), VNEID_AUTHENTICATED("vneidAuthenticated"), DOCUMENTS("documents"),
        FEES("fees"), DUE_AT("dueAt"), REASON("reason"), UNIT("unit"), PAYMENT("payment"), OUTCOME("outcome"),
        REASONS("reasons"), RESULTS("results"), DELIVERY("delivery"), NEW_DUE_AT("newDueAt");

        final String json;

        P(String json) {
            this.json = json;
        }
    }

    private static final Map<String, Kind> KINDS = new HashMap<>();
    private static final Map<String, P> PROPERTIES = new HashMap<>();

    static {
        for (Kind k : Kind.values()) {
            KINDS.put(k.wireName, k);
        }
        for (P p : P.values()) {
            PROPERTIES.put(p.json, p);
        }
    }

    /** The value readers, found once per mapper ({@link #createContextual}); {@code null} in the unresolved instance. */
    private final transient Readers readers;

    /** Creates the unresolved deserializer the module registers. */
    public EventDeserializer() {
        this(null);
    }

    private EventDeserializer(Readers readers) {
        super(DossierEvent.class);
        this.readers = readers;
    }

    /** The readers for the values inside events: those the mapper would use for the record components. */
    private record Readers(JsonDeserializer<Object> dossierCode, JsonDeserializer<Object> procedure,
                           JsonDeserializer<Object> agency, JsonDeserializer<Object> applicant,
                           JsonDeserializer<Object> channel, JsonDeserializer<Object> resultDelivery,
                           JsonDeserializer<Object> period, JsonDeserializer<Object> documents,
                           JsonDeserializer<Object> fees, JsonDeserializer<Object> payment,
                           JsonDeserializer<Object> outcome, JsonDeserializer<Object> strings,
                           JsonDeserializer<Object> results, JsonDeserializer<Object> string,
                           JsonDeserializer<Object> bool, VnTimeDeserializer time) {
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        if (readers != null) {
            return this;
        }
        var tf = ctxt.getTypeFactory();
        return new EventDeserializer(new Readers(
                find(ctxt, tf.constructType(DossierCode.class)), find(ctxt, tf.constructType(ProcedureCode.class)),
                find(ctxt, tf.constructType(AgencyCode.class)), find(ctxt, tf.constructType(Applicant.class)),
                find(ctxt, tf.constructType(Channel.class)), find(ctxt, tf.constructType(ResultDelivery.class)),
                find(ctxt, tf.constructType(ProcessingPeriod.class)),
                find(ctxt, tf.constructCollectionType(List.class, SubmittedDocument.class)),
                find(ctxt, tf.constructCollectionType(List.class, Fee.class)), find(ctxt, tf.constructType(Payment.class)),
                find(ctxt, tf.constructType(Outcome.class)), find(ctxt, tf.constructCollectionType(List.class, String.class)),
                find(ctxt, tf.constructCollectionType(List.class, ResultDocument.class)),
                find(ctxt, tf.constructType(String.class)), find(ctxt, tf.constructType(boolean.class)),
                new VnTimeDeserializer()));
    }

    private static JsonDeserializer<Object> find(DeserializationContext ctxt, JavaType type) throws JsonMappingException {
        return ctxt.findRootValueDeserializer(type);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return deserialize(p, ctxt); // the type id is read here, not by the generic type deserializer
    }

    @Override
    public DossierEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Readers r = readers != null ? readers : ((EventDeserializer) createContextual(ctxt, null)).readers;
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t == JsonToken.START_ARRAY) {
            return (DossierEvent) ctxt.handleUnexpectedToken(DossierEvent.class, p);
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            // as Jackson's property-type reader: a scalar carries no type id
            throw ctxt.missingTypeIdException(ctxt.constructType(DossierEvent.class),
                    "an event must be a JSON object with its \"type\" property");
        }
        if (t == JsonToken.FIELD_NAME && "type".equals(p.currentName())) {
            p.nextToken();
            Kind kind = kind(p, ctxt);
            p.nextToken();
            return read(kind, p, ctxt, r);
        }
        // The type id is not first: buffer the other properties until it is found, then read them back.
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        buffer.writeStartObject();
        Kind kind = null;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (kind == null && "type".equals(name)) {
                kind = kind(p, ctxt);
            } else {
                buffer.writeFieldName(name);
                buffer.copyCurrentStructure(p);
            }
        }
        buffer.writeEndObject();
        if (kind == null) {
            throw ctxt.missingTypeIdException(ctxt.constructType(DossierEvent.class),
                    "an event needs its \"type\" property");
        }
        JsonParser replay = buffer.asParser(p);
        replay.nextToken();
        replay.nextToken();
        return read(kind, replay, ctxt, r);
    }

    private static Kind kind(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        Kind kind = id == null ? null : KINDS.get(id);
        if (kind == null) {
            throw ctxt.invalidTypeIdException(ctxt.constructType(DossierEvent.class), id == null ? p.getText() : id,
                    "known type ids = " + KINDS.keySet().stream().sorted().toList());
        }
        return kind;
    }

    /** Reads the properties after the type id up to the end of the object, then builds the record. */
    @SuppressWarnings("unchecked")
    private DossierEvent read(Kind kind, JsonParser p, DeserializationContext ctxt, Readers r) throws IOException {
        Instant at = null;
        Instant dueAt = null;
        Instant newDueAt = null;
        String actor = null;
        String note = null;
        String previousHash = null;
        String summary = null;
        String reason = null;
        String unit = null;
        DossierCode code = null;
        ProcedureCode procedure = null;
        AgencyCode agency = null;
        Applicant applicant = null;
        Channel channel = null;
        ResultDelivery resultDelivery = null;
        ResultDelivery delivery = null;
        ProcessingPeriod period = null;
        boolean vneid = false;
        List<SubmittedDocument> documents = null;
        List<Fee> fees = null;
        Payment payment = null;
        Outcome outcome = null;
        List<String> reasons = null;
        List<ResultDocument> results = null;
        for (JsonToken t = p.currentToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            P property = PROPERTIES.get(name);
            p.nextToken();
            if (property == null || !kind.has(property)) {
                ctxt.handleUnknownProperty(p, this, kind.type, name);
                continue;
            }
            try {
                switch (property) {
                    case AT -> at = time(p, ctxt, r);
                    case DUE_AT -> dueAt = time(p, ctxt, r);
                    case NEW_DUE_AT -> newDueAt = time(p, ctxt, r);
                    case ACTOR -> actor = string(p, ctxt, r);
                    case NOTE -> note = string(p, ctxt, r);
                    case PREVIOUS_HASH -> previousHash = string(p, ctxt, r);
                    case SUMMARY -> summary = string(p, ctxt, r);
                    case REASON -> reason = string(p, ctxt, r);
                    case UNIT -> unit = string(p, ctxt, r);
                    case CODE -> code = (DossierCode) value(r.dossierCode, p, ctxt);
                    case PROCEDURE -> procedure = (ProcedureCode) value(r.procedure, p, ctxt);
                    case AGENCY -> agency = (AgencyCode) value(r.agency, p, ctxt);
                    case APPLICANT -> applicant = (Applicant) value(r.applicant, p, ctxt);
                    case CHANNEL -> channel = (Channel) value(r.channel, p, ctxt);
                    case RESULT_DELIVERY -> resultDelivery = (ResultDelivery) value(r.resultDelivery, p, ctxt);
                    case DELIVERY -> delivery = (ResultDelivery) value(r.resultDelivery, p, ctxt);
                    case PERIOD -> period = (ProcessingPeriod) value(r.period, p, ctxt);
                    case VNEID_AUTHENTICATED -> vneid = (Boolean) r.bool.deserialize(p, ctxt);
                    case DOCUMENTS -> documents = (List<SubmittedDocument>) value(r.documents, p, ctxt);
                    case FEES -> fees = (List<Fee>) value(r.fees, p, ctxt);
                    case PAYMENT -> payment = (Payment) value(r.payment, p, ctxt);
                    case OUTCOME -> outcome = (Outcome) value(r.outcome, p, ctxt);
                    case REASONS -> reasons = (List<String>) value(r.strings, p, ctxt);
                    case RESULTS -> results = (List<ResultDocument>) value(r.results, p, ctxt);
                }
            } catch (IOException e) {
                // as Jackson's bean readers: I/O failures pass through, JSON problems gain this property's path
                if (!(e instanceof JacksonException)) {
                    throw e;
                }
                throw JsonMappingException.wrapWithPath(e, kind.type, name);
            } catch (RuntimeException e) {
                throw JsonMappingException.wrapWithPath(e, kind.type, name);
            }
        }
        try {
            return switch (kind) {
                case FILED -> new Filed(at, actor, note, previousHash, code, procedure, agency, applicant, channel,
                        resultDelivery, period, summary, vneid, documents, fees);
                case RECEIVED -> new Received(at, actor, note, previousHash, dueAt);
                case REFUSED_AT_RECEPTION -> new RefusedAtReception(at, actor, note, previousHash, reason);
                case PROCESSING_STARTED -> new ProcessingStarted(at, actor, note, previousHash, unit);
                case SUPPLEMENT_REQUESTED -> new SupplementRequested(at, actor, note, previousHash, reason);
                case SUPPLEMENTED -> new Supplemented(at, actor, note, previousHash, documents, dueAt);
                case OBLIGATION_REQUESTED -> new ObligationRequested(at, actor, note, previousHash, fees);
                case PAID -> new Paid(at, actor, note, previousHash, payment);
                case PROCESSED -> new Processed(at, actor, note, previousHash, outcome, reasons, results);
                case RESULT_RETURNED -> new ResultReturned(at, actor, note, previousHash, delivery);
                case WITHDRAWN -> new Withdrawn(at, actor, note, previousHash, reason);
                case STOPPED -> new Stopped(at, actor, note, previousHash, reason);
                case APOLOGISED -> new Apologised(at, actor, note, previousHash, newDueAt, reason);
            };
        } catch (RuntimeException e) {
            return (DossierEvent) ctxt.handleInstantiationProblem(kind.type, null, e);
        }
    }

    private static Object value(JsonDeserializer<Object> reader, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? reader.getNullValue(ctxt) : reader.deserialize(p, ctxt);
    }

    private static String string(JsonParser p, DeserializationContext ctxt, Readers r) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : (String) value(r.string, p, ctxt);
    }

    private static Instant time(JsonParser p, DeserializationContext ctxt, Readers r) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : r.time.deserialize(p, ctxt);
    }
}
