package dev.dvc4j.testkit.wiring;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.testkit.procedure.ProcedureArbitraries;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What service levels and dossier rules make of contributions. Loaded only when dvc4j-procedure is present. */
final class ProcedureChecks {

    private ProcedureChecks() {
    }

    static void register(Map<String, WiringChecks.Check> m) {
        m.put(ProcedurePoints.SERVICE_CRITERIA.id(), (rt, key, value, problems) -> {
            ServiceCriterion criterion = (ServiceCriterion) value;
            for (ServiceLevelRegime regime : ServiceLevels.from(rt).regimes()) {
                if (regime instanceof RuleBasedRegime r) {
                    for (RuleBasedRegime.Level l : r.definitions()) {
                        l.rule().ifPresent(rule -> {
                            ServiceCriterion used = rule.criteria().get(criterion.code());
                            if (used != null && used != criterion) {
                                problems.add(WiringChecks.where(ProcedurePoints.SERVICE_CRITERIA, key) + ": regime "
                                        + r.key() + " evaluates another criterion under the code " + criterion.code());
                            }
                        });
                    }
                }
            }
        });
        m.put(ProcedurePoints.SERVICE_LEVEL_REGIMES.id(), (rt, key, value, problems) -> {
            if (ServiceLevels.from(rt).regime(key).orElse(null) != value) {
                problems.add(WiringChecks.where(ProcedurePoints.SERVICE_LEVEL_REGIMES, key) + ": service levels do not use this regime");
            }
        });
        m.put(ProcedurePoints.DOSSIER_RULES.id(), (rt, key, value, problems) -> {
            if (DossierRules.from(rt).rules().stream().noneMatch(r -> r == (DossierRule) value)) {
                problems.add(WiringChecks.where(ProcedurePoints.DOSSIER_RULES, key) + ": the dossier rules do not apply this rule");
            }
        });
        m.put(ProcedurePoints.CATALOGUE.id(), (rt, key, value, problems) -> {
            if (key == null && DossierRules.from(rt).catalogue() != (Catalogue) value) {
                problems.add(WiringChecks.where(ProcedurePoints.CATALOGUE, null) + ": the dossier rules check filings against another catalogue");
            }
        });
    }

    /** A filing whose applicant lives in a province the gazetteer knows passes the address rule; one it does not know fails. */
    static void provincesReachTheDossierRules(Dvc4j rt, String key, Provinces provinces, List<String> problems) {
        if (key != null) {
            return;
        }
        Procedure p = ProcedureArbitraries.plainProcedure();
        ServiceOffer offer = ProcedureArbitraries.plainOffer();
        DossierRules rules = DossierRules.from(rt, Catalogue.of(List.of(p), List.of(offer)));
        if (rules.rules().stream().noneMatch(r -> r.code().equals("applicant-address"))) {
            return; // a module removed the rule: nothing in force reads addresses
        }
        LocalDate day = LocalDate.of(2026, 3, 2);
        ProcedureCode procedure = p.code();
        AgencyCode agency = offer.agency();
        String where = WiringChecks.where(dev.dvc4j.core.id.IdentifierPoints.PROVINCES, null);
        WiringChecks.someProvince(provinces, day).ifPresent(code -> {
            FilingFacts known = FilingFacts.builder(procedure, agency, day).applicantProvince(code).build();
            if (rules.checkFiling(known).violationCodes().contains("filing.address-province-unknown")) {
                problems.add(where + ": the dossier rules refuse province " + code + ", which the contributed gazetteer knows on " + day);
            }
        });
        for (String code : List.of("00", "99", "98")) {
            if (provinces.find(code, day).isEmpty()) {
                FilingFacts unknown = FilingFacts.builder(procedure, agency, day).applicantProvince(code).build();
                if (!rules.checkFiling(unknown).violationCodes().contains("filing.address-province-unknown")) {
                    problems.add(where + ": the dossier rules accept province " + code + ", which the contributed gazetteer does not know");
                }
                break;
            }
        }
    }
}
