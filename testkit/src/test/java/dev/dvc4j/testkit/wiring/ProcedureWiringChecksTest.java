package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static dev.dvc4j.testkit.wiring.VendorModules.checkIgnored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ProvisionalDecree224Module;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.testkit.procedure.ProcedureArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The procedure side of the wiring checks: a catalogue, a gazetteer, criteria, regimes and dossier rules that service
 * levels and the dossier rules use pass; one they do not use is reported under its point.
 */
class ProcedureWiringChecksTest {

    @Test
    void aCatalogueTheDossierRulesCheckFilingsAgainstPasses() {
        Catalogue catalogue = Catalogue.of(List.of(ProcedureArbitraries.plainProcedure()),
                List.of(ProcedureArbitraries.plainOffer()));
        assertThat(check("catalogue", c -> c.provide(ProcedurePoints.CATALOGUE, catalogue))).isEmpty();
    }

    @Test
    void aGazetteerTheAddressRuleReadsPasses() {
        assertThat(check("gazetteer", c -> c.provide(IdentifierPoints.PROVINCES, Provinces.bundled()))).isEmpty();
    }

    /** The code of a criterion the default rule-based regime evaluates. */
    private static String criterionInUse() {
        return ServiceLevels.from(Dvc4j.defaults()).regimes().stream()
                .filter(RuleBasedRegime.class::isInstance).map(RuleBasedRegime.class::cast)
                .flatMap(r -> r.definitions().stream()).flatMap(l -> l.rule().stream())
                .flatMap(rule -> rule.criteria().keySet().stream()).findFirst().orElseThrow();
    }

    private static ServiceCriterion never(String code) {
        return ServiceCriterion.of(code, LocalizedText.of("không bao giờ", "never"), LocalizedText.of("không đạt", "never met"),
                facts -> false);
    }

    @Test
    void aCriterionTheRegimesEvaluateIsHonouredAndOneTheyDoNotIsReported() {
        String code = criterionInUse();
        assertThat(check("criterion", c -> c.provide(ProcedurePoints.SERVICE_CRITERIA, never(code)))).isEmpty();
        assertThat(checkIgnored(ProcedureChecks::register, Dvc4j.defaults(), ProcedurePoints.SERVICE_CRITERIA, code, never(code)))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(ProcedurePoints.SERVICE_CRITERIA.id() + " [" + code + "]: regime ")
                        .endsWith(" evaluates another criterion under the code " + code));
        // A criterion no regime evaluates under its code is nobody's concern here.
        assertThat(checkIgnored(ProcedureChecks::register, Dvc4j.defaults(), ProcedurePoints.SERVICE_CRITERIA, "unused",
                never("unused"))).isEmpty();
    }

    @Test
    void aRegimeServiceLevelsUseIsHonouredAndOneTheyDoNotIsReported() {
        ServiceLevelRegime regime = ProvisionalDecree224Module.regime();
        assertThat(check("regime", c -> c.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES, regime))).isEmpty();
        assertThat(checkIgnored(ProcedureChecks::register, Dvc4j.defaults(), ProcedurePoints.SERVICE_LEVEL_REGIMES,
                regime.key(), regime))
                .containsExactly(ProcedurePoints.SERVICE_LEVEL_REGIMES.id() + " [" + regime.key()
                        + "]: service levels do not use this regime");
    }

    @Test
    void aDossierRuleTheRulesApplyIsHonouredAndOneTheyDoNotIsReported() {
        DossierRule rule = new DossierRule() {
            @Override
            public String code() {
                return "vendor-rule";
            }

            @Override
            public List<dev.dvc4j.core.procedure.RuleViolation> checkFiling(dev.dvc4j.core.procedure.FilingContext f) {
                return List.of();
            }
        };
        assertThat(check("rule", c -> c.provide(ProcedurePoints.DOSSIER_RULES, rule))).isEmpty();
        assertThat(checkIgnored(ProcedureChecks::register, Dvc4j.defaults(), ProcedurePoints.DOSSIER_RULES, "vendor-rule", rule))
                .containsExactly(ProcedurePoints.DOSSIER_RULES.id() + " [vendor-rule]: the dossier rules do not apply this rule");
    }

    @Test
    void aCatalogueTheRulesDoNotCheckAgainstIsReported() {
        Catalogue catalogue = Catalogue.of(List.of(ProcedureArbitraries.plainProcedure()),
                List.of(ProcedureArbitraries.plainOffer()));
        Dvc4j rt = Dvc4j.defaults();
        assertThat(checkIgnored(ProcedureChecks::register, rt, ProcedurePoints.CATALOGUE, null, catalogue))
                .containsExactly(ProcedurePoints.CATALOGUE.id() + ": the dossier rules check filings against another catalogue");
        assertThat(checkIgnored(ProcedureChecks::register, rt, ProcedurePoints.CATALOGUE, null, rt.get(ProcedurePoints.CATALOGUE)))
                .isEmpty();
    }

    @Test
    void aGazetteerTheAddressRuleDoesNotReadIsReportedBothWays() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Provinces zeroOnly = Provinces.of(List.of(new Province("00", "Tỉnh thử", LocalDate.of(2000, 1, 1), null, "test",
                "test", false, null)));
        Dvc4j rt = Dvc4j.builder().register(VendorModules.module("zero", c -> c.provide(IdentifierPoints.PROVINCES, zeroOnly)))
                .build();
        String known = WiringChecks.someProvince(Provinces.bundled(), day).orElseThrow();
        List<String> problems = new ArrayList<>();
        ProcedureChecks.provincesReachTheDossierRules(rt, null, Provinces.bundled(), problems);
        assertThat(problems).containsExactly(
                IdentifierPoints.PROVINCES.id() + ": the dossier rules refuse province " + known
                        + ", which the contributed gazetteer knows on 2026-03-02",
                IdentifierPoints.PROVINCES.id() + ": the dossier rules accept province 00, which the contributed gazetteer"
                        + " does not know");
        // The dossier rules read the main gazetteer only: a variant's is not theirs to check.
        problems.clear();
        ProcedureChecks.provincesReachTheDossierRules(rt, "H42", Provinces.bundled(), problems);
        assertThat(problems).isEmpty();
        // Without the address rule nothing in force reads addresses.
        Dvc4j noAddressRule = Dvc4j.builder().register(VendorModules.module("no-address", c -> {
            c.provide(IdentifierPoints.PROVINCES, zeroOnly);
            c.remove(ProcedurePoints.DOSSIER_RULES, "applicant-address");
        })).build();
        ProcedureChecks.provincesReachTheDossierRules(noAddressRule, null, Provinces.bundled(), problems);
        assertThat(problems).isEmpty();
    }
}
