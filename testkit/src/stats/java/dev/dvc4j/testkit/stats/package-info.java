/**
 * Test data for statistics: {@link dev.dvc4j.testkit.stats.SyntheticFacts}, seeded synthetic dossier facts at
 * national scale for tests, benchmarks and demonstrations. Needs dvc4j-stats on the class path.
 */
package dev.dvc4j.testkit.stats;
