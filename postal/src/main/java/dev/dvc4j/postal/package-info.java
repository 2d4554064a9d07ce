/** dvc4j postal: see the module's issue; this package is filled as the module lands. */
package dev.dvc4j.postal;
