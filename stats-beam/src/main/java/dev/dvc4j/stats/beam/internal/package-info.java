/**
 * Implementation of the Beam adapters: not API, may change without notice.
 */
package dev.dvc4j.stats.beam.internal;
