package dev.dvc4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VndTest {

    private static final Vnd MAX = Vnd.of(Long.MAX_VALUE);
    private static final Vnd MIN = Vnd.of(Long.MIN_VALUE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "26000|26000",
        "26.000|26000",
        "26,000|26000",
        "26 000|26000",
        "26\u00a0000|26000",
        "26.000 đ|26000",
        "26.000đ|26000",
        "26.000 ₫|26000",
        "26,000 VND|26000",
        "26.000 VNĐ|26000",
        "26.000 vnd|26000",
        "1.234.567.890|1234567890",
        "-8000|-8000",
        "-8.000 VND|-8000",
        "0|0",
        "  700.000  |700000",
        "9223372036854775807|9223372036854775807",
        "-9223372036854775808|-9223372036854775808"})
    void parsesTheWrittenForms(String text, long dong) {
        assertThat(Vnd.parse(text)).isEqualTo(Vnd.of(dong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "VND", "26.5k", "26,5 triệu", "abc", "--5", "5-", "1e6", "26.000 USD", "+500"})
    void rejectsWhatIsNotWholeDong(String text) {
        MoneyException e = assertThrows(MoneyException.class, () -> Vnd.parse(text));
        assertThat(e.code()).isEqualTo("money.parse");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Invalid amount: \"" + text + "\" (must be whole đồng)");
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("Số tiền không hợp lệ: \"" + text + "\" (phải là số đồng nguyên)");
    }

    @Test
    void rejectsNullAndOutOfRangeText() {
        assertThatThrownBy(() -> Vnd.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        MoneyException big = assertThrows(MoneyException.class, () -> Vnd.parse("9223372036854775808"));
        assertThat(big.code()).isEqualTo("money.overflow");
        assertThat(big.getMessage(Locale.ENGLISH)).isEqualTo("Amount overflow in parse");
        assertThrows(MoneyException.class, () -> Vnd.parse("99999999999999999999"));
    }

    @Test
    void arithmeticIsExact() {
        Vnd a = Vnd.of(26_000);
        assertThat(a.plus(Vnd.of(8_000))).isEqualTo(Vnd.of(34_000));
        assertThat(a.minus(Vnd.of(30_000))).isEqualTo(Vnd.of(-4_000));
        assertThat(a.times(3)).isEqualTo(Vnd.of(78_000));
        assertThat(a.negate()).isEqualTo(Vnd.of(-26_000));
        assertThat(a.min(Vnd.of(10_000))).isEqualTo(Vnd.of(10_000));
        assertThat(a.max(Vnd.of(10_000))).isEqualTo(a);
        assertThat(Vnd.of(0)).isSameAs(Vnd.ZERO);
        assertThat(Vnd.ZERO.isZero()).isTrue();
        assertThat(a.isPositive()).isTrue();
        assertThat(a.negate().isNegative()).isTrue();
        assertThat(a.compareTo(Vnd.of(26_001))).isNegative();
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertOverflow(() -> MAX.plus(Vnd.of(1)), "plus");
        assertOverflow(() -> MIN.plus(Vnd.of(-1)), "plus");
        assertOverflow(() -> MIN.minus(Vnd.of(1)), "minus");
        assertOverflow(() -> MAX.minus(Vnd.of(-1)), "minus");
        assertOverflow(() -> MAX.times(2), "times");
        assertOverflow(() -> MIN.times(-1), "times");
        assertOverflow(MIN::negate, "times");
        assertOverflow(() -> MAX.percent(new BigDecimal("100.01")), "percent");
        assertThat(MAX.plus(Vnd.ZERO)).isEqualTo(MAX);
        assertThat(MAX.percent(BigDecimal.valueOf(100))).isEqualTo(MAX);
    }

    @ParameterizedTest
    @CsvSource({
        "26000, 50, 13000",
        "26001, 50, 13001",   // 13000.5 rounds half up
        "26003, 50, 13002",   // 13001.5 rounds half up
        "1, 50, 1",           // 0.5 rounds up
        "1, 49.99, 0",
        "-1, 50, -1",         // half up means away from zero for negatives (RoundingMode.HALF_UP)
        "-26001, 50, -13001",
        "30000, 12.5, 3750",
        "31000, 33.333, 10333", // 10333.23
        "10000, 0, 0",
        "10000, 100, 10000",
        "10000, 150, 15000",
        "9, 10, 1",           // 0.9
        "4, 10, 0"})          // 0.4
    void percentRoundsHalfUpToWholeDong(long dong, String percent, long expected) {
        assertThat(Vnd.of(dong).percent(new BigDecimal(percent))).isEqualTo(Vnd.of(expected));
    }

    @Test
    void formatsInEnglishAndVietnamese() {
        assertThat(Vnd.of(26_000)).hasToString("26,000 VND");
        assertThat(Vnd.of(26_000).toVietnamese()).isEqualTo("26.000 ₫");
        assertThat(Vnd.of(-8_000)).hasToString("-8,000 VND");
        assertThat(Vnd.of(-8_000).toVietnamese()).isEqualTo("-8.000 ₫");
        assertThat(Vnd.ZERO).hasToString("0 VND");
        assertThat(Vnd.of(999).toVietnamese()).isEqualTo("999 ₫");
        assertThat(Vnd.of(1_234_567_890).toVietnamese()).isEqualTo("1.234.567.890 ₫");
        assertThat(MAX).hasToString("9,223,372,036,854,775,807 VND");
        assertThat(MIN.toVietnamese()).isEqualTo("-9.223.372.036.854.775.808 ₫");
    }

    @Property(tries = 200)
    void bothWrittenFormsParseBack(@ForAll long dong) {
        Vnd v = Vnd.of(dong);
        assertThat(Vnd.parse(v.toString())).isEqualTo(v);
        assertThat(Vnd.parse(v.toVietnamese())).isEqualTo(v);
    }

    @Property(tries = 200)
    void plusAndMinusAreInverseWithinRange(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                           @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertThat(Vnd.of(a).plus(Vnd.of(b)).minus(Vnd.of(b))).isEqualTo(Vnd.of(a));
        assertThat(Vnd.of(a).percent(BigDecimal.valueOf(100))).isEqualTo(Vnd.of(a));
    }

    private static void assertOverflow(org.junit.jupiter.api.function.Executable op, String name) {
        MoneyException e = assertThrows(MoneyException.class, op);
        assertThat(e.code()).isEqualTo("money.overflow");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Amount overflow in " + name);
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("Tràn số khi tính tiền (" + name + ")");
    }
}
