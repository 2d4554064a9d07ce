/**
 * A test harness built on testkit: {@link dev.dvc4j.examples.harness.TestHarnessExample} checks a host's code
 * ({@link dev.dvc4j.examples.harness.HostOverdueReport}) against dvc4j with scenarios, synthetic data and the
 * command line.
 */
package dev.dvc4j.examples.harness;
