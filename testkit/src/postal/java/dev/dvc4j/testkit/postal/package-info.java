/**
 * Contract tests for vendors' postal tariffs: extend {@link dev.dvc4j.testkit.postal.PostalTariffContract}, or call
 * {@link dev.dvc4j.testkit.postal.PostalTariffChecks#problems(dev.dvc4j.postal.PostalTariff)} directly.
 */
package dev.dvc4j.testkit.postal;
