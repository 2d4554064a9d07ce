package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads an ISO-8601 offset date-time into an instant. Not part of the API. */
public final class VnTimeDeserializer extends StdDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public VnTimeDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        try {
            // straight from the parser's buffer: no string is made for a well-formed time
            return VnTimes.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } catch (DateTimeParseException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(),
                    "expected an ISO-8601 date-time with offset, such as 2026-02-13T16:00:00+07:00");
        }
    }
}
