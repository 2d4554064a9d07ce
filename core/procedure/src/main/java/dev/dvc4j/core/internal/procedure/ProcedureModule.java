package dev.dvc4j.core.internal.procedure;

import dev.dvc4j.core.procedure.DossierRule;
import dev.dvc4j.core.procedure.ServiceCriteria;
import dev.dvc4j.core.procedure.ServiceCriterion;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;

/**
 * The bundled procedure defaults: the built-in service criteria, the Decree 43/2011 and Decree 42/2022 regimes, and
 * the bundled dossier rules. Found with {@link java.util.ServiceLoader}. Not part of the API.
 */
public final class ProcedureModule implements Dvc4jModule {

    /** The module's name. */
    public static final String NAME = "dvc4j-procedures";

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public ProcedureModule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "2026.1";
    }

    @Override
    public int priority() {
        return PRIORITY_BUNDLED;
    }

    @Override
    public void setup(SetupContext context) {
        ServiceCriteria.builtIns().forEach((code, c) -> context.provide(ServiceCriterion.class, code, c));
        context.provide(ServiceLevelRegime.class, BundledRegimes.DECREE_43, BundledRegimes.decree43());
        context.provide(ServiceLevelRegime.class, BundledRegimes.DECREE_42, BundledRegimes.decree42());
        for (DossierRule r : BundledDossierRules.all()) {
            context.provide(DossierRule.class, r.code(), r);
        }
    }
}
