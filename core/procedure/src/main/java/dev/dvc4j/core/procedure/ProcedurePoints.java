package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.internal.procedure.BundledDossierRules;
import dev.dvc4j.core.internal.procedure.BundledRegimes;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of procedures and service levels (see the table of every point in {@code docs/EXTENDING.md}).
 */
public final class ProcedurePoints {

    /**
     * The service criteria regimes refer to by code. Default: {@link ServiceCriteria#builtIns()}. Read by the default
     * {@link #SERVICE_LEVEL_REGIMES} (whose rules resolve their criterion codes here, so overriding a criterion
     * changes every regime that uses it) and by vendors' regimes loaded with
     * {@code RuleBasedRegime.fromJson(in, context.all(SERVICE_CRITERIA))}.
     */
    public static final ExtensionPoint<ServiceCriterion> SERVICE_CRITERIA = ExtensionPoint.keyed(
            "procedure.service-criteria", ServiceCriterion.class, "0.2.0",
            LocalizedText.of("Tiêu chí mức độ dịch vụ công", "Service-level criteria"),
            ServiceCriterion::code, x -> ServiceCriteria.builtIns().values());

    /**
     * The dated service-level regimes. Default: Decree 43/2011 and Decree 42/2022, with their criterion codes resolved
     * against the {@link #SERVICE_CRITERIA} in force. Read by {@link ServiceLevels#from(dev.dvc4j.core.spi.Extensions)}
     * (level assessments, dossier rules, the statistics' service levels).
     */
    public static final ExtensionPoint<ServiceLevelRegime> SERVICE_LEVEL_REGIMES = ExtensionPoint.keyed(
            "procedure.service-level-regimes", ServiceLevelRegime.class, "0.2.0",
            LocalizedText.of("Chế độ mức độ dịch vụ công theo thời gian", "Dated service-level regimes"),
            ServiceLevelRegime::key, x -> BundledRegimes.defaults(x.all(SERVICE_CRITERIA)));

    /**
     * The rules a filing and a result return must meet. Default: the bundled rules ({@link DossierRules#bundled()}),
     * the applicant's address checked against the {@link IdentifierPoints#PROVINCES gazetteer} in force. Read by
     * {@link DossierRules#from(dev.dvc4j.core.spi.Extensions)}.
     */
    public static final ExtensionPoint<DossierRule> DOSSIER_RULES = ExtensionPoint.keyed(
            "procedure.dossier-rules", DossierRule.class, "0.2.0",
            LocalizedText.of("Quy tắc tiếp nhận và trả kết quả hồ sơ", "Rules for filing and returning results"),
            DossierRule::code, x -> BundledDossierRules.all(x.get(IdentifierPoints.PROVINCES)));

    /**
     * The procedure catalogue: procedures, fees and each agency's offers. Default: {@link Catalogue#empty()} (no
     * procedure is known; hosts load theirs with {@link CatalogueLoader}). Read by
     * {@link DossierRules#from(dev.dvc4j.core.spi.Extensions)}, the portal payload's procedure names and the
     * statistics' sectors and service levels.
     */
    public static final ExtensionPoint<Catalogue> CATALOGUE = ExtensionPoint.single("procedure.catalogue",
            Catalogue.class, "0.2.0",
            LocalizedText.of("Danh mục thủ tục hành chính", "The procedure catalogue"),
            x -> Catalogue.empty());

    private ProcedurePoints() {
    }
}
