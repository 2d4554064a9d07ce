/**
 * The JSON shape of a procedure catalogue, bound by Jackson and checked with Jakarta Validation before it becomes
 * {@link dev.dvc4j.core.procedure.Procedure}s and {@link dev.dvc4j.core.procedure.ServiceOffer}s. Not part of the
 * API; the package is opened (not exported) so the host's validation provider can read it.
 */
package dev.dvc4j.core.internal.procedure.json;
