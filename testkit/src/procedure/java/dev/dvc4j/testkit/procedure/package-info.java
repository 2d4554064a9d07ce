/**
 * Generators and contract tests for procedures, service-level regimes and dossier rules: a vendor extends
 * {@link dev.dvc4j.testkit.procedure.ProcedureRuleProviderContract} in its own tests to check that the regimes and
 * rules its module contributes behave as dvc4j requires.
 */
package dev.dvc4j.testkit.procedure;
