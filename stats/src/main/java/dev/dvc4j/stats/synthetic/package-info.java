/** Deterministic synthetic dossier facts for tests, benchmarks and demonstrations. */
package dev.dvc4j.stats.synthetic;
