package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyAndProcedureCodeTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void agencyCodes() {
        AgencyCode a = AgencyCode.parse(" 000.00.21.H56 ");
        assertThat(a.value()).isEqualTo("000.00.21.H56");
        assertThat(a.levelOneUnit()).isEqualTo("H56");
        assertThat(AgencyCode.parse("000.00.00.G01").levelOneUnit()).isEqualTo("G01");
        assertThat(AgencyCode.isValid("000.00.21.H49")).isTrue();
        assertThat(a.compareTo(AgencyCode.parse("000.00.22.H56"))).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "000.00.21", "000.00.21.H56.1", "00.00.21.H56", "000.000.21.H56", "000.00.21.h56",
        "000-00-21-H56", "000.00.21.H5", "000.00.21.H567", "000.00.2Đ.H56"})
    void badAgencyCodes(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> AgencyCode.parse(text));
        String shown = text == null ? "null" : text.strip();
        assertThat(e.code()).isEqualTo("id.invalid.AgencyCode");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Agency code \"" + shown + "\" does not follow QCVN 102:2016 "
                + "(form V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.21.H56)");
        assertThat(e.getMessage(VI)).isEqualTo("Mã cơ quan \"" + shown + "\" không đúng QCVN 102:2016 "
                + "(dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.21.H56)");
        assertThat(AgencyCode.isValid(text)).isFalse();
    }

    @Test
    void procedureCodes() {
        ProcedureCode national = ProcedureCode.parse("1.005129");
        assertThat(national.national()).isEqualTo("1.005129");
        assertThat(national.agencySuffix()).isEmpty();
        ProcedureCode suffixed = ProcedureCode.parse(" 1.000948.H38 ");
        assertThat(suffixed.national()).isEqualTo("1.000948");
        assertThat(suffixed.agencySuffix()).contains("H38");
        assertThat(suffixed.withoutSuffix()).isEqualTo(ProcedureCode.parse("1.000948"));
        assertThat(suffixed).hasToString("1.000948.H38");
        assertThat(ProcedureCode.isValid("2.000635")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.00512", "1.0051290", "10.005129", "1,005129", "1.005129.", "1.005129.h38",
        "1.005129.H38.X", "1.005129.ABCDEFGHIJK", "A.005129"})
    void badProcedureCodes(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> ProcedureCode.parse(text));
        assertThat(e.code()).isEqualTo("id.invalid.ProcedureCode");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Procedure code \"" + text + "\" is invalid (form d.dddddd, "
                + "optionally with an agency suffix, e.g. 1.000948.H38)");
        assertThat(e.getMessage(VI)).isEqualTo("Mã thủ tục \"" + text + "\" không hợp lệ (dạng d.dddddd, "
                + "có thể kèm hậu tố cơ quan, ví dụ 1.000948.H38)");
        assertThat(ProcedureCode.isValid(text)).isFalse();
    }

    @Test
    void nullIsRefusedNamingTheParameterAndIsNeverValid() {
        assertThatThrownBy(() -> AgencyCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> new AgencyCode(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> ProcedureCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThat(AgencyCode.isValid(null)).isFalse();
        assertThat(ProcedureCode.isValid(null)).isFalse();
    }

    @Test
    void procedureConstructorChecksBothParts() {
        assertThatThrownBy(() -> new ProcedureCode(null,
                null)).isInstanceOf(NullPointerException.class).hasMessage("national");
        assertThrows(InvalidIdentifierException.class, () -> new ProcedureCode("1.005129", "h38"));
        assertThat(new ProcedureCode("1.005129", null)).isEqualTo(ProcedureCode.parse("1.005129"));
    }
}
