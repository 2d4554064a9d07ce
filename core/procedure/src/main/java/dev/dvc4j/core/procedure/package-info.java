/**
 * Procedures (thủ tục hành chính), what an agency offers online for them, the service-level regimes that say which
 * level a procedure reaches and why not higher, and the rules a dossier must pass when it is filed and processed.
 *
 * <ul>
 *   <li>{@link dev.dvc4j.core.procedure.Procedure} and {@link dev.dvc4j.core.procedure.ServiceOffer} describe a
 *   procedure and one agency's online service for it; a {@link dev.dvc4j.core.procedure.Catalogue} indexes them and
 *   {@link dev.dvc4j.core.procedure.CatalogueLoader} reads them from JSON, validating with Jakarta Validation and
 *   reporting every problem at once.</li>
 *   <li>{@link dev.dvc4j.core.procedure.ServiceLevelRegime} is a dated, pluggable rule set (Decree 43/2011's levels
 *   1–4, Decree 42/2022's full and partial online); {@link dev.dvc4j.core.procedure.ServiceLevels} picks the regime in
 *   force on a date and returns a {@link dev.dvc4j.core.procedure.LevelAssessment} that names every unmet
 *   criterion.</li>
 *   <li>{@link dev.dvc4j.core.procedure.DossierRules} checks a filing (channel, documents, payment, result delivery)
 *   and computes the fee due; vendors add {@link dev.dvc4j.core.procedure.DossierRule}s,
 *   {@link dev.dvc4j.core.procedure.ServiceCriterion}s and regimes through the extension surface.</li>
 * </ul>
 */
package dev.dvc4j.core.procedure;
