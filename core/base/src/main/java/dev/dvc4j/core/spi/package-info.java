/**
 * The extension surface: {@link dev.dvc4j.core.spi.Dvc4jModule} and its
 * {@link dev.dvc4j.core.spi.SetupContext}. Vendors implement a module; dvc4j discovers it with
 * {@link java.util.ServiceLoader} or takes it by explicit registration.
 */
package dev.dvc4j.core.spi;
