package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.spi.ExtensionPoint;

/**
 * The extension points of the dossier (see the table of every point in {@code docs/EXTENDING.md}).
 */
public final class DossierPoints {

    /**
     * Listeners told of every event a {@link DossierWorkflow} appends (audit trails, notifications, outboxes), by
     * key; contributed without a key, a listener is keyed by its class name. Default: none. Read by
     * {@link DossierWorkflow}.
     */
    public static final ExtensionPoint<DossierListener> LISTENERS = ExtensionPoint.keyed("dossier.listeners",
            DossierListener.class, "0.2.0",
            LocalizedText.of("Bộ lắng nghe sự kiện hồ sơ", "Listeners to dossier events"),
            l -> l.getClass().getName());

    private DossierPoints() {
    }
}
