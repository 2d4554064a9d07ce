/**
 * dvc4j's JSON wire format on Jackson 3: {@link dev.dvc4j.jackson3.Dvc4jJackson3Module} for a host's mapper and
 * {@link dev.dvc4j.jackson3.Dvc4jJson3} for ready-made strict mappers. The output is the same bytes the Jackson 2
 * module ({@code dev.dvc4j.core.json}) writes, and each reads the other's output.
 */
package dev.dvc4j.jackson3;
