/**
 * Test support for hosts, vendors and harnesses: jqwik arbitraries for identifiers, applicants and whole legal
 * dossier histories, seeded generators of realistic synthetic data, a scenario builder for example-based tests, and
 * abstract contract tests a vendor's extensions must pass.
 *
 * <h2>Which artifact each part needs</h2>
 * dvc4j-testkit depends on dvc4j-base alone (and jqwik, JUnit Jupiter's API and AssertJ); every other dvc4j
 * artifact is an optional dependency, so a vendor's test class path holds only the artifacts it brings itself. A
 * calendar vendor, for example, gets neither statistics, the portal payload nor postal tariffs. Add the artifact
 * of the part you use:
 * <table>
 *   <caption>Parts of the testkit and the artifacts they need</caption>
 *   <tr><th>Part</th><th>Needs, besides dvc4j-base</th></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.IdentifierArbitraries}, {@link dev.dvc4j.testkit.HostileInputs}</td><td>nothing</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.calendar.WorkingCalendarContract},
 *       {@link dev.dvc4j.testkit.calendar.WorkingCalendarChecks}</td><td>dvc4j-calendar</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.DossierArbitraries}, {@link dev.dvc4j.testkit.DossierScenario},
 *       {@link dev.dvc4j.testkit.SyntheticDossiers}</td><td>dvc4j-dossier (which brings dvc4j-calendar)</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.procedure.ProcedureArbitraries},
 *       {@link dev.dvc4j.testkit.procedure.ProcedureContracts},
 *       {@link dev.dvc4j.testkit.procedure.ProcedureRuleProviderContract}</td>
 *       <td>dvc4j-procedure (which brings dvc4j-dossier)</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.postal.PostalTariffContract},
 *       {@link dev.dvc4j.testkit.postal.PostalTariffChecks}</td><td>dvc4j-postal</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.stats.SyntheticFacts}</td>
 *       <td>dvc4j-stats (which brings dvc4j-portal and the rest of dvc4j-core)</td></tr>
 *   <tr><td>{@link dev.dvc4j.testkit.wiring.ModuleWiringContract}, {@link dev.dvc4j.testkit.wiring.WiringChecks}</td>
 *       <td>dvc4j-calendar, plus the artifacts the module contributes to (the checks of an artifact that is absent
 *       are skipped, and a contribution to a point nothing present reads fails)</td></tr>
 * </table>
 *
 * <h2>Two kinds of generators</h2>
 * The {@code *Arbitraries} classes are jqwik arbitraries that explore every legal path uniformly, to find bugs, and
 * shrink a failing case to a small one. The {@code Synthetic*} classes are seeded generators that need no jqwik:
 * they reproduce plausible proportions (channels, office hours, supplements, late dossiers) for reports, demos and
 * load tests, {@link dev.dvc4j.testkit.SyntheticDossiers} as whole dossier histories of one province and
 * {@link dev.dvc4j.testkit.stats.SyntheticFacts} as statistics facts at national scale. Both are built the same way
 * ({@code builder().seed(s).period(from, to).build()}), stream lazily in filing-day order ({@code stream(count)}),
 * give one item alone by index, and draw filing times, reception, processing time and result return from the same
 * distributions.
 */
package dev.dvc4j.testkit;
