package dev.dvc4j.core.internal.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.procedure.ProcedureException;
import dev.dvc4j.core.procedure.RuleBasedRegime;
import dev.dvc4j.core.procedure.ServiceCriteria;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The regimes bundled as JSON resources, read once. Not part of the API. */
public final class BundledRegimes {

    /** Resource folder of the bundled procedure data. */
    public static final String FOLDER = "/dev/dvc4j/core/procedure/";

    /** Decree 43/2011 key. */
    public static final String DECREE_43 = "vn-decree-43-2011";
    /** Decree 42/2022 key. */
    public static final String DECREE_42 = "vn-decree-42-2022";
    /** Reported Decree 224/2026 key (provisional). */
    public static final String DECREE_224 = "vn-decree-224-2026";

    private BundledRegimes() {
    }

    private static final class Holder {
        static final RuleBasedRegime D43 = load("regime-vn-decree-43-2011.json");
        static final RuleBasedRegime D42 = load("regime-vn-decree-42-2022.json");
    }

    private static final class ProvisionalHolder {
        static final RuleBasedRegime D224 = load("regime-vn-decree-224-2026-provisional.json");
    }

    /** @return Decree 43/2011 */
    public static RuleBasedRegime decree43() {
        return Holder.D43;
    }

    /** @return Decree 42/2022 */
    public static RuleBasedRegime decree42() {
        return Holder.D42;
    }

    /** @return the provisional Decree 224/2026 regime */
    public static RuleBasedRegime decree224Provisional() {
        return ProvisionalHolder.D224;
    }

    /**
     * The regimes installed by default (Decree 43/2011, Decree 42/2022), their criterion codes resolved against the
     * given criteria: the cached instances when the criteria are the built-ins, fresh ones otherwise.
     *
     * @param criteria the criteria in force, by code
     * @return the regimes
     */
    public static List<ServiceLevelRegime> defaults(Map<String, ServiceCriterion> criteria) {
        if (criteria.equals(ServiceCriteria.builtIns())) {
            return List.of(decree43(), decree42());
        }
        return List.of(load("regime-vn-decree-43-2011.json", criteria), load("regime-vn-decree-42-2022.json", criteria));
    }

    /**
     * The provisional Decree 224/2026 regime, its criterion codes resolved against the given criteria.
     *
     * @param criteria the criteria in force, by code
     * @return the regime
     */
    public static RuleBasedRegime decree224Provisional(Map<String, ServiceCriterion> criteria) {
        return criteria.equals(ServiceCriteria.builtIns()) ? decree224Provisional()
                : load("regime-vn-decree-224-2026-provisional.json", criteria);
    }

    static RuleBasedRegime load(String name) {
        return load(name, Map.of());
    }

    static RuleBasedRegime load(String name, Map<String, ServiceCriterion> criteria) {
        try (InputStream in = BundledRegimes.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ProcedureException("procedure.bundled-data", LocalizedText.of(
                        "Thiếu tài nguyên %s", "Bundled resource %s is missing").formatted(name));
            }
            return RuleBasedRegime.fromJson(in, criteria);
        } catch (IOException e) {
            throw new ProcedureException("procedure.bundled-data", LocalizedText.of(
                    "Không đọc được tài nguyên %s", "Cannot read bundled resource %s").formatted(name), e);
        }
    }
}
