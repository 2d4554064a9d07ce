/** dvc4j examples: see the module's issue; this package is filled as the module lands. */
package dev.dvc4j.examples;
