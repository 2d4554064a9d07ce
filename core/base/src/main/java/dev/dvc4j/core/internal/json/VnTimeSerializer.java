package dev.dvc4j.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/** Writes an instant as ISO-8601 at +07:00. Not part of the API. */
public final class VnTimeSerializer extends StdSerializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public VnTimeSerializer() {
        super(Instant.class);
    }

    /**
     * Formats an instant the way dvc4j writes it.
     *
     * @param instant the instant
     * @return ISO-8601 with the +07:00 offset
     */
    public static String format(Instant instant) {
        return VnTimes.format(instant);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        char[] buf = new char[VnTimes.MAX_LENGTH];
        int n = VnTimes.format(value, buf);
        if (n == -1) {
            gen.writeString(format(value));
        } else {
            gen.writeString(buf, 0, n);
        }
    }
}
