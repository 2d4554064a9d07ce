package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.testkit.DossierScenario;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 reads as strictly as Jackson 2, within the same limits, and fails with the same typed errors. */
class Dvc4jJson3Test {

    static final Dossier FILED = DossierScenario.online("1.002859").dossier();
    static final String DOSSIER = Dvc4jJson.write(FILED);

    @Test
    void valueTypesAreStringsAndMoneyIsAnInteger() {
        assertThat(Dvc4jJson3.write(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(Dvc4jJson3.read("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
        assertThat(Dvc4jJson3.write(ProcedureCode.parse("1.000948.H38"))).isEqualTo("\"1.000948.H38\"");
        assertThat(Dvc4jJson3.write(Channel.ONLINE)).isEqualTo("\"online\"");
        assertThat(Dvc4jJson3.read(DOSSIER, Dossier.class)).isEqualTo(FILED);
        assertThat(Dvc4jJson3.read(new ByteArrayInputStream(DOSSIER.getBytes(StandardCharsets.UTF_8)), Dossier.class))
                .isEqualTo(FILED);
    }

    @Test
    void malformedTextNamesLineAndColumn() {
        assertThatThrownBy(() -> Dvc4jJson3.read("{\n  \"code\": ", Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.code()).isEqualTo("json.wire-format");
                });
    }

    @Test
    void anUnknownPropertyNamesItsPathInBothLanguages() {
        String json = DOSSIER.replace("\"actor\":\"portal\"", "\"actor\":\"portal\",\"hacked\":true");
        assertThat(json).isNotEqualTo(DOSSIER);
        assertThatThrownBy(() -> Dvc4jJson3.read(json, Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.events[0].hacked");
                    assertThat(e.problem().code()).isEqualTo("input.unknown-property");
                    assertThat(e.getMessage(Locale.ENGLISH)).endsWith("($.events[0].hacked): unknown property \"hacked\"");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi")))
                            .endsWith("($.events[0].hacked): thuộc tính \"hacked\" không có trong định dạng");
                });
    }

    @Test
    void anInvalidIdentifierKeepsItsBilingualMessage() {
        String json = DOSSIER.replaceFirst("\"procedure\":\"1.002859\"", "\"procedure\":\"1.02859\"");
        assertThat(json).isNotEqualTo(DOSSIER);
        assertThatThrownBy(() -> Dvc4jJson3.read(json, Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.procedure");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Procedure code \"1.02859\" is invalid");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("Mã thủ tục \"1.02859\" không hợp lệ");
                });
    }

    @Test
    void aMissingPrimitiveIsRefusedAsJackson2RefusesIt_notReadAsFalse() {
        assertThat(DOSSIER).contains(",\"fromNationalStore\":false");
        String json = DOSSIER.replaceFirst(",\"fromNationalStore\":false", "");
        WireFormatException two = catchThrowableOfType(WireFormatException.class, () -> Dvc4jJson.read(json, Dossier.class));
        // a new mapper, so that the introspector is asked (a shared mapper caches its answers)
        assertThatThrownBy(() -> {
            try {
                Dvc4jJson3.newMapper().readValue(json, Dossier.class);
            } catch (tools.jackson.core.JacksonException e) {
                throw Dvc4jJson3.wireFormatException(e);
            }
        })
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("input.wrong-type").isEqualTo(two.problem().code());
                    assertThat(e.path()).isEqualTo("$.documents[0].fromNationalStore").isEqualTo(two.path());
                    assertThat(e.line()).isEqualTo(two.line());
                    assertThat(e.column()).isEqualTo(two.column());
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(two.getMessage(Locale.ENGLISH))
                            .endsWith("wrong type: expected true or false, found the end of the input");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo(two.getMessage(Locale.forLanguageTag("vi")))
                            .endsWith("sai kiểu: cần true hoặc false, nhận được hết dữ liệu");
                });
    }

    @Test
    void aTamperedHistoryIsRefused() {
        String json = DOSSIER.replaceFirst("\"actor\":\"portal\"", "\"actor\":\"someone-else\"");
        assertThat(json).isNotEqualTo(DOSSIER);
        assertThatThrownBy(() -> Dvc4jJson.read(json, Dossier.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson3.read(json, Dossier.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void wrongTypesTrailingTextAndOversizedInputAreRejected() {
        assertThatThrownBy(() -> Dvc4jJson3.read("\"mười nghìn\"", Vnd.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson3.read("1" + "0".repeat(120), Vnd.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("a number is longer than 100 characters");
        assertThat(Dvc4jJson3.read("1" + "0".repeat(17), Vnd.class)).isEqualTo(Vnd.of(100_000_000_000_000_000L));
        assertThatThrownBy(() -> Dvc4jJson3.read("[".repeat(100) + "]".repeat(100), Object.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("nested deeper than 64 levels");
        assertThat(Dvc4jJson3.read("[".repeat(60) + "]".repeat(60), Object.class)).isNotNull();
        assertThatThrownBy(() -> Dvc4jJson3.read("26000 1", Vnd.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson3.read(DOSSIER + " trailing", Dossier.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson3.read("1", Channel.class)).isInstanceOf(WireFormatException.class);
        assertThat(Dvc4jJson3.read("\"postal\"", Channel.class)).isEqualTo(Channel.POSTAL);
        assertThatThrownBy(() -> Dvc4jJson3.read("{\"a\":1,\"a\":2}", tools.jackson.databind.JsonNode.class))
                .isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson3.read("NaN", Double.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void malformedFactsAreTypedErrors() {
        assertThatThrownBy(() -> Dvc4jJson3.read("{\"code\":\"x\",\"unknown\":1}", DossierFacts.class))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("unknown"));
        assertThatThrownBy(() -> Dvc4jJson3.read("[1]", DossierFacts.class)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void theModuleIsFoundByServiceLoading() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains("dvc4j");
        assertThat(found.writeValueAsString(Vnd.of(5))).isEqualTo("5");
    }
}
