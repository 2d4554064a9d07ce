package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.internal.procedure.BundledRegimes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regimes: provisional or not, both ways; the cached bundled instances; a regime file's booleans and paths. */
class RegimeEdgesTest {

    private static final String MINIMAL = """
            {"key": "k", "name": {"vi": "Chế độ", "en": "Regime"}, "legalBasis": "Decision 1",
             "validFrom": "2030-01-01", PROVISIONAL
             "levels": [{"code": "basic", "rank": 0, "name": {"vi": "Cơ bản", "en": "Basic"}, "onlineService": true,
                         "fullOnline": false},
                        {"code": "top", "rank": 1, "name": {"vi": "Cao", "en": "Top"},
                         "rule": {"criterion": "online-submission"}}]}""";

    private static RuleBasedRegime read(String provisional) {
        return RuleBasedRegime.fromJson(new ByteArrayInputStream(MINIMAL.replace("PROVISIONAL", provisional)
                .getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    @Test
    void aRegimeIsProvisionalOnlyWhenItsFileSaysTrue() {
        assertThat(read("\"provisional\": true,").provisional()).isTrue();
        assertThat(read("\"provisional\": true,").toString()).contains(", provisional, levels=[basic, top]");
        assertThat(read("\"provisional\": false,").provisional()).isFalse();
        assertThat(read("").provisional()).isFalse();
        assertThat(read("").toString()).doesNotContain("provisional").contains("levels=[basic, top]");
        assertThat(read("").definitions().get(0).level().onlineService()).isTrue();
        assertThat(read("").definitions().get(0).level().fullOnline()).isFalse();
        assertThat(read("").definitions().get(1).level().onlineService()).isFalse();
        assertThat(BundledRegimes.decree224Provisional().provisional()).isTrue();
        assertThat(BundledRegimes.decree42().provisional()).isFalse();
    }

    @Test
    void aBooleanThatIsNotTrueOrFalseIsRefusedWithItsPath_atTheRootAsInALevel() {
        assertThatThrownBy(() -> read("\"provisional\": 1,")).isInstanceOfSatisfying(ProcedureException.class, e -> {
            assertThat(e.code()).isEqualTo("procedure.regime-data");
            assertThat(e.text().en()).isEqualTo("Service-level regime data, provisional: Must be true or false");
            assertThat(e.text().vi()).isEqualTo("Dữ liệu chế độ mức độ, provisional: Phải là true hoặc false");
        });
        assertThatThrownBy(() -> RuleBasedRegime.fromJson(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
                Map.of())).isInstanceOfSatisfying(ProcedureException.class, e -> {
                    assertThat(e.text().en()).isEqualTo("Service-level regime data, root: A regime must be a JSON object");
                    assertThat(e.text().vi()).isEqualTo("Dữ liệu chế độ mức độ, gốc: Chế độ mức độ phải là một đối tượng JSON");
                });
    }

    @Test
    void theBuiltInCriteriaGetTheCachedRegimes_otherCriteriaFreshOnesThatAssessAlike() {
        Map<String, ServiceCriterion> builtIns = ServiceCriteria.builtIns();
        List<ServiceLevelRegime> cached = BundledRegimes.defaults(builtIns);
        assertThat(cached.get(0)).isSameAs(BundledRegimes.decree43());
        assertThat(cached.get(1)).isSameAs(BundledRegimes.decree42());
        assertThat(BundledRegimes.decree224Provisional(builtIns)).isSameAs(BundledRegimes.decree224Provisional());
        Map<String, ServiceCriterion> more = new HashMap<>(builtIns);
        more.put("extra", ServiceCriterion.of("extra", dev.dvc4j.core.LocalizedText.of("a", "a"),
                dev.dvc4j.core.LocalizedText.of("b", "b"), f -> true));
        List<ServiceLevelRegime> fresh = BundledRegimes.defaults(more);
        assertThat(fresh.get(0)).isNotSameAs(BundledRegimes.decree43());
        assertThat(fresh.get(0).key()).isEqualTo(BundledRegimes.decree43().key());
        assertThat(fresh.get(1).key()).isEqualTo(BundledRegimes.decree42().key());
        RuleBasedRegime provisional = BundledRegimes.decree224Provisional(more);
        assertThat(provisional).isNotSameAs(BundledRegimes.decree224Provisional());
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.key()).isEqualTo(BundledRegimes.decree224Provisional().key());
    }

    @Test
    void theProvisionalModuleIsSetUpAfterTheBundledOnes() {
        assertThat(new ProvisionalDecree224Module().priority())
                .isEqualTo(dev.dvc4j.core.spi.Dvc4jModule.PRIORITY_BUNDLED + 1);
    }
}
