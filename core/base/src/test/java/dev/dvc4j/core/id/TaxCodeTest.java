package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    /**
     * Head-office tax codes of well-known enterprises, as published on their registration records, invoices and
     * annual reports. Each was checked against the algorithm before being listed here; none of the candidates
     * considered failed it.
     */
    static final List<String> ENTERPRISES = List.of(
            "0300588569", // Vinamilk (Công ty Cổ phần Sữa Việt Nam)
            "0101248141", // FPT Corporation
            "0100109106", // Viettel (Tập đoàn Công nghiệp - Viễn thông Quân đội)
            "0100112437", // Vietcombank
            "0100107370", // Petrolimex
            "0101245486", // Vingroup
            "0900189284", // Hòa Phát Group
            "0303576603", // Masan Group
            "0100107518", // Vietnam Airlines
            "0102325399", // Vietjet Aviation
            "0100150619", // BIDV
            "0100111948", // VietinBank
            "0300583659", // Sabeco
            "0306731335", // Mobile World (Thế Giới Di Động)
            "0100100079"); // EVN

    @Test
    void acceptsPublishedEnterpriseCodes() {
        for (String code : ENTERPRISES) {
            TaxCode t = TaxCode.parse(code);
            assertThat(t.value()).isEqualTo(code);
            assertThat(t.isBranch()).isFalse();
            assertThat(t.isPersonalNumber()).isFalse();
            assertThat(t.province()).contains(code.substring(0, 2));
            assertThat(t.branch()).isEmpty();
            assertThat(t.toString()).isEqualTo(code);
            assertThat(TaxCode.isValid(code)).isTrue();
        }
    }

    @Test
    void rejectsEverySingleDigitChangeOfThePublishedCodes() {
        int rejected = 0;
        for (String code : ENTERPRISES) {
            for (int i = 0; i < 10; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (code.charAt(i) == d) {
                        continue;
                    }
                    String changed = code.substring(0, i) + d + code.substring(i + 1);
                    assertThat(TaxCode.isValid(changed)).as("%s (from %s)", changed, code).isFalse();
                    assertThatThrownBy(() -> TaxCode.parse(changed)).isInstanceOf(InvalidIdentifierException.class);
                    // the branch form of a changed code is rejected as well
                    assertThat(TaxCode.isValid(changed + "-001")).as("%s-001", changed).isFalse();
                    rejected++;
                }
            }
        }
        assertThat(rejected).isEqualTo(ENTERPRISES.size() * 10 * 9);
    }

    @Test
    void knownAnswersOfPythonStdnum() {
        assertThat(TaxCode.isValid("0100233488")).isTrue();
        assertThat(TaxCode.isValid("0314409058-002")).isTrue();
        assertThat(TaxCode.isValid("0312687878-001")).isTrue();
        assertThat(TaxCode.isValid("0100233480")).isFalse();
        assertThat(TaxCode.isValid("12345")).isFalse();
        assertThat(TaxCode.checkDigit("010023348")).isEqualTo(8);
    }

    @Test
    void branchForms() {
        TaxCode dashed = TaxCode.parse("0100109106-501");
        TaxCode plain = TaxCode.parse("0100109106501");
        TaxCode spaced = TaxCode.parse(" 0100112437 005 ");
        assertThat(plain).isEqualTo(dashed);
        assertThat(dashed.value()).isEqualTo("0100109106-501");
        assertThat(dashed.isBranch()).isTrue();
        assertThat(dashed.branch()).contains("501");
        assertThat(dashed.province()).contains("01");
        assertThat(dashed.headOffice()).isEqualTo(TaxCode.parse("0100109106"));
        assertThat(spaced.value()).isEqualTo("0100112437-005");
        assertThat(TaxCode.parse("0300588569").withBranch(7).value()).isEqualTo("0300588569-007");
        assertThat(TaxCode.parse("0300588569").headOffice()).isEqualTo(TaxCode.parse("0300588569"));
        for (String code : ENTERPRISES) {
            for (int b : new int[] {1, 2, 99, 999}) {
                TaxCode branch = TaxCode.parse(code).withBranch(b);
                assertThat(TaxCode.parse(branch.value())).isEqualTo(branch);
                assertThat(branch.headOffice().value()).isEqualTo(code);
            }
        }
    }

    @Test
    void withBranchRefusesOutOfRangeAndPersonalNumbers() {
        TaxCode vinamilk = TaxCode.parse("0300588569");
        assertThatThrownBy(() -> vinamilk.withBranch(0)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("branches 001–999");
        assertThatThrownBy(() -> vinamilk.withBranch(1000)).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> TaxCode.parse("079090001234").withBranch(1))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageNotContaining("079090001234");
    }

    @Test
    void personalNumberIsAnIndividualsTaxCode() {
        TaxCode t = TaxCode.parse("079090001234");
        assertThat(t.isPersonalNumber()).isTrue();
        assertThat(t.province()).isEmpty();
        assertThat(t.branch()).isEmpty();
        assertThat(t.personalId()).contains(PersonalId.parse("079090001234"));
        assertThat(t.toString()).isEqualTo("0790******34");
        assertThat(TaxCode.parse("0300588569").personalId()).isEmpty();
    }

    @Test
    void personalNumberWithUnknownPlaceIsRejectedAndMasked() {
        assertThatThrownBy(() -> TaxCode.parse("099090001234"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("0990******34")
                .hasMessageNotContaining("099090001234")
                .hasMessageContaining("unknown place-of-registration code");
    }

    @Test
    void badInputsGiveTypedExceptionsWithReasonsInBothLanguages() {
        assertThatThrownBy(() -> TaxCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> new TaxCode(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThat(TaxCode.isValid(null)).isFalse();
        assertReason("", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("   ", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("030058856", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("03005885691", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("03005885A9", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("0300588569-12", "must be 10 digits", "phải gồm 10 chữ số");
        assertReason("0012345678", "province 00", "mã tỉnh 00");
        assertReason("0100000000", "sequence 0000000", "số thứ tự 0000000");
        assertReason("0300588569-000", "branch 000", "chi nhánh 000");
        assertReason("0300588568", "the 10th digit must be 9", "chữ số thứ 10 phải là 9");
        assertReason(divisibleByEleven(), "admit no check digit", "chia hết cho 11");
    }

    @Test
    void inputThatIsNotEnterpriseShapedIsMaskedInTheMessage() {
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> TaxCode.parse("07909000123"));
        assertThat(e.input()).isEqualTo("0790*****23");
        assertThat(e.getMessage()).contains("0790*****23").doesNotContain("07909000123");
        InvalidIdentifierException enterprise = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> TaxCode.parse("0300588569-000"));
        assertThat(enterprise.input()).isEqualTo("0300588569-000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0300588560", "0300588561", "0300588562", "0300588563", "0300588564", "0300588565",
        "0300588566", "0300588567", "0300588568"})
    void rejectsEveryOtherCheckDigit(String code) {
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> TaxCode.parse(code));
        assertThat(e.kind()).isEqualTo("TaxCode");
        assertThat(e.code()).isEqualTo("id.invalid.TaxCode");
        assertThat(e.input()).isEqualTo(code);
    }

    @Test
    void checkDigitIsMinusOneWhenTheSumIsDivisibleByEleven() {
        String nine = divisibleByEleven().substring(0, 9);
        assertThat(TaxCode.checkDigit(nine)).isEqualTo(-1);
        for (int d = 0; d <= 9; d++) {
            assertThat(TaxCode.isValid(nine + d)).isFalse();
        }
    }

    @Test
    void jsonUsesTheCanonicalValue() throws Exception {
        var mapper = dev.dvc4j.core.internal.json.StrictJson.newMapper();
        assertThat(mapper.writeValueAsString(TaxCode.parse("0100109106501"))).isEqualTo("\"0100109106-501\"");
        assertThat(mapper.readValue("\"0300588569\"", TaxCode.class)).isEqualTo(TaxCode.parse("0300588569"));
    }

    /** The first valid-looking 10-digit text (province 01) whose nine-digit prefix has a weighted sum 0 mod 11. */
    static String divisibleByEleven() {
        List<String> found = new ArrayList<>();
        for (int seq = 1; found.isEmpty(); seq++) {
            String nine = "01" + String.format(Locale.ROOT, "%07d", seq);
            int s = 0;
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int i = 0; i < 9; i++) {
                s += w[i] * (nine.charAt(i) - '0');
            }
            if (s % 11 == 0) {
                found.add(nine + "0");
            }
        }
        return found.get(0);
    }

    private static void assertReason(String input, String en, String vi) {
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> TaxCode.parse(input));
        assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Tax code").contains(en);
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("Mã số thuế").contains(vi);
        assertThat(e.kind()).isEqualTo("TaxCode");
        assertThat(TaxCode.isValid(input)).isFalse();
    }
}
