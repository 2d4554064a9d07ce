/**
 * The dossier (hồ sơ) and its one-stop lifecycle: applicants, documents, fees and payments, the ten portal
 * statuses, transitions that return new immutable dossiers, hash-chained events and replay.
 */
package dev.dvc4j.core.dossier;
