package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.dossier.CanonicalEventsTest;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.DossierLifecycleTestAccess;
import dev.dvc4j.core.dossier.Stopped;
import dev.dvc4j.core.dossier.Withdrawn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass event reader against its oracle, Jackson's annotation-driven polymorphic reader (the same module
 * without it): same events for every event type, any texts and any property order; same failure, at the same JSON
 * path, for malformed events.
 */
class EventReaderEquivalenceProperties {

    static final ObjectMapper STREAMING = Dvc4jJson.newMapper();
    static final ObjectMapper ORACLE = Dvc4jJson.newMapper(new Dvc4jJacksonModule(false));

    static List<DossierEvent> allSamples() {
        List<DossierEvent> all = new ArrayList<>();
        CanonicalEventsTest.samples().values().forEach(all::addAll);
        return all;
    }

    /** Reads with both readers: both must succeed with equal events or fail alike at the same path. */
    static void assertSameReading(String json) throws Exception {
        Object expected;
        try {
            expected = ORACLE.readValue(json, DossierEvent.class);
        } catch (DatabindException oracleFailure) {
            Throwable ours = catchThrowable(() -> STREAMING.readValue(json, DossierEvent.class));
            assertThat(ours).as(json).isInstanceOf(JsonMappingException.class);
            assertThat(((JsonMappingException) ours).getPathReference()).as(json)
                    .isEqualTo(((JsonMappingException) oracleFailure).getPathReference());
            assertThat(ours.getClass()).as(json).isEqualTo(oracleFailure.getClass());
            return;
        }
        assertThat(STREAMING.readValue(json, DossierEvent.class)).as(json).isEqualTo(expected);
    }

    @Example
    void everySampleEventReadsAlike() throws Exception {
        for (DossierEvent e : allSamples()) {
            String json = STREAMING.writerFor(DossierEvent.class).writeValueAsString(e);
            assertThat(STREAMING.readValue(json, DossierEvent.class)).isEqualTo(e);
            assertSameReading(json);
        }
    }

    @Example
    void aWholeDossierReadsAlike() throws Exception {
        Dossier d = DossierLifecycleTestAccess.filed().receive(Instant.parse("2026-02-10T03:00:00Z"), "o",
                new dev.dvc4j.core.dossier.SimpleDeadlinePolicy(dev.dvc4j.core.dossier.SupplementClock.RESTART));
        String json = STREAMING.writeValueAsString(d);
        assertThat(STREAMING.readValue(json, Dossier.class)).isEqualTo(ORACLE.readValue(json, Dossier.class)).isEqualTo(d);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("aăđ\"\\\n\u0000😀").ofMaxLength(10)).filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void anyTextsAndAnyPropertyOrderReadAlike(@ForAll("texts") String text, @ForAll long seed) throws Exception {
        List<DossierEvent> events = new ArrayList<>(allSamples());
        events.add(new Stopped(Instant.EPOCH, text, text, DossierEvent.GENESIS, text));
        events.add(new Withdrawn(Instant.EPOCH, "o", text, DossierEvent.GENESIS, null));
        Random random = new Random(seed);
        for (DossierEvent e : events) {
            ObjectNode node = STREAMING.valueToTree(e);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode shuffled = STREAMING.createObjectNode();
            names.forEach(n -> shuffled.set(n, node.get(n)));
            String json = STREAMING.writeValueAsString(shuffled);
            assertThat(STREAMING.readValue(json, DossierEvent.class)).as(json).isEqualTo(e);
            assertSameReading(json);
        }
    }

    @Provide
    Arbitrary<String> malformed() {
        String received = "{\"type\":\"received\",\"at\":\"2026-02-10T10:00:00+07:00\",\"actor\":\"o\",\"previousHash\":\""
                + "0".repeat(64) + "\",\"dueAt\":\"2026-02-12T10:00:00+07:00\"";
        return Arbitraries.of(
                received + ",\"hacked\":1}",
                received + ",\"unit\":\"x\"}",
                received + ",\"type\":\"received\"}",
                received.replace("\"received\"", "\"recieved\"") + "}",
                received.replace("\"type\":\"received\",", "") + "}",
                received.replace("\"type\":\"received\",", "") + ",\"type\":\"received\"}",
                received.replace("\"type\":\"received\",", "") + ",\"type\":7}",
                received.replace("\"type\":\"received\"", "\"type\":null") + "}",
                received.replace("\"actor\":\"o\",", "") + "}",
                received.replace("\"actor\":\"o\"", "\"actor\":{}") + "}",
                received.replace("\"actor\":\"o\"", "\"actor\":12") + "}",
                received.replace("+07:00\",\"actor", "\",\"actor") + "}",
                received.replace("\"2026-02-12T10:00:00+07:00\"", "null") + "}",
                received.replace("\"2026-02-12T10:00:00+07:00\"", "[]") + "}",
                received.replace("\"0000", "\"X000") + "}",
                "[]", "\"received\"", "{}", "{\"type\":\"received\"}",
                "{\"type\":\"paid\",\"at\":\"2026-02-10T10:00:00+07:00\",\"actor\":\"o\",\"previousHash\":\"" + "0".repeat(64)
                        + "\",\"payment\":{\"amount\":-5,\"method\":\"cash\"}}",
                "{\"type\":\"processed\",\"at\":\"2026-02-10T10:00:00+07:00\",\"actor\":\"o\",\"previousHash\":\""
                        + "0".repeat(64) + "\",\"outcome\":\"maybe\",\"reasons\":[],\"results\":[]}",
                "{\"type\":\"filed\",\"vneidAuthenticated\":null}",
                "{\"type\":\"filed\",\"agency\":\"000.00.21\"}");
    }

    @Property(tries = 60)
    void malformedEventsFailAlikeAtTheSamePath(@ForAll("malformed") String json) throws Exception {
        assertSameReading(json);
        String inDossier = "{\"events\":[" + json + "]}";
        Throwable ours = catchThrowable(() -> STREAMING.readValue(inDossier, Dossier.class));
        Throwable oracle = catchThrowable(() -> ORACLE.readValue(inDossier, Dossier.class));
        assertThat(ours).as(inDossier).isNotNull();
        assertThat(ours.getClass()).as(inDossier).isEqualTo(oracle.getClass());
        if (ours instanceof JsonMappingException m) {
            assertThat(m.getPathReference()).isEqualTo(((JsonMappingException) oracle).getPathReference());
        }
    }

    @Example
    void theOracleReallyIsTheOtherReader() {
        assertThat(STREAMING.getRegisteredModuleIds()).isEqualTo(ORACLE.getRegisteredModuleIds());
        assertThat(allSamples().stream().map(DossierEvent::type).collect(Collectors.toSet())).hasSize(13);
    }
}
