package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's field codecs as Jackson 2 data binding uses them ({@code @PortalTimeField}, {@code @PortalStatusField},
 * {@code @PortalChannelField}, {@code @PortalFlagField}): every token they accept, and every one they refuse.
 */
class PortalFieldCodecsTest {

    private static PortalDocument document(String flag) {
        return Dvc4jJson.read("{\"DuocSoHoa\":" + flag + "}", PortalDocument.class);
    }

    private static PortalProgress progress(String field, String value) {
        return Dvc4jJson.read("{\"" + field + "\":" + value + "}", PortalProgress.class);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "0, false", "'\"1\"', true", "'\"0\"', false", "'\" 1 \"', true", "true, true",
            "false, false"})
    void aFlagIsOneOrZero_asANumberOrAString_orABoolean(String token, boolean expected) {
        assertThat(document(token).digitised()).isEqualTo(expected);
    }

    @Test
    void anEmptyOrNullFlagIsAbsent() {
        assertThat(document("\"\"").digitised()).isNull();
        assertThat(document("\"  \"").digitised()).isNull();
        assertThat(document("null").digitised()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-1", "'\"2\"'"})
    void aFlagOtherThanOneOrZeroIsRefused(String token) {
        assertThatThrownBy(() -> document(token.replace('\'', ' ').strip()))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.DuocSoHoa");
                    assertThat(e.problem().code()).isEqualTo("input.wrong-type");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"1.0\"", "1.5", "[1]", "{}"})
    void aFlagThatIsNotACodeIsRefused(String token) {
        assertThatThrownBy(() -> document(token)).isInstanceOfSatisfying(WireFormatException.class,
                e -> assertThat(e.path()).isEqualTo("$.DuocSoHoa"));
    }

    @Test
    void flagsAreWrittenAsOneAndZero() {
        assertThat(Dvc4jJson.write(new PortalDocument(null, null, true, false, null)))
                .isEqualTo("{\"DuocSoHoa\":1,\"DuocTaiSuDung\":0}");
    }

    @Test
    void aTimeIsFourteenDigitsInVietnam_andAnEmptyOneIsAbsent() {
        assertThat(progress("ThoiDiemXuLy", "\"20260213160005\"").at()).isEqualTo(Instant.parse("2026-02-13T09:00:05Z"));
        assertThat(progress("ThoiDiemXuLy", "\"\"").at()).isNull();
        assertThat(progress("ThoiDiemXuLy", "null").at()).isNull();
        assertThat(Dvc4jJson.write(new PortalProgress(null, null, Instant.parse("2026-02-13T09:00:05.900Z"), null, null,
                null, null, null))).isEqualTo("{\"ThoiDiemXuLy\":\"20260213160005\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-02-13T16:00:05\"", "\"20261313160005\"", "\"2026021316000\"", "[]", "{}"})
    void aTimeThatIsNotFourteenDigitsOfARealDateIsRefused(String token) {
        assertThatThrownBy(() -> progress("ThoiDiemXuLy", token)).isInstanceOfSatisfying(WireFormatException.class,
                e -> assertThat(e.path()).isEqualTo("$.ThoiDiemXuLy"));
    }

    @Test
    void aStatusIsItsPortalCode_asANumberOrAString() {
        assertThat(progress("TrangThai", "4").status()).isEqualTo(DossierStatus.fromPortalCode(4));
        assertThat(progress("TrangThai", "\"10\"").status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(progress("TrangThai", "1").status()).isEqualTo(DossierStatus.FILED);
        assertThat(progress("TrangThai", "\"\"").status()).isNull();
        assertThat(Dvc4jJson.write(new PortalProgress(null, null, null, null, null, DossierStatus.RESULT_RETURNED,
                null, null))).isEqualTo("{\"TrangThai\":10}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "\"11\""})
    void aStatusCodeOutsideOneToTenIsRefused(String token) {
        assertThatThrownBy(() -> progress("TrangThai", token)).isInstanceOfSatisfying(WireFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("$.TrangThai");
            assertThat(e.problem().code()).isEqualTo("input.wrong-type");
        });
    }

    @Test
    void aChannelIsItsPortalCode() {
        assertThat(Dvc4jJson.read("{\"KenhThucHien\":2}", PortalDossier.class).channel())
                .isEqualTo(Channel.fromPortalCode(2));
        assertThat(Dvc4jJson.read("{\"KenhThucHien\":\"1\"}", PortalDossier.class).channel())
                .isEqualTo(Channel.fromPortalCode(1));
        assertThat(Dvc4jJson.read("{\"KenhThucHien\":\"\"}", PortalDossier.class).channel()).isNull();
        assertThatThrownBy(() -> Dvc4jJson.read("{\"KenhThucHien\":4}", PortalDossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.path()).isEqualTo("$.KenhThucHien"));
        assertThatThrownBy(() -> Dvc4jJson.read("{\"KenhThucHien\":true}", PortalDossier.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.path()).isEqualTo("$.KenhThucHien"));
    }
}
