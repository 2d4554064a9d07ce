package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBasedRegimeTest {

    private static final String VENDOR = """
            {"key": "vendor", "name": {"vi": "Chế độ", "en": "Regime"}, "legalBasis": "Decision 1",
             "validFrom": "2030-01-01",
             "levels": [
               {"code": "basic", "rank": 0, "name": {"vi": "Cơ bản", "en": "Basic"}},
               {"code": "good", "rank": 1, "name": {"vi": "Tốt", "en": "Good"}, "onlineService": true,
                "rule": {"allOf": [{"criterion": "online-submission"}, {"not": {"criterion": "vendor-paper"}},
                                   {"anyOf": [{"criterion": "electronic-result"}, {"criterion": "bcci-result-return"}]}]}}
             ]}""";

    private static final ServiceCriterion PAPER = ServiceCriterion.of("vendor-paper",
            LocalizedText.of("Kết quả giấy", "Paper result"), LocalizedText.of("Không có kết quả giấy", "No paper result"),
            f -> f.procedure().result().paperRequired());

    private static RuleBasedRegime read(String json, Map<String, ServiceCriterion> extra) {
        return RuleBasedRegime.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), extra);
    }

    @Test
    void vendorRegimeComposesAllOfAnyOfAndNotAndExplainsItself() {
        RuleBasedRegime r = read(VENDOR, Map.of("vendor-paper", PAPER));
        assertThat(r.validity()).isEqualTo(Validity.from(LocalDate.of(2030, 1, 1)));
        assertThat(r.provisional()).isFalse();
        Procedure paper = Fixtures.licence();
        ServiceOffer offer = ServiceOffer.of(paper.code(), Fixtures.AGENCY, ServiceCapability.ONLINE_SUBMISSION);
        LevelAssessment a = r.assess(paper, offer, LocalDate.of(2030, 1, 2));
        assertThat(a.level().code()).isEqualTo("basic");
        assertThat(a.unmet()).extracting(UnmetCriterion::code)
                .containsExactly("not(vendor-paper)", "electronic-result | bcci-result-return");
        assertThat(a.unmet().get(0).reason().en()).isEqualTo("Must not hold: Paper result");
        ServiceRule rule = r.definitions().get(1).rule().orElseThrow();
        assertThat(rule.describe().en()).isEqualTo("all of: (Online submission; not: Paper result; "
                + "one of: (Electronic result returned online | Result return by public postal service))");
        assertThat(rule.criteria()).containsOnlyKeys("online-submission", "vendor-paper", "electronic-result",
                "bcci-result-return");
        assertThat(r.assess(paper, offer.with(ServiceCapability.BCCI_RESULT_RETURN), LocalDate.of(2030, 1, 2))
                .unmet()).extracting(UnmetCriterion::code).containsExactly("not(vendor-paper)");
        assertThat(r.toString()).contains("vendor").contains("[basic, good]");
    }

    @Test
    void badRegimeDataNamesThePath() {
        assertThatThrownBy(() -> read(VENDOR, Map.of())).isInstanceOfSatisfying(ProcedureException.class, e -> {
            assertThat(e.code()).isEqualTo("procedure.regime-data");
            assertThat(e.text().en()).contains("levels[1].rule.allOf[1].not.criterion")
                    .contains("Unknown criterion \"vendor-paper\"");
        });
        assertThatThrownBy(() -> read(VENDOR.replace("\"rank\": 1", "\"rank\": 0"), Map.of("vendor-paper", PAPER)))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en()).contains("ascending rank"));
        assertThatThrownBy(() -> read(VENDOR.replace("\"allOf\": [", "\"someOf\": ["), Map.of()))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en()).contains("Unknown rule kind"));
        assertThatThrownBy(() -> read(VENDOR.replace("\"validFrom\"", "\"validFrm\""), Map.of()))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en()).contains("validFrm: Unknown property"));
        assertThatThrownBy(() -> read("{\"key\": ", Map.of()))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en())
                        .isEqualTo("Service-level regime data: Line 1:9 ($.key): malformed JSON: the document ends in the middle of a value"));
        assertThatThrownBy(() -> read(VENDOR.replace("\"onlineService\": true", "\"onlineService\": \"true\""), Map.of()))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en())
                        .contains("levels[1].onlineService: Must be true or false"));
        assertThatThrownBy(() -> read(VENDOR.replace("\"allOf\": [", "\"anyOf\": [], \"x\": ["), Map.of()))
                .isInstanceOf(ProcedureException.class);
    }

    @Test
    void levelsMustBeConsistent() {
        ServiceLevel base = new ServiceLevel("k", "a", 0, Fixtures.t("a"), false, false);
        ServiceLevel top = new ServiceLevel("k", "b", 1, Fixtures.t("b"), true, true);
        ServiceRule rule = ServiceRule.check(ServiceCriteria.capability(ServiceCapability.ONLINE_SUBMISSION));
        assertThatThrownBy(() -> new RuleBasedRegime("k", Fixtures.t("k"), "basis", Validity.ALWAYS, false,
                List.of(new RuleBasedRegime.Level(base, Optional.of(rule), Map.of()),
                        new RuleBasedRegime.Level(top, Optional.of(rule), Map.of()))))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en()).contains("base (first) level"));
        assertThatThrownBy(() -> new RuleBasedRegime("k", Fixtures.t("k"), "basis", Validity.ALWAYS, false,
                List.of(new RuleBasedRegime.Level(base, Optional.empty(), Map.of()))))
                .isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new RuleBasedRegime("other", Fixtures.t("k"), "basis", Validity.ALWAYS, false,
                List.of(new RuleBasedRegime.Level(base, Optional.empty(), Map.of()),
                        new RuleBasedRegime.Level(top, Optional.of(rule), Map.of()))))
                .isInstanceOfSatisfying(ProcedureException.class, e -> assertThat(e.text().en()).contains("belongs to regime k"));
        assertThatThrownBy(() -> new RuleBasedRegime("k", Fixtures.t("k"), " ", Validity.ALWAYS, false, List.of()))
                .isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new ServiceRule.AllOf(List.of())).isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new ServiceRule.AnyOf(List.of())).isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> new RuleOutcome(true, List.of(UnmetCriterion.of(ServiceCriteria.FORMS_AVAILABLE))))
                .isInstanceOf(ProcedureException.class);
        assertThatThrownBy(() -> ServiceCriterion.of(" ", Fixtures.t("a"), Fixtures.t("b"), f -> true))
                .isInstanceOf(ProcedureException.class);
    }
}
