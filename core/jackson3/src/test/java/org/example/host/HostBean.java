package org.example.host;

/**
 * A host's own bean, outside dvc4j's packages: its properties are written in the order the host's mapper chooses
 * (Jackson 3 sorts them alphabetically), not in their declared order. Not final: dvc4j's tests extend it.
 */
public class HostBean {
    private final int zeta = 1;
    private final String alpha = "a";

    /** @return declared first */
    public int getZeta() {
        return zeta;
    }

    /** @return declared second */
    public String getAlpha() {
        return alpha;
    }
}
