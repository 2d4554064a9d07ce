package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.io.InputFormatException;
import dev.dvc4j.core.money.Vnd;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jackson 2 module on a fresh mapper (the shared one is built once per JVM): every identifier and duration is a
 * JSON string read back by its own parser, money an integer, dates ISO strings, Labelled enums their wire names.
 */
class JacksonModuleTest {

    /** One value of each type the module writes as a string, and the string. */
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

    private static void writesAndReadsEveryTextType(ObjectMapper m) throws Exception {
        for (Object[] t : TEXTS) {
            assertThat(m.writeValueAsString(t[0])).as(t[0].getClass().getSimpleName()).isEqualTo("\"" + t[1] + "\"");
            assertThat(m.readValue("\"" + t[1] + "\"", t[0].getClass())).isEqualTo(t[0]);
        }
        assertThat(m.writeValueAsString(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(m.writeValueAsString(LocalDate.of(2026, 3, 2))).isEqualTo("\"2026-03-02\"");
        assertThat(m.writeValueAsString(Channel.IN_PERSON)).isEqualTo("\"in-person\"");
        assertThat(m.readValue("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void aNewMapperWritesEveryValueTypeAsTheWireFormatDoes() throws Exception {
        JsonMapper m = Dvc4jJson.newMapper();
        assertThat(m).isNotSameAs(Dvc4jJson.mapper());
        writesAndReadsEveryTextType(m);
        assertThatThrownBy(() -> m.readValue("\"1.02859\"", ProcedureCode.class))
                .hasMessageContaining("1.02859");
    }

    @Test
    void aHostsOwnMapperWithTheModuleDoesTheSame() throws Exception {
        writesAndReadsEveryTextType(new ObjectMapper().registerModule(new Dvc4jJacksonModule()));
    }

    /**
     * Why the module registers a codec for each text type although the types carry {@code @JsonCreator} and
     * {@code @JsonValue}: on a host's own mapper, where nothing else registers them, the annotations alone would read
     * {@code {}} as a zero duration or period (Jackson binds a record's components) and wrap a parser's refusal in
     * Jackson's "Cannot construct instance" wording; the codec reads only a string and keeps the parser's words.
     */
    @Test
    void onAHostsMapperEachTextTypeIsReadOnlyFromAString_andRefusedInItsParsersWords() {
        ObjectMapper host = new ObjectMapper().registerModule(new Dvc4jJacksonModule());
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

    /**
     * On the wire format's own mapper each text type is refused alike: a rejected text with its parser's code and
     * words in both languages, any other JSON type as a wrong type that names what was found.
     */
    @Test
    void theWireFormatRefusesEachTextTypeWithItsParsersCodeOrAsAWrongType() {
        PARSERS.forEach((type, parse) -> {
            Dvc4jException own = catchThrowableOfType(Dvc4jException.class, () -> parse.apply("x"));
            WireFormatException bad = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read("\"x\"", type));
            assertThat(bad).as(type.getSimpleName()).isNotNull();
            WireFormatTest.assertClean(bad);
            assertThat(bad.problem().code()).isEqualTo(own.code());
            assertThat(bad.problem().message()).isEqualTo(own.text());
            assertThat(bad.problem().path()).isEqualTo("$");
            assertThat(bad.line()).isEqualTo(1);
            assertThat(bad.column()).isEqualTo(1);
            for (String[] t : new String[][] {{"7", "an integer", "số nguyên"}, {"true", "true or false", "true hoặc false"},
                    {"{}", "an object", "đối tượng"}}) {
                WireFormatException wrong = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(t[0], type));
                assertThat(wrong).as(type.getSimpleName() + " " + t[0]).isNotNull();
                WireFormatTest.assertClean(wrong);
                assertThat(wrong.problem().code()).isEqualTo("input.wrong-type");
                assertThat(wrong.problem().path()).isEqualTo("$");
                assertThat(wrong.column()).isEqualTo(1);
                assertThat(wrong.getMessage(Locale.ENGLISH)).startsWith("Line 1:1 ($): wrong type: ").endsWith("found " + t[1]);
                assertThat(wrong.getMessage(Locale.forLanguageTag("vi"))).startsWith("Dòng 1:1 ($): sai kiểu: ")
                        .endsWith("nhận được " + t[2]);
            }
        });
    }

    @Test
    void theModuleBringsJavaTimeAndLabelledEnums() {
        List<String> names = StreamSupport.stream(new Dvc4jJacksonModule().getDependencies().spliterator(), false)
                .map(Module::getModuleName).toList();
        assertThat(names).hasSize(2).contains("jackson-datatype-jsr310");
    }

    @Test
    void aFileIsReadWithItsNameInMessages(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("amount.json");
        java.nio.file.Files.writeString(ok, "26000");
        assertThat(Dvc4jJson.read(ok, Vnd.class)).isEqualTo(Vnd.of(26_000));
        Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "\"x\"");
        assertThatThrownBy(() -> Dvc4jJson.read(bad, Vnd.class)).isInstanceOfSatisfying(WireFormatException.class,
                e -> assertThat(e.getMessage()).contains(bad.toString()));
        assertThatThrownBy(() -> Dvc4jJson.read(dir.resolve("missing.json"), Vnd.class))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.getMessage()).contains("missing.json"));
    }

    @Test
    void aReadingPolicyErrorBecomesAWireFormatErrorWithTheSameProblem() {
        WireFormatException w = catchWire();
        assertThat(WireFormatException.of(w)).isSameAs(w);
        InputFormatException plain = new InputFormatException(w.problem(), null);
        WireFormatException converted = WireFormatException.of(plain);
        assertThat(converted.problem()).isEqualTo(w.problem());
        assertThat(converted.getCause()).isSameAs(plain);
        Throwable cause = new IllegalStateException("x");
        InputFormatException withCause = new InputFormatException(w.problem(), cause);
        assertThat(WireFormatException.of(withCause).getCause()).isSameAs(cause);
        assertThat(WireFormatException.of("s.json", new java.io.IOException("disk")).problem().source()).isEqualTo("s.json");
    }

    private static WireFormatException catchWire() {
        try {
            Dvc4jJson.read("\"x\"", Vnd.class);
        } catch (WireFormatException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
