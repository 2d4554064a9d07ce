package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierLifecycleTestAccess;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad JSON raises a typed, bilingual error naming the path; good JSON reads exactly. */
class WireFormatTest {

    static final String DOSSIER = Dvc4jJson.write(DossierLifecycleTestAccess.filed());

    @Test
    void valueTypesAreStringsAndMoneyIsAnInteger() {
        assertThat(Dvc4jJson.write(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(Dvc4jJson.read("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
        assertThat(Dvc4jJson.write(ProcedureCode.parse("1.000948.H38"))).isEqualTo("\"1.000948.H38\"");
        assertThat(Dvc4jJson.read(DOSSIER, Dossier.class)).isEqualTo(DossierLifecycleTestAccess.filed());
    }

    @Test
    void malformedTextNamesLineAndColumn() {
        assertThatThrownBy(() -> Dvc4jJson.read("{\n  \"code\": ", Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.code()).isEqualTo("json.wire-format");
                });
    }

    @Test
    void anUnknownPropertyNamesItsPath() {
        String json = DOSSIER.replace("\"actor\":\"portal\"", "\"actor\":\"portal\",\"hacked\":true");
        assertThatThrownBy(() -> Dvc4jJson.read(json, Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("events[0].hacked");
                    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Invalid JSON at events[0].hacked");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("JSON không hợp lệ tại events[0].hacked");
                });
    }

    @Test
    void anInvalidIdentifierKeepsItsBilingualMessage() {
        String json = DOSSIER.replaceFirst("\"procedure\":\"1.002859\"", "\"procedure\":\"1.02859\"");
        assertThatThrownBy(() -> Dvc4jJson.read(json, Dossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("procedure");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Procedure code \"1.02859\" is invalid");
                    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("Mã thủ tục \"1.02859\" không hợp lệ");
                });
    }

    @Test
    void wrongTypesAndOversizedInputAreRejected() {
        assertThatThrownBy(() -> Dvc4jJson.read("\"mười nghìn\"", Vnd.class)).isInstanceOf(WireFormatException.class);
        assertThatThrownBy(() -> Dvc4jJson.read("1" + "0".repeat(120), Vnd.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("Number value length");
        assertThatThrownBy(() -> Dvc4jJson.read("[".repeat(100) + "]".repeat(100), Object.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> Dvc4jJson.read("26000 1", Vnd.class)).isInstanceOf(WireFormatException.class);
    }
}
