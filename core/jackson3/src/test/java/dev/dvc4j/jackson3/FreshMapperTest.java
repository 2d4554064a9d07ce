package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.Dvc4jException;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.io.FactsWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.example.host.HostBean;
import org.example.host.HostRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module on mappers built in the test (a shared mapper is built once per JVM and caches what the module and its
 * introspector said): dvc4j's own mapper and a host's default one, which sorts properties alphabetically.
 */
class FreshMapperTest {

    private static final List<Object[]> TEXTS = List.of(
            new Object[] {DossierCode.parse("000.00.21.H42-260302-0001"), "000.00.21.H42-260302-0001"},
            new Object[] {AgencyCode.parse("000.00.21.H42"), "000.00.21.H42"},
            new Object[] {ProcedureCode.parse("1.000948.H38"), "1.000948.H38"},
            new Object[] {PersonalId.parse("042095001234"), "042095001234"},
            new Object[] {TaxCode.parse("0100109106"), "0100109106"},
            new Object[] {PhoneNumber.parse("0912345678"), "0912345678"},
            new Object[] {WorkingDuration.parse("7"), WorkingDuration.parse("7").toString()},
            new Object[] {ProcessingPeriod.parse("30cd"), "30cd"});

    /** The parser of each type the module writes as a string. */
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            DossierCode.class, DossierCode::parse, AgencyCode.class, AgencyCode::parse,
            ProcedureCode.class, ProcedureCode::parse, PersonalId.class, PersonalId::parse, TaxCode.class, TaxCode::parse,
            PhoneNumber.class, PhoneNumber::parse, WorkingDuration.class, WorkingDuration::parse,
            ProcessingPeriod.class, ProcessingPeriod::parse);

    private static void writesAndReadsEveryTextType(JsonMapper m) {
        for (Object[] t : TEXTS) {
            assertThat(m.writeValueAsString(t[0])).as(t[0].getClass().getSimpleName()).isEqualTo("\"" + t[1] + "\"");
            assertThat(m.readValue("\"" + t[1] + "\"", t[0].getClass())).isEqualTo(t[0]);
        }
        assertThat(m.writeValueAsString(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(m.readValue("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
        assertThat(m.writeValueAsString(LocalDate.of(2026, 3, 2))).isEqualTo("\"2026-03-02\"");
        assertThat(m.readValue("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void aNewStrictMapperAndAHostsMapperWriteAndReadEveryValueType() {
        writesAndReadsEveryTextType(Dvc4jJson3.newMapper());
        writesAndReadsEveryTextType(Dvc4jJson3.builder().build());
        writesAndReadsEveryTextType(JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build());
    }

    /**
     * Why the module registers a codec for each text type although the types carry {@code @JsonCreator} and
     * {@code @JsonValue}, as the Jackson 2 module does: on a host's own mapper the annotations alone would read
     * {@code {}} as a zero duration or period and wrap a parser's refusal in Jackson's "Cannot construct instance"
     * wording; the codec reads only a string and keeps the parser's words.
     */
    @Test
    void onAHostsMapperEachTextTypeIsReadOnlyFromAString_andRefusedInItsParsersWords() {
        JsonMapper host = JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build();
        assertThat(PARSERS).hasSize(TEXTS.size());
        PARSERS.forEach((type, parse) -> {
            Dvc4jException own = catchThrowableOfType(Dvc4jException.class, () -> parse.apply("x"));
            InvalidFormatException bad = catchThrowableOfType(InvalidFormatException.class,
                    () -> host.readValue("\"x\"", type));
            assertThat(bad).as(type.getSimpleName()).isNotNull();
            assertThat(bad.getOriginalMessage()).isEqualTo(own.getMessage())
                    .contains(own.text().en(), own.text().vi()).doesNotContain("Cannot construct");
            assertThat(bad.getCause()).isInstanceOfSatisfying(Dvc4jException.class, c -> {
                assertThat(c.code()).isEqualTo(own.code());
                assertThat(c.text()).isEqualTo(own.text());
            });
            assertThat(bad.getValue()).isEqualTo("x");
            assertThat(bad.getTargetType()).isEqualTo(type);
            for (String notAString : List.of("{}", "7", "true")) {
                MismatchedInputException wrong = catchThrowableOfType(MismatchedInputException.class,
                        () -> host.readValue(notAString, type));
                assertThat(wrong).as(type.getSimpleName() + " " + notAString).isNotNull();
                assertThat(wrong.getOriginalMessage()).startsWith("Cannot deserialize value of type");
                assertThat(wrong.getTargetType()).isEqualTo(type);
            }
        });
    }

    /** Each text type is refused by the strict reader as Jackson 2's refuses it: the same problem, in both languages. */
    @Test
    void eachTextTypeIsRefusedAsJackson2RefusesIt() {
        PARSERS.forEach((type, parse) -> {
            Dvc4jException own = catchThrowableOfType(Dvc4jException.class, () -> parse.apply("x"));
            for (String json : List.of("\"x\"", "7", "true", "{}")) {
                WireFormatException two = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(json, type));
                WireFormatException three = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson3.read(json, type));
                assertThat(three).as(type.getSimpleName() + " " + json).isNotNull();
                assertThat(three.problem()).isEqualTo(two.problem());
                assertThat(three.problem().code()).isEqualTo(json.startsWith("\"") ? own.code() : "input.wrong-type");
                assertThat(three.problem().path()).isEqualTo("$");
            }
        });
    }

    @Test
    void aHostsAlphabeticalMapperStillWritesDvc4jTypesInDeclaredOrder_andTheirFieldCodecs() throws Exception {
        JsonMapper host = JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build();
        Dossier d = Dvc4jJson3Test.FILED;
        assertThat(host.writeValueAsString(d)).isEqualTo(Dvc4jJson.write(d));
        assertThat(host.readValue(Dvc4jJson.write(d), Dossier.class)).isEqualTo(d);
        String portal = Dvc4jJson.mapper().writeValueAsString(PortalMapper.defaults().toPortal(d));
        assertThat(host.writeValueAsString(PortalMapper.defaults().toPortal(d))).isEqualTo(portal);
        assertThat(host.readValue(portal, dev.dvc4j.core.portal.PortalDossier.class))
                .isEqualTo(PortalMapper.defaults().toPortal(d));
    }

    /** A record of dvc4j's packages, declared as {@link HostRecord} is. */
    record Declared(int zeta, String alpha) {
    }

    /** The host's bean as a type of dvc4j's packages (the properties a record declares keep their order anyway). */
    public static final class DeclaredBean extends HostBean {
    }

    @Test
    void theIntrospectorSpeaksForDvc4jsOwnTypesOnly_aHostsRecordKeepsItsMappersOrderAndDefaults() {
        JsonMapper host = JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build();
        assertThat(host.writeValueAsString(new DeclaredBean())).isEqualTo("{\"zeta\":1,\"alpha\":\"a\"}");
        assertThat(host.writeValueAsString(new HostBean())).isEqualTo("{\"alpha\":\"a\",\"zeta\":1}");
        assertThat(host.readValue("{\"alpha\":\"a\"}", HostRecord.class)).isEqualTo(new HostRecord(0, "a"));
        MismatchedInputException missing = catchThrowableOfType(MismatchedInputException.class,
                () -> host.readValue("{\"alpha\":\"a\"}", Declared.class));
        assertThat(missing).isNotNull();
        assertThat(missing.getOriginalMessage()).startsWith("Missing required creator property 'zeta'");
        assertThat(host.readValue("{\"zeta\":0,\"alpha\":\"a\"}", Declared.class)).isEqualTo(new Declared(0, "a"));
    }

    @Test
    void factsAreWrittenAndReadAsTheFactsLine() {
        JsonMapper m = Dvc4jJson3.newMapper();
        DossierFacts facts = FactsMapper.defaults().fromDossier(Dvc4jJson3Test.FILED);
        String line = FactsWriter.toJsonLine(facts);
        assertThat(m.writeValueAsString(facts)).isEqualTo(line);
        assertThat(m.readValue(line, DossierFacts.class)).isEqualTo(facts);
    }

    @Test
    void theIntrospectorHasNoVersionOfItsOwn_andTheModuleIsNamedDvc4j() {
        assertThat(new dev.dvc4j.jackson3.internal.WireIntrospector().version())
                .isEqualTo(tools.jackson.core.Version.unknownVersion());
        assertThat(new Dvc4jJackson3Module().getModuleName()).isEqualTo("dvc4j");
    }
}
