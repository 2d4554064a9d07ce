package dev.dvc4j.core;

import java.util.Collection;
import java.util.Objects;

/** No module contributed, and no default holds, the entry a caller asked for at a keyed extension point. */
public class ExtensionNotFoundException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param point the id of the extension point asked
     * @param key the key asked for
     * @param available the keys that are in force at that point
     */
    public ExtensionNotFoundException(String point, String key, Collection<String> available) {
        super("extension.not-found", LocalizedText.of(
                "Điểm mở rộng %s không có mục \"%s\" (hiện có: %s)", "Extension point %s has no entry \"%s\" (in force: %s)")
                .formatted(point, key, available));
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(available, "available");
    }
}
