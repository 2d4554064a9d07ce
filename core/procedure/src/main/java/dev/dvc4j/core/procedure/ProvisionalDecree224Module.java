package dev.dvc4j.core.procedure;

import dev.dvc4j.core.internal.procedure.BundledRegimes;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;

/**
 * Installs the <b>provisional</b> service-level regime of the reported Decree 224/2026/NĐ-CP (key
 * {@code vn-decree-224-2026}, from 2026-07-01): full and partial online as under Decree 42/2022, plus four
 * cumulative levels of proactive service (reminder; prefill; recommendation; automatic decision without filing).
 *
 * <p><b>Why it is not in force by default.</b> The decree's text has not been confirmed: its date, its levels and how
 * they combine are known from a secondary report only (marked [S] in {@code docs/DOMAIN.md}, "Service levels").
 * Installing it silently would change every assessment dated from 2026-07-01 on the strength of a news report, so
 * this module is deliberately <i>not</i> listed for {@link java.util.ServiceLoader}; a host that accepts the risk
 * registers it explicitly:
 * <pre>{@code
 * Dvc4j dvc4j = Dvc4j.builder().findAndRegisterModules().register(new ProvisionalDecree224Module()).build();
 * }</pre>
 * From 2026-07-01 {@link ServiceLevels} then picks it over Decree 42/2022 (the regime that came into force latest
 * wins), and every {@link LevelAssessment} under it says it is provisional. Once the text is confirmed the data
 * ({@code regime-vn-decree-224-2026-provisional.json}) should be corrected and moved into the bundled module.
 */
public final class ProvisionalDecree224Module implements Dvc4jModule {

    /** The module's name. */
    public static final String NAME = "dvc4j-provisional-decree-224-2026";

    /** The regime's key. */
    public static final String REGIME_KEY = BundledRegimes.DECREE_224;

    /** Creates the module. */
    public ProvisionalDecree224Module() {
    }

    /**
     * The provisional regime itself, for use with {@link ServiceLevels#of(java.util.Collection)}.
     *
     * @return the regime
     */
    public static ServiceLevelRegime regime() {
        return BundledRegimes.decree224Provisional();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY_BUNDLED + 1;
    }

    @Override
    public void setup(SetupContext context) {
        context.provide(ProcedurePoints.SERVICE_LEVEL_REGIMES,
                BundledRegimes.decree224Provisional(context.all(ProcedurePoints.SERVICE_CRITERIA)));
    }
}
