/**
 * The wiring contract: a vendor module's contributions are what dvc4j then uses, at every consumer that reads their
 * extension point ({@link dev.dvc4j.testkit.wiring.ModuleWiringContract}, {@link dev.dvc4j.testkit.wiring.WiringChecks}).
 */
package dev.dvc4j.testkit.wiring;
