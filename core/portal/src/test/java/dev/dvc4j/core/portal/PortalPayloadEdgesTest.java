package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.money.Vnd;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payload reader at the edges of each field: both sides of every boundary, every spelling it accepts. */
class PortalPayloadEdgesTest {

    /** A clean payload of one filed dossier, as the mapper writes it. */
    private static final String CLEAN = PortalMapper.defaults().syncRequest(List.of(PortalFixtures.filed()), false).toJson();

    private static String with(String from, String to) {
        assertThat(CLEAN).contains(from);
        return CLEAN.replace(from, to);
    }

    private static ReadResult read(String json) {
        return PortalReader.defaults().read(json);
    }

    @Test
    void aCleanPayloadIsClean_andOneProblemMakesItNotClean() {
        ReadResult clean = read(CLEAN);
        assertThat(clean.problems()).isEmpty();
        assertThat(clean.isClean()).isTrue();
        assertThat(clean.toString()).isEqualTo("ReadResult[service=" + PortalService.SYNC_DOSSIERS.wireName()
                + ", records=1, problems=[]]");
        ReadResult dirty = read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":7"));
        assertThat(dirty.isClean()).isFalse();
        assertThat(dirty.problems()).extracting(PortalProblem::path).containsExactly("data[0].TaiLieuNop[0].DuocSoHoa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"true\"", "\" TRUE \"", "1", "\"1\""})
    void isUpdatingIsTrueSpelledAnyOfTheseWays(String token) {
        ReadResult r = read(with("\"isUpdating\":false", "\"isUpdating\":" + token));
        assertThat(r.isClean()).isTrue();
        assertThat(r.updating()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "\"false\"", "\"0\"", "0", "\"\"", "null"})
    void isUpdatingIsFalseSpelledAnyOfTheseWays(String token) {
        ReadResult r = read(with("\"isUpdating\":false", "\"isUpdating\":" + token));
        assertThat(r.isClean()).isTrue();
        assertThat(r.updating()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "2", "[]", "1.0"})
    void isUpdatingOtherwiseIsAProblemInBothLanguages(String token) {
        ReadResult r = read(with("\"isUpdating\":false", "\"isUpdating\":" + token));
        assertThat(r.updating()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("isUpdating");
            assertThat(p.message().en()).isEqualTo("must be true or false");
            assertThat(p.message().vi()).isEqualTo("phải là true hoặc false");
        });
    }

    @Test
    void aFlagIsOneOrZeroAsANumberOrAString_orABoolean() {
        assertThat(read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":\"1\"")).dossiers().get(0).documents().get(0).digitised())
                .isTrue();
        assertThat(read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":true")).dossiers().get(0).documents().get(0).digitised())
                .isTrue();
        assertThat(read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":false")).dossiers().get(0).documents().get(0).digitised())
                .isFalse();
        assertThat(read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":\" 0 \"")).dossiers().get(0).documents().get(0).digitised())
                .isFalse();
        assertThat(read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":0")).dossiers().get(0).documents().get(0).digitised())
                .isFalse();
        ReadResult array = read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":[1]"));
        assertThat(array.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().en()).isEqualTo("wrong type: expected 0 or 1, got an array");
            assertThat(p.message().vi()).contains("số 0 hoặc 1").contains("mảng");
        });
        ReadResult decimal = read(with("\"DuocSoHoa\":1", "\"DuocSoHoa\":1.5"));
        assertThat(decimal.problems()).singleElement()
                .satisfies(p -> assertThat(p.message().en()).isEqualTo("flag \"1.5\" must be 0 or 1"));
    }

    @Test
    void anAmountUpToTheLargestLongIsRead_oneMoreIsRefused() {
        String fee = "\"Gia\":50000";
        assertThat(read(with(fee, "\"Gia\":9223372036854775807")).dossiers().get(0).fees().get(0).amount())
                .isEqualTo(Vnd.of(Long.MAX_VALUE));
        ReadResult over = read(with(fee, "\"Gia\":9223372036854775808"));
        assertThat(over.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("data[0].DanhSachLePhi[0].Gia");
            assertThat(p.message().en()).isEqualTo("amount \"9223*************08\" must be a whole, non-negative number of đồng");
        });
        ReadResult missing = read(with(fee, "\"Gia\":null"));
        assertThat(missing.problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("data[0].DanhSachLePhi[0].Gia"));
    }

    @Test
    void aTimeThatIsNeitherTextNorANumberIsAWrongType_inBothLanguages() {
        String filedAt = CLEAN.replaceAll(".*(\"NgayNopHoSo\":\"\\d{14}\").*", "$1");
        ReadResult r = read(with(filedAt, "\"NgayNopHoSo\":true"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("data[0].NgayNopHoSo");
            assertThat(p.message().en()).isEqualTo("wrong type: expected a yyyyMMddHHmmss date-time string, got a boolean");
            assertThat(p.message().vi()).contains("chuỗi ngày giờ yyyyMMddHHmmss").contains("giá trị đúng/sai");
        });
        assertThat(read(with(filedAt, "\"NgayNopHoSo\":20260210090000")).dossiers().get(0).filedAt())
                .isEqualTo(Instant.parse("2026-02-10T02:00:00Z"));
    }

    @Test
    void aLongValueIsShortenedInAMessageFromThirtyThreeCharacters() {
        String filedAt = CLEAN.replaceAll(".*(\"NgayNopHoSo\":\"\\d{14}\").*", "$1");
        String exactly32 = "x".repeat(32);
        assertThat(read(with(filedAt, "\"NgayNopHoSo\":\"" + exactly32 + "\"")).problems().get(0).message().en())
                .isEqualTo("date-time \"" + exactly32 + "\" is not a valid yyyyMMddHHmmss");
        assertThat(read(with(filedAt, "\"NgayNopHoSo\":\"" + exactly32 + "y\"")).problems().get(0).message().en())
                .isEqualTo("date-time \"" + "x".repeat(29) + "...\" is not a valid yyyyMMddHHmmss");
    }

    @Test
    void aStatusThatNeedsAFieldFindsItMissingWhenBlankOrNull() {
        String received = PortalMapper.defaults().syncRequest(List.of(PortalFixtures.filed()
                .receive(PortalFixtures.t(1), "officer", PortalFixtures.POLICY)), false).toJson();
        assertThat(PortalReader.defaults().read(received).isClean()).isTrue();
        String dueAt = received.replaceAll(".*(\"NgayHenTra\":\"\\d{14}\").*", "$1");
        for (String blank : List.of("\"NgayHenTra\":\" \"", "\"NgayHenTra\":null")) {
            ReadResult r = PortalReader.defaults().read(received.replace(dueAt, blank));
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("data[0].NgayHenTra");
                assertThat(p.message().en()).isEqualTo("a dossier in status 2 needs this field");
                assertThat(p.message().vi()).isEqualTo("hồ sơ ở trạng thái 2 phải có trường này");
            });
        }
    }
}
