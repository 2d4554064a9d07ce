package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0912345678|0912345678|0912****78|false",
        "+84912345678|0912345678|0912****78|false",
        "84912345678|0912345678|0912****78|false",
        "+84 912 345 678|0912345678|0912****78|false",
        "0912.345.678|0912345678|0912****78|false",
        "0388-123-456|0388123456|0388****56|false",
        "(024) 3825 1234|02438251234|0243*****34|true",
        "028 3822 1234|02838221234|0283*****34|true",
        "+84 236 3822 123|02363822123|0236*****23|true",
        "842838221234|02838221234|0283*****34|true"})
    void parsesCommonForms(String text, String national, String masked, boolean landline) {
        PhoneNumber p = PhoneNumber.parse(text);
        assertThat(p.value()).isEqualTo(national);
        assertThat(p.international()).isEqualTo("+84" + national.substring(1));
        assertThat(p.toString()).isEqualTo(masked);
        assertThat(p.isLandline()).isEqualTo(landline);
        assertThat(PhoneNumber.isValid(text)).isTrue();
        assertThat(PhoneNumber.parse(p.international())).isEqualTo(p);
    }

    @Test
    void badInputsAreRejectedWithMaskedNumbers() {
        assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThat(PhoneNumber.isValid(null)).isFalse();
        for (String bad : new String[] {"", "   ", "091234567", "09123456789", "0112345678", "0412345678",
            "0612345678", "091234567a", "+1 912 345 678", "0912-345-67x", "0243825123", "024382512345",
            "+84 0912 345 678"}) {
            InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> PhoneNumber.parse(bad));
            assertThat(e.code()).isEqualTo("id.invalid.PhoneNumber");
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Phone number \"").endsWith("\" is invalid (mobile: 0 "
                    + "and 9 digits, prefixes 03, 05, 07, 08, 09; landline: 02 and 9 digits)");
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).startsWith("Số điện thoại \"").endsWith(
                    "\" không hợp lệ (di động: 0 và 9 chữ số, đầu số 03, 05, 07, 08, 09; cố định: 02 và 9 chữ số)");
            assertThat(PhoneNumber.isValid(bad)).isFalse();
            if (bad.length() > 8) {
                assertThat(e.getMessage()).doesNotContain(bad.replaceAll("[\\s.\\-()+]", ""));
            }
        }
    }
}
