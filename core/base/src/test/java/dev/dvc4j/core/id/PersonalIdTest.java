package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dvc4j.core.internal.json.StrictJson;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource({
        "079090001234, 1900, 1990, MALE",
        "001185012345, 1900, 1985, FEMALE",
        "001205123456, 2000, 2005, MALE",
        "048399000001, 2000, 2099, FEMALE",
        "096400000001, 2100, 2100, MALE",
        "031512000001, 2100, 2112, FEMALE",
        "022600000001, 2200, 2200, MALE",
        "022701000001, 2200, 2201, FEMALE",
        "092850000001, 2300, 2350, MALE",
        "092999000001, 2300, 2399, FEMALE"})
    void decodesCenturyBirthYearAndSex(String id, int century, int year, Sex sex) {
        PersonalId p = PersonalId.parse(id);
        assertThat(p.century()).isEqualTo(century);
        assertThat(p.birthYear()).isEqualTo(year);
        assertThat(p.sex()).isEqualTo(sex);
    }

    @Test
    void decodesThePlaceOfRegistration() {
        assertThat(PersonalId.parse("001090001234").placeOfRegistration().name()).isEqualTo("Hà Nội");
        assertThat(PersonalId.parse("079090001234").placeOfRegistration().name()).isEqualTo("Hồ Chí Minh");
        Province binhDuong = PersonalId.parse("074190001234").placeOfRegistration();
        assertThat(binhDuong.code()).isEqualTo("74");
        assertThat(binhDuong.name()).isEqualTo("Bình Dương");
        assertThat(binhDuong.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        // the number keeps the old province for life; the gazetteer gives the unit administering it today
        assertThat(Provinces.bundled().current(binhDuong, LocalDate.of(2025, 7, 1)).name()).isEqualTo("Hồ Chí Minh");
        assertThat(PersonalId.parse("096190001234").placeOfRegistration().name()).isEqualTo("Cà Mau");
        assertThat(PersonalId.parse("002190001234").placeCode()).isEqualTo("002");
    }

    @Test
    void everyPlaceCodeOfTheSchemeIsAccepted() {
        String[] codes = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
            "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067",
            "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091",
            "092", "093", "094", "095", "096"};
        assertThat(codes).hasSize(63);
        java.util.Set<String> known = java.util.Set.of(codes);
        for (int c = 0; c <= 999; c++) {
            String place = String.format(Locale.ROOT, "%03d", c);
            String id = place + "090001234";
            assertThat(PersonalId.isValid(id)).as(place).isEqualTo(known.contains(place));
            if (known.contains(place)) {
                assertThat(PersonalId.parse(id).placeOfRegistration().code()).isEqualTo(place.substring(1));
            }
        }
    }

    @Test
    void checkAgainstDeclaredBirthDateAndSex() {
        PersonalId p = PersonalId.parse("079190001234"); // 1990, female
        assertThat(p.check(LocalDate.of(1990, 3, 15), Sex.FEMALE)).isEmpty();
        assertThat(p.matches(LocalDate.of(1990, 12, 31), Sex.FEMALE)).isTrue();
        p.verify(LocalDate.of(1990, 1, 1), Sex.FEMALE);

        var yearOnly = p.check(LocalDate.of(1991, 3, 15), Sex.FEMALE);
        assertThat(yearOnly).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo(PersonalIdMismatch.Field.BIRTH_YEAR);
            assertThat(m.declared()).isEqualTo("1991");
            assertThat(m.encoded()).isEqualTo("1990");
            assertThat(m.text().en()).isEqualTo("Declared birth year is 1991 but the personal identification number encodes 1990");
            assertThat(m.text().vi()).isEqualTo("Năm sinh khai là 1991 nhưng số định danh cá nhân mã hóa năm 1990");
        });

        var sexOnly = p.check(LocalDate.of(1990, 3, 15), Sex.MALE);
        assertThat(sexOnly).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo(PersonalIdMismatch.Field.SEX);
            assertThat(m.text().en()).isEqualTo("Declared sex is male but the personal identification number encodes female");
            assertThat(m.text().vi()).isEqualTo("Giới tính khai là nam nhưng số định danh cá nhân mã hóa nữ");
        });

        // same two year digits, other century: 2090 is not 1990
        assertThat(p.check(LocalDate.of(2090, 3, 15), Sex.MALE)).extracting(PersonalIdMismatch::field)
                .containsExactly(PersonalIdMismatch.Field.BIRTH_YEAR, PersonalIdMismatch.Field.SEX);
        assertThat(p.matches(LocalDate.of(2090, 3, 15), Sex.FEMALE)).isFalse();
    }

    @Test
    void verifyThrowsATypedExceptionListingEveryMismatchWithoutTheNumber() {
        PersonalId p = PersonalId.parse("001205123456"); // 2005, male
        PersonalIdMismatchException e = assertThrows(PersonalIdMismatchException.class,
                () -> p.verify(LocalDate.of(2004, 6, 1), Sex.FEMALE));
        assertThat(e.code()).isEqualTo("id.personal-id.mismatch");
        assertThat(e.mismatches()).hasSize(2);
        assertThat(e.maskedId()).isEqualTo("0012******56");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Personal identification number 0012******56 does not match "
                + "the declared data: Declared birth year is 2004 but the personal identification number encodes 2005; "
                + "Declared sex is female but the personal identification number encodes male");
        assertThat(e.getMessage(VI)).startsWith("Số định danh cá nhân 0012******56 không khớp thông tin khai: ")
                .contains("mã hóa năm 2005").contains("mã hóa nam");
        assertThat(e.getMessage()).doesNotContain("001205123456");
    }

    @Test
    void checkRejectsNulls() {
        PersonalId p = PersonalId.parse("001205123456");
        assertThatThrownBy(() -> p.check(null, Sex.MALE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> p.check(LocalDate.of(2005, 1, 1), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void badInputsGiveTypedExceptionsWithMaskedInput() {
        assertThatThrownBy(() -> PersonalId.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertFormatError("", "");
        assertFormatError("   ", "");
        assertFormatError("07909000123", "0790*****23");
        assertFormatError("0790900012345", "0790*******45");
        assertFormatError("07909000123A", "0790******3A");
        assertFormatError("079 090 001 234", "079 *********34");
        InvalidIdentifierException place = assertThrows(InvalidIdentifierException.class,
                () -> PersonalId.parse("099090001234"));
        assertThat(place.getMessage(Locale.ENGLISH)).isEqualTo("Personal identification number \"0990******34\" has "
                + "place-of-registration code 099, which is not in the 63-province list (001–096)");
        assertThat(place.getMessage(VI)).isEqualTo("Số định danh cá nhân \"0990******34\" có mã nơi đăng ký khai sinh "
                + "099 không thuộc danh mục 63 tỉnh (001–096)");
        assertThat(place.input()).isEqualTo("0990******34");
        assertThatThrownBy(() -> PersonalId.parse("000090001234")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> PersonalId.parse("003090001234")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new PersonalId("097090001234")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void parseStripsWhitespaceAndJsonRoundTrips() throws Exception {
        assertThat(PersonalId.parse(" 079090001234\n").value()).isEqualTo("079090001234");
        assertThat(PersonalId.isValid(" 079090001234 ")).isTrue();
        assertThat(PersonalId.isValid(null)).isFalse();
        var mapper = StrictJson.newMapper();
        PersonalId p = PersonalId.parse("079090001234");
        assertThat(mapper.writeValueAsString(p)).isEqualTo("\"079090001234\"");
        assertThat(mapper.readValue("\"079090001234\"", PersonalId.class)).isEqualTo(p);
        assertThat(p.toString()).isEqualTo("0790******34");
    }

    private static void assertFormatError(String input, String masked) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> PersonalId.parse(input));
        assertThat(e.code()).isEqualTo("id.invalid.PersonalId");
        assertThat(e.input()).isEqualTo(masked);
        assertThat(e.getMessage(Locale.ENGLISH))
                .isEqualTo("Personal identification number \"" + masked + "\" must be exactly 12 digits");
        assertThat(e.getMessage(VI)).isEqualTo("Số định danh cá nhân \"" + masked + "\" phải gồm đúng 12 chữ số");
        assertThat(PersonalId.isValid(input)).isFalse();
    }
}
