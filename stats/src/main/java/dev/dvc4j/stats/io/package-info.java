/** Reading and writing {@link dev.dvc4j.stats.DossierFacts} as JSON Lines and CSV, in constant memory. */
package dev.dvc4j.stats.io;
