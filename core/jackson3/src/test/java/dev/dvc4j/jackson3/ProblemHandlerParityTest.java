package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.json.Dvc4jJacksonModule;
import dev.dvc4j.core.json.VnTime;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalChannelField;
import dev.dvc4j.core.portal.PortalFlagField;
import dev.dvc4j.core.portal.PortalStatusField;
import dev.dvc4j.core.portal.PortalTimeField;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's {@code DeserializationProblemHandler} that answers a problem with a value of its own (skipping a wrong
 * token's children): dvc4j's codecs give that value back, on Jackson 3 as on Jackson 2, for a wrong token, a text or number they refuse and a map key that
 * names no constant. A handler that answers a refused text or token inside a portal code has its value dropped: the
 * code reads as absent, on both.
 */
class ProblemHandlerParityTest {

    /** The value the host's handler gives for each type it is asked about. */
    private static final Map<Class<?>, Object> ANSWERS = Map.of(
            TaxCode.class, TaxCode.parse("0100109106"),
            Vnd.class, Vnd.of(1),
            Channel.class, Channel.POSTAL,
            Instant.class, Instant.EPOCH,
            DossierStatus.class, DossierStatus.RECEIVED,
            Boolean.class, Boolean.TRUE);

    /** Fields of each kind the codecs read, the portal's codes among them. */
    record Fields(TaxCode tax, Vnd fee, Channel channel, @VnTime Instant at, @PortalTimeField Instant portalTime,
                  @PortalStatusField DossierStatus status, @PortalChannelField Channel portalChannel,
                  @PortalFlagField Boolean flag) {
    }

    /** What the handlers answer in this test. */
    private final Map<Class<?>, Object> answers = new HashMap<>(ANSWERS);

    /** What each handler was asked, in order: the problem and the target type. */
    private final List<String> asked2 = new ArrayList<>();
    private final List<String> asked3 = new ArrayList<>();

    private ObjectMapper jackson2() {
        return new ObjectMapper().registerModule(new Dvc4jJacksonModule())
                .addHandler(new com.fasterxml.jackson.databind.deser.DeserializationProblemHandler() {
                    @Override
                    public Object handleUnexpectedToken(com.fasterxml.jackson.databind.DeserializationContext ctxt,
                            com.fasterxml.jackson.databind.JavaType targetType, com.fasterxml.jackson.core.JsonToken t,
                            com.fasterxml.jackson.core.JsonParser p, String failureMsg) throws IOException {
                        p.skipChildren();
                        return answer(asked2, "token", targetType.getRawClass());
                    }

                    @Override
                    public Object handleWeirdStringValue(com.fasterxml.jackson.databind.DeserializationContext ctxt,
                            Class<?> targetType, String valueToConvert, String failureMsg) {
                        return answer(asked2, "string", targetType);
                    }

                    @Override
                    public Object handleWeirdNumberValue(com.fasterxml.jackson.databind.DeserializationContext ctxt,
                            Class<?> targetType, Number valueToConvert, String failureMsg) {
                        return answer(asked2, "number", targetType);
                    }

                    @Override
                    public Object handleWeirdKey(com.fasterxml.jackson.databind.DeserializationContext ctxt,
                            Class<?> rawKeyType, String keyValue, String failureMsg) {
                        return answer(asked2, "key", rawKeyType);
                    }
                });
    }

    private JsonMapper jackson3() {
        return JsonMapper.builder().addModule(new Dvc4jJackson3Module())
                .addHandler(new tools.jackson.databind.deser.DeserializationProblemHandler() {
                    @Override
                    public Object handleUnexpectedToken(tools.jackson.databind.DeserializationContext ctxt,
                            tools.jackson.databind.JavaType targetType, tools.jackson.core.JsonToken t,
                            tools.jackson.core.JsonParser p, String failureMsg) {
                        p.skipChildren();
                        return answer(asked3, "token", targetType.getRawClass());
                    }

                    @Override
                    public Object handleWeirdStringValue(tools.jackson.databind.DeserializationContext ctxt,
                            Class<?> targetType, String valueToConvert, String failureMsg) {
                        return answer(asked3, "string", targetType);
                    }

                    @Override
                    public Object handleWeirdNumberValue(tools.jackson.databind.DeserializationContext ctxt,
                            Class<?> targetType, Number valueToConvert, String failureMsg) {
                        return answer(asked3, "number", targetType);
                    }

                    @Override
                    public Object handleWeirdKey(tools.jackson.databind.DeserializationContext ctxt,
                            Class<?> rawKeyType, String keyValue, String failureMsg) {
                        return answer(asked3, "key", rawKeyType);
                    }
                }).build();
    }

    private Object answer(List<String> asked, String problem, Class<?> type) {
        asked.add(problem + " " + type.getSimpleName());
        return answers.get(type);
    }

    private static final String GOOD = "{\"tax\":\"0300588569\",\"fee\":26000,\"channel\":\"online\","
            + "\"at\":\"2026-02-13T16:00:00+07:00\",\"portalTime\":\"20260213160000\",\"status\":3,"
            + "\"portalChannel\":1,\"flag\":0}";

    /** The good document with one field's value replaced. */
    private static String with(String field, String value) {
        String json = GOOD.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+)", "\"" + field + "\":" + value);
        assertThat(json).as(field).isNotEqualTo(GOOD);
        return json;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tax          | 7                    | token TaxCode",
            "fee          | \"26000\"            | token Vnd",
            "channel      | 1                    | token Channel",
            "at           | 1                    | token Instant",
            "at           | \"13/02/2026\"       | string Instant",
            "portalTime   | []                   | token Instant",
            "portalTime   | \"2026-02-13\"       | string Instant",
            "status       | 99                   | number DossierStatus",
            "portalChannel | 9                   | number Channel",
            "flag         | 2                    | number Boolean"})
    void aHandlersValueIsTheFieldsValue_onBoth(String field, String value, String asked) throws IOException {
        String json = with(field, value);
        Fields two = jackson2().readValue(json, Fields.class);
        Fields three = jackson3().readValue(json, Fields.class);
        assertThat(three).isEqualTo(two);
        assertThat(asked3).containsExactly(asked).isEqualTo(asked2);
        assertThat(value(three, field)).isEqualTo(ANSWERS.get(Fields.class.getRecordComponents()[index(field)].getType()))
                .isNotEqualTo(value(jackson2().readValue(GOOD, Fields.class), field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status        | \"three\" | string DossierStatus",
            "portalChannel | true      | token Channel",
            "flag          | \"yes\"   | string Boolean"})
    void aHandlersValueForAPortalCodeItCouldNotReadIsDropped_theCodeIsAbsent_onBoth(String field, String value,
                                                                                  String asked) throws IOException {
        String json = with(field, value);
        Fields two = jackson2().readValue(json, Fields.class);
        Fields three = jackson3().readValue(json, Fields.class);
        assertThat(three).isEqualTo(two);
        assertThat(asked3).containsExactly(asked).isEqualTo(asked2);
        assertThat(value(three, field)).isNull();
    }

    @Test
    void aHandlersAnswerForAFlagIsTheFlag_yesOrNo() throws IOException {
        for (Boolean answer : new Boolean[] {Boolean.TRUE, Boolean.FALSE}) {
            answers.put(Boolean.class, answer);
            String json = with("flag", "2");
            assertThat(jackson2().readValue(json, Fields.class).flag()).isEqualTo(answer);
            assertThat(jackson3().readValue(json, Fields.class).flag()).isEqualTo(answer);
        }
        assertThat(asked3).containsExactly("number Boolean", "number Boolean").isEqualTo(asked2);
    }

    @Test
    void theGoodDocumentAsksNothing() throws IOException {
        Fields two = jackson2().readValue(GOOD, Fields.class);
        assertThat(jackson3().readValue(GOOD, Fields.class)).isEqualTo(two);
        assertThat(two.status()).isEqualTo(DossierStatus.fromPortalCode(3));
        assertThat(two.flag()).isFalse();
        assertThat(asked2).isEmpty();
        assertThat(asked3).isEmpty();
    }

    @Test
    void aHandlersValueStandsForAMapKeyThatNamesNoConstant_onBoth() throws IOException {
        String json = "{\"by-pigeon\":1,\"online\":2}";
        Map<Channel, Integer> two = jackson2().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<Map<Channel, Integer>>() { });
        Map<Channel, Integer> three = jackson3().readValue(json, new TypeReference<Map<Channel, Integer>>() { });
        assertThat(three).isEqualTo(two).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.POSTAL, 1, Channel.ONLINE, 2));
        assertThat(asked3).containsExactly("key Channel").isEqualTo(asked2);
    }

    @Test
    void aHandlersValueStandsForFactsThatAreNotAnObject() {
        DossierFacts facts = FactsMapper.defaults().fromDossier(Dvc4jJson3Test.FILED);
        JsonMapper m = JsonMapper.builder().addModule(new Dvc4jJackson3Module())
                .addHandler(new tools.jackson.databind.deser.DeserializationProblemHandler() {
                    @Override
                    public Object handleUnexpectedToken(tools.jackson.databind.DeserializationContext ctxt,
                            tools.jackson.databind.JavaType targetType, tools.jackson.core.JsonToken t,
                            tools.jackson.core.JsonParser p, String failureMsg) {
                        asked3.add("token " + targetType.getRawClass().getSimpleName());
                        return facts;
                    }
                }).build();
        assertThat(m.readValue("7", DossierFacts.class)).isSameAs(facts);
        assertThat(asked3).containsExactly("token DossierFacts");
    }

    private static Object value(Fields fields, String field) {
        try {
            return Fields.class.getRecordComponents()[index(field)].getAccessor().invoke(fields);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(field, e);
        }
    }

    private static int index(String field) {
        var components = Fields.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        throw new AssertionError(field);
    }
}
