package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.portal.PortalDocument;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalProgress;
import dev.dvc4j.stats.DossierFacts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

/**
 * The Jackson 3 field codecs token by token: each accepts what its Jackson 2 twin accepts, reading the same value,
 * and refuses what it refuses, with the same problem at the same path.
 */
class FieldCodecsParityTest {

    /** What a reader made of a document: its value, or the code and path of its problem. */
    private record Outcome(Object value, String code, String path) {
    }

    private static Outcome outcome(java.util.function.Supplier<Object> read) {
        try {
            return new Outcome(read.get(), null, null);
        } catch (WireFormatException e) {
            return new Outcome(null, e.problem().code(), e.path());
        }
    }

    /**
     * Reads with a new Jackson 3 mapper (so that the module's setup and the introspector's answers are those of the
     * code under test, not ones a shared mapper cached), with the shared one and with Jackson 2, asserts that all
     * three agree, and returns Jackson 3's outcome.
     */
    private static Outcome both(String json, Class<?> type) {
        Outcome fresh = outcome(() -> {
            try {
                return Dvc4jJson3.newMapper().readValue(json, type);
            } catch (tools.jackson.core.JacksonException e) {
                throw Dvc4jJson3.wireFormatException(e);
            }
        });
        Outcome three = outcome(() -> Dvc4jJson3.read(json, type));
        Outcome two = outcome(() -> Dvc4jJson.read(json, type));
        assertThat(three).as("Jackson 3 and Jackson 2 on %s", json).isEqualTo(two);
        assertThat(fresh).as("a new Jackson 3 mapper and the shared one on %s", json).isEqualTo(three);
        return fresh;
    }

    private static Boolean flag(String token) {
        Outcome o = both("{\"DuocSoHoa\":" + token + "}", PortalDocument.class);
        assertThat(o.code()).as(token).isNull();
        return ((PortalDocument) o.value()).digitised();
    }

    @Test
    void aFlagIsOneOrZero_asANumberOrAString_orABoolean_andEmptyIsAbsent() {
        assertThat(flag("1")).isTrue();
        assertThat(flag("0")).isFalse();
        assertThat(flag("\"1\"")).isTrue();
        assertThat(flag("\" 0 \"")).isFalse();
        assertThat(flag("true")).isTrue();
        assertThat(flag("false")).isFalse();
        assertThat(flag("\"\"")).isNull();
        assertThat(flag("null")).isNull();
        assertThat(Dvc4jJson3.newMapper().writeValueAsString(new PortalDocument(null, null, true, false, null)))
                .isEqualTo("{\"DuocSoHoa\":1,\"DuocTaiSuDung\":0}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "-1", "\"2\"", "\"yes\"", "1.5", "[1]", "{}"})
    void aFlagOtherwiseIsRefusedAlike(String token) {
        assertThat(both("{\"DuocSoHoa\":" + token + "}", PortalDocument.class).path()).isEqualTo("$.DuocSoHoa");
    }

    @Test
    void aTimeIsFourteenDigitsInVietnam_andEmptyIsAbsent() {
        Outcome o = both("{\"ThoiDiemXuLy\":\"20260213160005\"}", PortalProgress.class);
        assertThat(((PortalProgress) o.value()).at()).isEqualTo(Instant.parse("2026-02-13T09:00:05Z"));
        assertThat(((PortalProgress) both("{\"ThoiDiemXuLy\":\"\"}", PortalProgress.class).value()).at()).isNull();
        assertThat(Dvc4jJson3.newMapper().writeValueAsString(new PortalProgress(null, null, Instant.parse("2026-02-13T09:00:05.900Z"), null,
                null, null, null, null))).isEqualTo("{\"ThoiDiemXuLy\":\"20260213160005\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-02-13T16:00:05\"", "\"20261313160005\"", "[]", "{}"})
    void aTimeOtherwiseIsRefusedAlike(String token) {
        assertThat(both("{\"ThoiDiemXuLy\":" + token + "}", PortalProgress.class).path()).isEqualTo("$.ThoiDiemXuLy");
    }

    @Test
    void aStatusAndAChannelAreTheirPortalCodes() {
        assertThat(((PortalProgress) both("{\"TrangThai\":4}", PortalProgress.class).value()).status())
                .isEqualTo(DossierStatus.fromPortalCode(4));
        assertThat(((PortalProgress) both("{\"TrangThai\":\"10\"}", PortalProgress.class).value()).status())
                .isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(((PortalProgress) both("{\"TrangThai\":\" \"}", PortalProgress.class).value()).status()).isNull();
        assertThat(((PortalDossier) both("{\"KenhThucHien\":2}", PortalDossier.class).value()).channel())
                .isEqualTo(Channel.fromPortalCode(2));
        assertThat(((PortalDossier) both("{\"KenhThucHien\":\"3\"}", PortalDossier.class).value()).channel())
                .isEqualTo(Channel.fromPortalCode(3));
        assertThat(((PortalDossier) both("{\"KenhThucHien\":\"\"}", PortalDossier.class).value()).channel()).isNull();
        assertThat(Dvc4jJson3.newMapper().writeValueAsString(new PortalProgress(null, null, null, null, null, DossierStatus.RESULT_RETURNED,
                null, null))).isEqualTo("{\"TrangThai\":10}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "\"11\"", "\"x\"", "true", "[]"})
    void aStatusOutsideOneToTenOrNotACodeIsRefusedAlike(String token) {
        assertThat(both("{\"TrangThai\":" + token + "}", PortalProgress.class).path()).isEqualTo("$.TrangThai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "\"4\"", "\"online\"", "false"})
    void aChannelOutsideOneToThreeOrNotACodeIsRefusedAlike(String token) {
        assertThat(both("{\"KenhThucHien\":" + token + "}", PortalDossier.class).path()).isEqualTo("$.KenhThucHien");
    }

    @Test
    void anInstantOfTheWireFormatIsAnOffsetDateTime_anythingElseIsRefusedAlike() {
        String json = Dvc4jJson3Test.DOSSIER;
        String filedAt = json.replaceAll(".*(\"filedAt\":\"[^\"]+\").*", "$1");
        for (String bad : new String[] {"\"filedAt\":\"2026-02-13T16:00:00\"", "\"filedAt\":\"yesterday\"",
                "\"filedAt\":1770973200", "\"filedAt\":[]"}) {
            Outcome o = both(json.replace(filedAt, bad), Dossier.class);
            assertThat(o.path()).as(bad).isEqualTo("$.filedAt");
        }
    }

    @Test
    void labelledEnumsAreReadByWireName_orTheirOldSpelling_asValuesAndAsKeys() {
        assertThat(Dvc4jJson3.read("\"in-person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThat(Dvc4jJson3.read("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThat(both("\"by-pigeon\"", Channel.class).code()).isNotNull();
        assertThat(both("2", Channel.class).code()).isNotNull();
        Map<Channel, Integer> byChannel = Dvc4jJson3.mapper().readValue("{\"online\":1,\"in_person\":2}",
                new TypeReference<Map<Channel, Integer>>() { });
        assertThat(byChannel).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.ONLINE, 1, Channel.IN_PERSON, 2));
        assertThatThrownBy(() -> Dvc4jJson3.mapper().readValue("{\"by-pigeon\":1}",
                new TypeReference<Map<Channel, Integer>>() { })).hasMessageContaining("by-pigeon");
    }

    @Test
    void factsThatAreNotAnObjectAreAWrongType_andAnObjectThatIsNotValidFactsHasTheFactsReadersError() {
        // Jackson 2's mapper has no codec for facts (FactsReader reads them), so there is nothing to compare with
        assertThatThrownBy(() -> Dvc4jJson3.read("\"facts\"", DossierFacts.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("input.wrong-type");
                    assertThat(e.path()).isEqualTo("$");
                });
        assertThatThrownBy(() -> Dvc4jJson3.read("{\"code\":\"x\"}", DossierFacts.class))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.problem().code())
                        .isEqualTo("stats.facts.invalid"));
    }
}
