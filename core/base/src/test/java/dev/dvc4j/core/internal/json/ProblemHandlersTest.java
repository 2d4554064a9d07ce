package dev.dvc4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.money.Vnd;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readers that collect every problem of a document install a problem handler that notes the problem and gives a
 * stand-in value: each of dvc4j's codecs hands the problem to the handler and returns what it gives.
 */
class ProblemHandlersTest {

    enum Channel implements Labelled {
        ONLINE, DESK;

        @Override
        public LocalizedText label() {
            return LocalizedText.of(name(), name());
        }
    }

    /** Notes each problem and answers with a stand-in of the expected type. */
    private static final class Collecting extends DeserializationProblemHandler {
        final List<String> seen = new ArrayList<>();

        private static Object standIn(Class<?> type) {
            if (type == String.class) {
                return "?";
            }
            if (type == Integer.class) {
                return -1;
            }
            if (type == TaxCode.class) {
                return TaxCode.parse("0100109106");
            }
            if (type == Vnd.class) {
                return Vnd.of(0);
            }
            if (type == Instant.class) {
                return Instant.EPOCH;
            }
            return Channel.DESK;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) {
            seen.add("token " + targetType.getRawClass().getSimpleName());
            return standIn(targetType.getRawClass());
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            seen.add("number " + targetType.getSimpleName());
            return standIn(targetType);
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            seen.add("string " + targetType.getSimpleName());
            return standIn(targetType);
        }

        @Override
        public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg) {
            seen.add("key " + rawKeyType.getSimpleName());
            return standIn(rawKeyType);
        }
    }

    record Row(String s, Integer n, TaxCode tax, Vnd fee, Instant at, Instant at2, Channel channel) {
    }

    @Test
    void everyCodecReturnsTheStandInTheHandlerGives() throws Exception {
        Collecting handler = new Collecting();
        SimpleModule time = new SimpleModule().addDeserializer(Instant.class, new VnTimeDeserializer());
        JsonMapper mapper = StrictJson.builder().addModule(StrictJson.exactScalars()).addModule(time).addHandler(handler).build();
        Row row = mapper.readValue("{\"s\":1,\"n\":2147483648,\"tax\":true,\"fee\":\"x\",\"at\":5,\"at2\":\"yesterday\","
                + "\"channel\":7}", Row.class);
        assertThat(row).isEqualTo(new Row("?", -1, TaxCode.parse("0100109106"), Vnd.of(0), Instant.EPOCH, Instant.EPOCH, Channel.DESK));
        assertThat(handler.seen).containsExactly("token String", "number Integer", "token TaxCode", "token Vnd", "token Instant",
                "string Instant", "token Channel");
        Map<Channel, Integer> keys = mapper.readValue("{\"post\":1}", new TypeReference<Map<Channel, Integer>>() { });
        assertThat(keys).containsExactly(Map.entry(Channel.DESK, 1));
        assertThat(handler.seen).endsWith("key Channel");
    }
}
