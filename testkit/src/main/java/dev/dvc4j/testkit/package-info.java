/** dvc4j testkit: see the module's issue; this package is filled as the module lands. */
package dev.dvc4j.testkit;
