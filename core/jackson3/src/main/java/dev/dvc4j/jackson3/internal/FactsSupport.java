package dev.dvc4j.jackson3.internal;

import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@code DossierFacts} on Jackson 3 when dvc4j-stats is present: written as the JSON line {@code FactsWriter}
 * writes, read by {@code FactsReader} in strict mode, so the facts format has one definition. Not part of the API.
 */
public final class FactsSupport {

    private static final boolean PRESENT = present();

    private FactsSupport() {
    }

    private static boolean present() {
        try {
            Class.forName("dev.dvc4j.stats.io.FactsWriter", false, FactsSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Registers the facts codecs when dvc4j-stats is on the class path.
     *
     * @param module the module
     */
    public static void register(SimpleModule module) {
        if (PRESENT) {
            Registrar.register(module);
        }
    }

    /** Loaded only when dvc4j-stats is present. */
    private static final class Registrar {
        static void register(SimpleModule module) {
            module.addSerializer(DossierFacts.class, new FactsSerializer());
            module.addDeserializer(DossierFacts.class, new FactsDeserializer());
        }
    }

    static final class FactsSerializer extends StdSerializer<DossierFacts> {
        FactsSerializer() {
            super(DossierFacts.class);
        }

        @Override
        public void serialize(DossierFacts value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeRawValue(FactsWriter.toJsonLine(value));
        }
    }

    static final class FactsDeserializer extends StdDeserializer<DossierFacts> {
        FactsDeserializer() {
            super(DossierFacts.class);
        }

        @Override
        public DossierFacts deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (DossierFacts) ctxt.handleUnexpectedToken(DossierFacts.class, p);
            }
            JsonNode tree = ctxt.readTree(p);
            String line = tree.toString();
            List<DossierFacts> read = new ArrayList<>(1);
            try {
                FactsReader.jsonLines().strict().read(new StringReader(line), read::add);
            } catch (RuntimeException e) {
                InvalidFormatException x = InvalidFormatException.from(p, e.getMessage(), line, DossierFacts.class);
                x.initCause(e);
                throw x;
            }
            return read.get(0);
        }
    }
}
