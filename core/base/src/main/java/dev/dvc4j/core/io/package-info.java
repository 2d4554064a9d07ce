/**
 * The one reading policy of dvc4j's readers (dossier JSON and JSON Lines, portal payloads, catalogues, tariffs,
 * holiday files, targets, facts JSON Lines and CSV): two {@linkplain dev.dvc4j.core.io.ReadMode modes}, problems with
 * their {@linkplain dev.dvc4j.core.io.ReadProblem positions}, exact {@linkplain dev.dvc4j.core.io.ReadSummary
 * accounting}, documented {@linkplain dev.dvc4j.core.io.ReadLimits limits}.
 */
package dev.dvc4j.core.io;
