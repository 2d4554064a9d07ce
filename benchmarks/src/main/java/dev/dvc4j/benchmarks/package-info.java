/** dvc4j benchmarks: see the module's issue; this package is filled as the module lands. */
package dev.dvc4j.benchmarks;
