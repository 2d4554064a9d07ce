/** dvc4j stats: see the module's issue; this package is filled as the module lands. */
package dev.dvc4j.stats;
