/**
 * Small programs a newcomer copies: {@link dev.dvc4j.examples.EmbeddingExample embedding dvc4j in plain Java}, a
 * provincial vendor module, and a test harness; the {@code dvc4j} command line is in
 * {@code dev.dvc4j.examples.cli}.
 */
package dev.dvc4j.examples;
