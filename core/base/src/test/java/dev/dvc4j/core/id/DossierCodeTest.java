package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dvc4j.core.internal.json.StrictJson;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final AgencyCode H56 = AgencyCode.parse("000.00.21.H56");

    @Test
    void parsesTheCircularsExample() {
        DossierCode c = DossierCode.parse("000.00.21.H56-190105-0001");
        assertThat(c.agency()).isEqualTo(H56);
        assertThat(c.date()).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(c.sequence()).isEqualTo(1);
        assertThat(c).hasToString("000.00.21.H56-190105-0001");
        assertThat(DossierCode.parse("  000.00.00.G01-251231-9999 ").sequence()).isEqualTo(9999);
        assertThat(DossierCode.isValid("000.00.21.H56-190105-0001")).isTrue();
    }

    @Test
    void formatsWithLeadingZeros() {
        assertThat(new DossierCode(H56, LocalDate.of(2025, 7, 1), 42)).hasToString("000.00.21.H56-250701-0042");
        assertThat(new DossierCode(H56, LocalDate.of(2000, 2, 29), 9999)).hasToString("000.00.21.H56-000229-9999");
    }

    @Test
    void ordersByAgencyThenDateThenSequence() {
        DossierCode a = DossierCode.parse("000.00.21.H56-190105-0002");
        DossierCode b = DossierCode.parse("000.00.21.H56-190106-0001");
        DossierCode c = DossierCode.parse("000.00.22.H56-190101-0001");
        DossierCode a1 = DossierCode.parse("000.00.21.H56-190105-0001");
        assertThat(java.util.stream.Stream.of(c, b, a, a1).sorted()).containsExactly(a1, a, b, c);
    }

    @Test
    void badInputsGiveTypedExceptionsInBothLanguages() {
        assertThatThrownBy(() -> DossierCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThat(DossierCode.isValid(null)).isFalse();
        assertShape("");
        assertShape("   ");
        assertShape("000.00.21.H56");
        assertShape("000.00.21.H56-190105");
        assertShape("000.00.21.H56-19015-0001");
        assertShape("000.00.21.H56-190105-001");
        assertShape("000.00.21.H56-190105-00001");
        assertShape("000.00.21.H56-19O105-0001");
        assertShape("000.00.21.H56-190105-00A1");
        assertThat(assertThrows(InvalidIdentifierException.class, () -> DossierCode.parse("-190105-0001")).getMessage(Locale.ENGLISH))
                .as("digits and dashes alone could be a phone number typed into the wrong field: masked")
                .startsWith("Dossier code \"-190******01\" is not of the form");
        assertShape("000.00.21.H56_190105_0001");

        InvalidIdentifierException date = assertThrows(InvalidIdentifierException.class,
                () -> DossierCode.parse("000.00.21.H56-190230-0001"));
        assertThat(date.getMessage(Locale.ENGLISH)).isEqualTo("Dossier code \"000.00.21.H56-190230-0001\" holds an impossible date");
        assertThat(date.getMessage(VI)).isEqualTo("Mã hồ sơ \"000.00.21.H56-190230-0001\" chứa ngày không tồn tại");
        assertThrows(InvalidIdentifierException.class, () -> DossierCode.parse("000.00.21.H56-250229-0001"));
        assertThrows(InvalidIdentifierException.class, () -> DossierCode.parse("000.00.21.H56-191301-0001"));
        assertThrows(InvalidIdentifierException.class, () -> DossierCode.parse("000.00.21.H56-190100-0001"));
        assertThat(DossierCode.isValid("000.00.21.H56-240229-0001")).isTrue();

        InvalidIdentifierException zero = assertThrows(InvalidIdentifierException.class,
                () -> DossierCode.parse("000.00.21.H56-190105-0000"));
        assertThat(zero.getMessage(Locale.ENGLISH)).isEqualTo("The daily dossier sequence must be 1 to 9999, got 0");
        assertThat(zero.getMessage(VI)).isEqualTo("Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999, nhận được 0");

        InvalidIdentifierException agency = assertThrows(InvalidIdentifierException.class,
                () -> DossierCode.parse("000.00.21-190105-0001"));
        assertThat(agency.kind()).isEqualTo("AgencyCode");
        assertThat(agency.getMessage(Locale.ENGLISH)).contains("does not follow QCVN 102:2016");
    }

    @Test
    void constructorRefusesSequenceAndYearOutOfRange() {
        LocalDate d = LocalDate.of(2025, 1, 5);
        for (int bad : new int[] {0, -1, 10000, Integer.MAX_VALUE}) {
            InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> new DossierCode(H56, d, bad));
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("The daily dossier sequence must be 1 to 9999, got " + bad);
        }
        InvalidIdentifierException y = assertThrows(InvalidIdentifierException.class,
                () -> new DossierCode(H56, LocalDate.of(1999, 12, 31), 1));
        assertThat(y.getMessage(Locale.ENGLISH)).isEqualTo("Receipt date 1999-12-31 is outside 2000–2099 (the code keeps two year digits)");
        assertThat(y.getMessage(VI)).isEqualTo("Ngày tiếp nhận 1999-12-31 nằm ngoài 2000–2099 (mã chỉ ghi hai chữ số năm)");
        assertThrows(InvalidIdentifierException.class, () -> new DossierCode(H56, LocalDate.of(2100, 1, 1), 1));
        assertThrows(NullPointerException.class, () -> new DossierCode(null, d, 1));
        assertThrows(NullPointerException.class, () -> new DossierCode(H56, null, 1));
    }

    @Test
    void jsonIsTheCodeString() throws Exception {
        var mapper = StrictJson.newMapper();
        DossierCode c = DossierCode.parse("000.00.21.H56-190105-0001");
        assertThat(mapper.writeValueAsString(c)).isEqualTo("\"000.00.21.H56-190105-0001\"");
        assertThat(mapper.readValue("\"000.00.21.H56-190105-0001\"", DossierCode.class)).isEqualTo(c);
    }

    private static void assertShape(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> DossierCode.parse(text));
        assertThat(e.code()).isEqualTo("id.invalid.DossierCode");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Dossier code \"" + text
                + "\" is not of the form <agency code>-<YYMMDD>-<NNNN> (Circular 01/2018/TT-VPCP)");
        assertThat(e.getMessage(VI)).isEqualTo("Mã hồ sơ \"" + text
                + "\" không đúng dạng <mã cơ quan>-<YYMMDD>-<NNNN> (Thông tư 01/2018/TT-VPCP)");
        assertThat(DossierCode.isValid(text)).isFalse();
    }
}
