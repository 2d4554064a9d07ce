package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dvc4j.core.Dvc4jException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProvincesTest {

    private static final Provinces P = Provinces.bundled();
    private static final LocalDate LAST_OLD = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_NEW = LocalDate.of(2025, 7, 1);

    @Test
    void sixtyThreeUnitsUntil30June2025AndThirtyFourFrom1July() {
        assertThat(P.at(LAST_OLD)).hasSize(63);
        assertThat(P.at(LocalDate.of(2010, 1, 1))).hasSize(63);
        assertThat(P.at(FIRST_NEW)).hasSize(34);
        assertThat(P.at(LocalDate.of(2040, 1, 1))).hasSize(34);
        assertThat(P.at(LocalDate.of(2008, 7, 31))).isEmpty();
        assertThat(P.all()).hasSize(97);
        assertThat(P.at(FIRST_NEW)).extracting(Province::code).containsExactly("01", "04", "08", "11", "12", "14", "15",
                "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56",
                "66", "68", "75", "79", "80", "82", "86", "91", "92", "96");
    }

    @Test
    void aCodeNamesDifferentUnitsInDifferentPeriods() {
        assertThat(P.byCode("24", LAST_OLD).name()).isEqualTo("Bắc Giang");
        assertThat(P.byCode("24", FIRST_NEW).name()).isEqualTo("Bắc Ninh");
        assertThat(P.byCode("44", LAST_OLD).name()).isEqualTo("Quảng Bình");
        assertThat(P.byCode("44", FIRST_NEW).name()).isEqualTo("Quảng Trị");
        assertThat(P.byCode("80", LAST_OLD).name()).isEqualTo("Long An");
        assertThat(P.byCode("80", FIRST_NEW).name()).isEqualTo("Tây Ninh");
        assertThat(P.byCode("79", FIRST_NEW).name()).isEqualTo("Hồ Chí Minh");
        assertThat(P.byCode(" 01 ", FIRST_NEW).name()).isEqualTo("Hà Nội");
        Province hcm = P.byCode("79", FIRST_NEW);
        assertThat(hcm.validFrom()).isEqualTo(FIRST_NEW);
        assertThat(hcm.validTo()).isNull();
        assertThat(hcm.end()).isEmpty();
        assertThat(hcm.legalBasis()).contains("Resolution 202/2025/QH15");
        assertThat(hcm.codeSource()).contains("Decision 19/2025/QĐ-TTg");
        assertThat(hcm.codeSourceSecondary()).isTrue();
        assertThat(hcm).hasToString("79 Hồ Chí Minh [2025-07-01..]");
    }

    @Test
    void aHistoricalDossierKeepsItsProvince() {
        Province binhDuong = P.byCode("74", LocalDate.of(2024, 3, 15));
        assertThat(binhDuong.name()).isEqualTo("Bình Dương");
        assertThat(P.successor(binhDuong)).map(Province::name).contains("Hồ Chí Minh");
        assertThat(P.current(binhDuong, LocalDate.of(2024, 3, 15))).isEqualTo(binhDuong);
        assertThat(P.current(binhDuong, LocalDate.of(2026, 1, 1)).code()).isEqualTo("79");
        assertThat(P.successor(P.byCode("79", FIRST_NEW))).isEmpty();
    }

    /** The mergers of Resolution 202/2025/QH15, written out independently of the data file. */
    @Test
    void mergerMapMatchesResolution202() {
        Map<String, Set<String>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("Tuyên Quang", Set.of("Hà Giang", "Tuyên Quang")),
                Map.entry("Lào Cai", Set.of("Lào Cai", "Yên Bái")),
                Map.entry("Thái Nguyên", Set.of("Bắc Kạn", "Thái Nguyên")),
                Map.entry("Phú Thọ", Set.of("Vĩnh Phúc", "Hòa Bình", "Phú Thọ")),
                Map.entry("Bắc Ninh", Set.of("Bắc Giang", "Bắc Ninh")),
                Map.entry("Hưng Yên", Set.of("Thái Bình", "Hưng Yên")),
                Map.entry("Hải Phòng", Set.of("Hải Dương", "Hải Phòng")),
                Map.entry("Ninh Bình", Set.of("Hà Nam", "Nam Định", "Ninh Bình")),
                Map.entry("Quảng Trị", Set.of("Quảng Bình", "Quảng Trị")),
                Map.entry("Đà Nẵng", Set.of("Quảng Nam", "Đà Nẵng")),
                Map.entry("Quảng Ngãi", Set.of("Kon Tum", "Quảng Ngãi")),
                Map.entry("Gia Lai", Set.of("Gia Lai", "Bình Định")),
                Map.entry("Khánh Hòa", Set.of("Ninh Thuận", "Khánh Hòa")),
                Map.entry("Lâm Đồng", Set.of("Lâm Đồng", "Đắk Nông", "Bình Thuận")),
                Map.entry("Đắk Lắk", Set.of("Đắk Lắk", "Phú Yên")),
                Map.entry("Hồ Chí Minh", Set.of("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu")),
                Map.entry("Đồng Nai", Set.of("Đồng Nai", "Bình Phước")),
                Map.entry("Tây Ninh", Set.of("Tây Ninh", "Long An")),
                Map.entry("Cần Thơ", Set.of("Cần Thơ", "Sóc Trăng", "Hậu Giang")),
                Map.entry("Vĩnh Long", Set.of("Bến Tre", "Vĩnh Long", "Trà Vinh")),
                Map.entry("Đồng Tháp", Set.of("Tiền Giang", "Đồng Tháp")),
                Map.entry("Cà Mau", Set.of("Bạc Liêu", "Cà Mau")),
                Map.entry("An Giang", Set.of("Kiên Giang", "An Giang")),
                Map.entry("Hà Nội", Set.of("Hà Nội")),
                Map.entry("Huế", Set.of("Thừa Thiên Huế")),
                Map.entry("Lai Châu", Set.of("Lai Châu")),
                Map.entry("Điện Biên", Set.of("Điện Biên")),
                Map.entry("Sơn La", Set.of("Sơn La")),
                Map.entry("Lạng Sơn", Set.of("Lạng Sơn")),
                Map.entry("Quảng Ninh", Set.of("Quảng Ninh")),
                Map.entry("Thanh Hóa", Set.of("Thanh Hóa")),
                Map.entry("Nghệ An", Set.of("Nghệ An")),
                Map.entry("Hà Tĩnh", Set.of("Hà Tĩnh")),
                Map.entry("Cao Bằng", Set.of("Cao Bằng"))));
        Map<String, Set<String>> actual = P.at(LAST_OLD).stream().collect(Collectors.groupingBy(
                old -> P.successor(old).orElseThrow().name(), TreeMap::new,
                Collectors.mapping(Province::name, Collectors.toCollection(TreeSet::new))));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyOldUnitHasASuccessorOnTheFirstDayOfTheNewMap() {
        for (Province old : P.at(LAST_OLD)) {
            assertThat(old.validTo()).isEqualTo(LAST_OLD);
            Province next = P.successor(old).orElseThrow();
            assertThat(next.isValidOn(FIRST_NEW)).isTrue();
            assertThat(P.current(old, FIRST_NEW)).isEqualTo(next);
            assertThat(old.legalBasis()).isNotBlank();
        }
    }

    @Test
    void unknownCodesAndCodesNotValidOnTheDateAreTypedErrors() {
        UnknownProvinceException unknown = assertThrows(UnknownProvinceException.class, () -> P.byCode("99", FIRST_NEW));
        assertThat(unknown.code()).isEqualTo("id.province.unknown");
        assertThat(unknown.provinceCode()).isEqualTo("99");
        assertThat(unknown.getMessage(Locale.ENGLISH)).isEqualTo("Province code \"99\" does not exist (two digits, e.g. 01 Hà Nội, 79 Hồ Chí Minh)");
        assertThat(unknown.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("Mã tỉnh \"99\" không tồn tại (mã gồm 2 chữ số, ví dụ 01 Hà Nội, 79 Hồ Chí Minh)");
        assertThatThrownBy(() -> P.byCode(null, FIRST_NEW)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThrows(UnknownProvinceException.class, () -> P.byCode("", FIRST_NEW));
        assertThrows(UnknownProvinceException.class, () -> P.byCode("079", FIRST_NEW));
        assertThrows(UnknownProvinceException.class, () -> P.byCode("AB", FIRST_NEW));

        UnknownProvinceException gone = assertThrows(UnknownProvinceException.class, () -> P.byCode("02", FIRST_NEW));
        assertThat(gone.code()).isEqualTo("id.province.not-valid-on-date");
        assertThat(gone.date()).isEqualTo(FIRST_NEW);
        assertThat(gone.getMessage(Locale.ENGLISH)).isEqualTo("Province code 02 names no unit on 2025-07-01 "
                + "(periods under this code: 02 Hà Giang [2008-08-01..2025-06-30])");
        assertThat(gone.getMessage(Locale.forLanguageTag("vi"))).startsWith("Mã tỉnh 02 không thuộc đơn vị nào vào ngày 2025-07-01");
        assertThrows(UnknownProvinceException.class, () -> P.byCode("79", LocalDate.of(2000, 1, 1)));
        assertThat(P.find("02", FIRST_NEW)).isEmpty();
        assertThatThrownBy(() -> P.find(null, FIRST_NEW)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThat(P.find("02", LAST_OLD)).map(Province::name).contains("Hà Giang");

        Province haGiang = P.byCode("02", LAST_OLD);
        UnknownProvinceException before = assertThrows(UnknownProvinceException.class,
                () -> P.current(haGiang, LocalDate.of(2001, 1, 1)));
        assertThat(before.getMessage(Locale.ENGLISH)).isEqualTo("No unit succeeds 02 Hà Giang [2008-08-01..2025-06-30] on 2001-01-01");
    }

    @Test
    void loadsAVendorsGazetteerAndRejectsInconsistentData() {
        String json = """
                {"units": [
                  {"code": "01", "name": "Old", "validFrom": "2000-01-01", "validTo": "2009-12-31",
                   "legalBasis": "Test act 1", "codeSource": "Test list", "successor": "02"},
                  {"code": "02", "name": "New", "validFrom": "2010-01-01", "validTo": null,
                   "legalBasis": "Test act 2", "codeSource": "Test list", "codeSourceSecondary": true}
                ]}""";
        Provinces p = Provinces.load(stream(json));
        assertThat(p.current(p.byCode("01", LocalDate.of(2005, 1, 1)), LocalDate.of(2020, 1, 1)).name()).isEqualTo("New");
        assertThat(p).hasToString("Provinces[2 units, 2 codes]");

        assertDataError("{\"units\": 5}", "missing array \"units\"");
        assertDataError("[]", "not a JSON object");
        assertDataError("{", "Line 1:2 ($): malformed JSON: the document ends in the middle of a value");
        assertDataError("{\"units\": [], \"units\": []}", "key \"units\" appears twice in one object");
        assertDataError("null", "the document is null, not a value");
        assertDataError("{\"units\": []}", "empty");
        assertDataError(json.replace("\"2000-01-01\"", "\"2000-13-01\""), "invalid date \"2000-13-01\"");
        assertDataError(json.replace("\"code\": \"01\"", "\"code\": \"1\""), "field code = \"1\"");
        assertDataError(json.replace("\"name\": \"Old\",", ""), "missing field \"name\"");
        assertDataError(json.replace("\"successor\": \"02\"", "\"successor\": \"03\""), "Successor 03 of 01 Old");
        assertDataError(json.replace("\"code\": \"02\"", "\"code\": \"01\"").replace("\"successor\": \"02\"", "\"successor\": null")
                .replace("\"2010-01-01\"", "\"2009-06-01\""), "overlapping validity");
        assertDataError(json.replace("\"validTo\": \"2009-12-31\"", "\"validTo\": \"1999-12-31\""), "field validTo");
        assertThatThrownBy(() -> Provinces.of(List.of())).isInstanceOf(Dvc4jException.class).hasMessageContaining("empty");
    }

    private static void assertDataError(String json, String en) {
        Dvc4jException e = assertThrows(Dvc4jException.class, () -> Provinces.load(stream(json)));
        assertThat(e.code()).isEqualTo("id.province.data");
        assertThat(e.getMessage(Locale.ENGLISH)).contains(en);
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isNotEqualTo(e.getMessage(Locale.ENGLISH));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
