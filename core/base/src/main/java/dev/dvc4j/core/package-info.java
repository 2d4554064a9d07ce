/**
 * The dvc4j runtime ({@link dev.dvc4j.core.Dvc4j}), bilingual texts and the root of typed exceptions.
 */
package dev.dvc4j.core;
