package org.example.host;

/**
 * A host's own record, outside dvc4j's packages: the module's introspector leaves its property order and its missing
 * primitives to the host's mapper.
 *
 * @param zeta declared first, a primitive
 * @param alpha declared second
 */
public record HostRecord(int zeta, String alpha) {
}
